package uk.org.safeguarding.reviews.forms;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.json.SpinJsonNode;

/**
 * Every user task and start event that names a Camunda Form gets the form's rules checked on the
 * server: on task completion and on process start. A refused submission rolls back whole. On
 * completion the form is checked first, on the values as the user sent them, before any listener of
 * the model's own runs.
 */
public class FormValidationParseListener extends AbstractBpmnParseListener {

  private final CaseFormSchemas forms;
  private final FormSubmissionValidator validator = new FormSubmissionValidator();
  private final ObjectMapper json;

  public FormValidationParseListener(CaseFormSchemas forms, ObjectMapper json) {
    this.forms = forms;
    this.json = json;
  }

  @Override
  public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
    String formRef = formRef(element);
    if (formRef == null || !(activity.getActivityBehavior() instanceof UserTaskActivityBehavior behaviour)) {
      return;
    }
    // built in: runs before the model's own listeners, so none of them can turn a refused value into
    // an accepted one (e.g. rewrite a checklist sent as the String "[...]" as a Json list)
    behaviour.getTaskDefinition().addBuiltInTaskListener(TaskListener.EVENTNAME_COMPLETE,
        task -> validate(formRef, task, "Cannot complete '" + task.getName() + "'"));
  }

  @Override
  public void parseStartEvent(Element element, ScopeImpl scope, ActivityImpl activity) {
    String formRef = formRef(element);
    if (formRef == null || scope.getProcessDefinition() != scope) {
      return;
    }
    activity.addListener(ExecutionListener.EVENTNAME_START,
        (ExecutionListener) execution -> validate(formRef, execution, "Cannot start '" + scope.getName() + "'"));
  }

  private static String formRef(Element element) {
    String ref = element.attributeNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "formRef");
    return ref == null || ref.contains("$") ? null : ref;
  }

  private void validate(String formRef, VariableScope scope, String what) {
    JsonNode form = forms.form(formRef)
        .orElseThrow(() -> new IllegalStateException("Form '" + formRef + "' is not in forms/"));
    List<String> problems = validator.validate(form, plainValues(scope.getVariablesTyped()));
    if (!problems.isEmpty()) {
      throw new InvalidCaseDataException(what, problems);
    }
  }

  /** Variables as plain Java: JSON variables (checklists, dynamic lists) become lists and maps. */
  private Map<String, Object> plainValues(VariableMap variables) {
    Map<String, Object> plain = new HashMap<>();
    for (String name : variables.keySet()) {
      TypedValue typed = variables.getValueTyped(name);
      Object value = typed.getValue();
      if (value instanceof SpinJsonNode node) {
        try {
          value = json.readValue(node.toString(), Object.class);
        } catch (JsonProcessingException e) {
          value = node.toString();
        }
      }
      plain.put(name, value);
    }
    return plain;
  }
}
