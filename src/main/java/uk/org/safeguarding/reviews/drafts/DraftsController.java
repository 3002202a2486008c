package uk.org.safeguarding.reviews.drafts;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.form.CamundaFormRef;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import uk.org.safeguarding.reviews.calendar.UkDates;
import uk.org.safeguarding.reviews.gate.FormContracts;
import uk.org.safeguarding.reviews.identity.CallerRoles;

/**
 * A person's draft of a task's form, kept on the server (Tasklist keeps none in the browser: shared
 * computers), so typed work survives a stray Esc, a reload or an expired session. Each draft is the
 * caller's own: a task the caller cannot see (the engine's task query, run as the caller with
 * authorizations) is 404, and nobody reads another person's draft. A draft holds only the fields
 * the task's form lets a person fill in; it is removed when the task ends ({@link DraftsEngineSetup}).
 * Tasklist reaches it in the person's web-app session (identity/WebAppSessionOrBasicAuthentication).
 */
@RestController
@RequestMapping("/api/drafts/tasks/{taskId}")
public class DraftsController {

  /** The largest draft kept: more than any form's fields take. */
  public static final int MAX_BYTES = 64 * 1024;

  private final TaskService tasks;
  private final TaskDrafts drafts;
  private final FormContracts forms;
  private final CallerRoles caller;
  private final ObjectMapper json;

  public DraftsController(TaskService tasks, TaskDrafts drafts, FormContracts forms, CallerRoles caller, ObjectMapper json) {
    this.tasks = tasks;
    this.drafts = drafts;
    this.forms = forms;
    this.caller = caller;
    this.json = json;
  }

  /** The caller's draft of the task: its values and when they were saved; 204 when there is none. */
  @GetMapping
  public ResponseEntity<Map<String, Object>> read(@PathVariable String taskId) throws JsonProcessingException {
    visibleTask(taskId);
    var draft = drafts.find(taskId, caller.userId());
    if (draft.isEmpty()) {
      return ResponseEntity.noContent().build();
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("values", json.readTree(draft.get().formValues()));
    body.putAll(saved(draft.get().savedAt()));
    return ResponseEntity.ok(body);
  }

  /** Saves the caller's draft: a JSON object of the form's fields and their values, at most 64 KB. */
  @PutMapping
  public Map<String, Object> save(@PathVariable String taskId, @RequestBody(required = false) String body) {
    if (body != null && body.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
      throw new ResponseStatusException(HttpStatus.PAYLOAD_TOO_LARGE,
          "A draft is at most " + MAX_BYTES / 1024 + " KB; this one is larger and was not saved");
    }
    Task task = visibleTask(taskId);
    CamundaFormRef form = task.getCamundaFormRef();
    if (form == null) {
      throw new IllegalArgumentException("'" + task.getName() + "' has no form to keep a draft of");
    }
    JsonNode values = parse(body);
    Set<String> written = forms.writtenKeys(form.getKey());
    List<String> others = new ArrayList<>();
    values.fieldNames().forEachRemaining(key -> {
      if (!written.contains(key)) {
        others.add(key);
      }
    });
    if (!others.isEmpty()) {
      throw new IllegalArgumentException("Cannot keep the draft: " + String.join(", ", others.stream().map(k -> "'" + k + "'").toList())
          + (others.size() == 1 ? " is not a field" : " are not fields") + " that '" + task.getName() + "' lets you fill in");
    }
    Date now = ClockUtil.getCurrentTime();
    drafts.save(taskId, caller.userId(), values.toString(), now.toInstant());
    return saved(now.toInstant());
  }

  /** Removes the caller's draft (nothing else's): 204 whether or not there was one. */
  @DeleteMapping
  public ResponseEntity<Void> delete(@PathVariable String taskId) {
    visibleTask(taskId);
    drafts.delete(taskId, caller.userId());
    return ResponseEntity.noContent().build();
  }

  /** 404, 413 (and 401) in plain words, as the 400s are (web/ApiErrors). */
  @ExceptionHandler(ResponseStatusException.class)
  public ResponseEntity<Map<String, String>> refused(ResponseStatusException e) {
    return ResponseEntity.status(e.getStatusCode()).body(Map.of("message", e.getReason() == null ? "Refused" : e.getReason()));
  }

  /** The task as the caller sees it (the engine checks the caller's authorizations), or 404. */
  private Task visibleTask(String taskId) {
    if (caller.userId() == null) {
      throw new ResponseStatusException(HttpStatus.UNAUTHORIZED, "Sign in first");
    }
    Task task = tasks.createTaskQuery().taskId(taskId).initializeFormKeys().singleResult();
    if (task == null) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND, "There is no open task " + taskId + " for you");
    }
    return task;
  }

  private JsonNode parse(String body) {
    JsonNode values;
    try {
      values = body == null || body.isBlank() ? null : json.readTree(body);
    } catch (JsonProcessingException e) {
      values = null;
    }
    if (!(values instanceof ObjectNode)) {
      throw new IllegalArgumentException("Cannot keep the draft: send the form's values as a JSON object, e.g. {\"imrAuthor\": \"A. Author\"}");
    }
    return values;
  }

  private static Map<String, Object> saved(java.time.Instant at) {
    Map<String, Object> saved = new LinkedHashMap<>();
    saved.put("savedAt", at.toString());
    saved.put("savedAtText", UkDates.moment(Date.from(at)));
    return saved;
  }
}
