package uk.org.safeguarding.reviews.cases;

import uk.org.safeguarding.reviews.engine.JsonVariables;
import uk.org.safeguarding.reviews.forms.CaseFormSchemas;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

import uk.org.safeguarding.reviews.calendar.Deadlines;
import uk.org.safeguarding.reviews.identity.Agencies;

/**
 * Keeps what each agency submitted in one list on the case (e.g. {@code briefingNotes}, {@code imrs}),
 * so the next step can show every agency's contribution side by side. An agency works in a
 * process of its own and never sees this list; the SCR group does.
 */
@Component("contributions")
public class ContributionCollector {

  private final CaseFormSchemas forms;
  private final Agencies agencies;
  private final Deadlines deadlines;

  public ContributionCollector(CaseFormSchemas forms, Agencies agencies, Deadlines deadlines) {
    this.forms = forms;
    this.agencies = agencies;
    this.deadlines = deadlines;
  }

  /**
   * From a called process (one agency's contribution), adds what the agency submitted on a form to
   * a list on the calling review, e.g. the review's {@code imrs}, with the user who submitted it
   * ({@code submittedBy}, recorded by the contribution when the agency's task completed).
   */
  public void reportToCaller(DelegateExecution execution, String formId, String listVariable) {
    DelegateExecution caller = execution.getProcessInstance().getSuperExecution();
    if (caller == null) {
      return;
    }
    append(caller.getProcessInstance(), listVariable, entry(formId, execution));
  }

  private Map<String, Object> entry(String formId, VariableScope scope) {
    JsonNode form = forms.form(formId).orElseThrow(() -> new IllegalStateException("No form " + formId));
    Map<String, Object> entry = new LinkedHashMap<>();
    String agency = (String) scope.getVariable("agency");
    entry.put("agency", agency);
    entry.put("agencyName", agency == null ? null : agencies.name(agency));
    entry.put("submittedBy", scope.getVariable("submittedBy"));
    entry.put("submittedOn", deadlines.today().format(DateTimeFormatter.ISO_LOCAL_DATE));
    for (JsonNode field : CaseFormSchemas.inputFields(form)) {
      String key = field.path("key").asText();
      Object value = scope.getVariable(key);
      entry.put(key, value == null ? null : value.toString());
    }
    return entry;
  }

  private static void append(DelegateExecution processInstance, String listVariable, Map<String, Object> entry) {
    List<Object> list = new ArrayList<>(JsonVariables.list(processInstance.getVariable(listVariable)));
    list.add(entry);
    processInstance.setVariable(listVariable, JsonVariables.json(list));
  }
}
