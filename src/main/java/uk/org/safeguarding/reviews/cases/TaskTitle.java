package uk.org.safeguarding.reviews.cases;

import java.util.Objects;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.Expression;
import org.camunda.bpm.engine.delegate.TaskListener;

import uk.org.safeguarding.reviews.identity.Agencies;

/**
 * Names each task of one user task element as {@link TaskTitles} describes, when it is created.
 *
 * @param title the step's wording in Tasklist; {@code null} for the element's own name
 * @param agencyVariable the variable holding the agency's slug; {@code null} if the task is not for an agency
 * @param party whom else the task is for; {@code null} if nobody
 * @param agencies names the agency
 */
record TaskTitle(Expression title, String agencyVariable, Expression party, Agencies agencies) implements TaskListener {

  static final String SEPARATOR = " — ";

  @Override
  public void notify(DelegateTask task) {
    StringBuilder name = new StringBuilder(text(title == null ? task.getName() : title.getValue(task)));
    name.append(SEPARATOR).append(text(variable(task, TaskTitles.CASE_REFERENCE)));
    if (agencyVariable != null) {
      name.append(SEPARATOR).append(agencies.name(text(variable(task, agencyVariable))));
    }
    if (party != null) {
      name.append(SEPARATOR).append(text(party.getValue(task)));
    }
    task.setName(name.toString());
  }

  /**
   * A variable as the new task sees it. A task just created has no variables of its own yet, so they
   * are read from its path through the process: asking the task would first look in the database for
   * its own (a statement for each task created, none found).
   */
  private static Object variable(DelegateTask task, String name) {
    DelegateExecution execution = task.getExecution();
    return execution != null ? execution.getVariable(name) : task.getVariable(name);
  }

  /** As an expression in a name shows a value: nothing for none. */
  private static String text(Object value) {
    return Objects.toString(value, "");
  }
}
