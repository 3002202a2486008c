package uk.org.safeguarding.reviews.forms;

import java.time.LocalDate;
import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.Expression;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;

import com.fasterxml.jackson.databind.JsonNode;

import uk.org.safeguarding.reviews.calendar.UkDates;

/**
 * Dates on a form as staff read them: a display field {@code <variable>Text} (e.g.
 * {@code Shown_reviewDueDateText}) shows the date held in {@code <variable>} as "15 Jan 2027, 17:00",
 * written to the task alone (a task-local variable) when the task is created. The process's own
 * variable keeps its type; nothing anyone submits is touched.
 */
public class DatesShownInWords implements TaskListener {

  static final String SUFFIX = "Text";

  private final CaseFormSchemas forms;

  public DatesShownInWords(CaseFormSchemas forms) {
    this.forms = forms;
  }

  @Override
  public void notify(DelegateTask task) {
    if (!(task instanceof TaskEntity entity) || entity.getTaskDefinition() == null) {
      return;
    }
    Expression formKey = entity.getTaskDefinition().getCamundaFormDefinitionKey();
    if (formKey == null) {
      return;
    }
    forms.form(formKey.getExpressionText()).ifPresent(form -> show(task, form));
  }

  private static void show(DelegateTask task, JsonNode form) {
    for (JsonNode component : form.path("components")) {
      String key = component.path("key").asText("");
      if (CaseFormSchemas.isDisplayField(component) && key.endsWith(SUFFIX) && key.length() > SUFFIX.length()) {
        String words = inWords(task.getVariable(key.substring(0, key.length() - SUFFIX.length())));
        if (words != null) {
          task.setVariableLocal(key, words);
        }
      }
    }
  }

  /** "15 Jan 2027, 17:00" for a moment, "15 Jan 2027" for a day; null for anything else. */
  static String inWords(Object value) {
    if (value instanceof Date date) {
      return UkDates.moment(date);
    }
    if (value instanceof String text && text.matches("\\d{4}-\\d{2}-\\d{2}")) {
      return UkDates.day(LocalDate.parse(text));
    }
    return null;
  }
}
