package uk.org.safeguarding.reviews.actionplan;

import java.time.LocalDate;

import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import uk.org.safeguarding.reviews.calendar.Deadlines;
import uk.org.safeguarding.reviews.identity.Agencies;
import uk.org.safeguarding.reviews.identity.Agency;
import uk.org.safeguarding.reviews.notification.Notices;
import uk.org.safeguarding.reviews.forms.InvalidCaseDataException;
import uk.org.safeguarding.reviews.register.Register;

/**
 * The {@code action-delivery} process's service tasks and task listeners, while the owning agency
 * delivers one action (bpmn/action-delivery.bpmn). Each works from the action passed in
 * ({@code actionId}) and writes to the action's row and to the plan's register entry, keyed by the
 * plan's process instance the row names.
 */
@Configuration
public class ActionDeliveryDelegates {

  private final ActionPlan actionPlan;
  private final Register register;
  private final Agencies agencies;
  private final Deadlines deadlines;

  public ActionDeliveryDelegates(ActionPlan actionPlan, Register register, Agencies agencies, Deadlines deadlines) {
    this.actionPlan = actionPlan;
    this.register = register;
    this.agencies = agencies;
    this.deadlines = deadlines;
  }

  /**
   * The owning agency is asked for progress: its task is open; the request is e-mailed to the
   * agency and goes on the row and the register.
   */
  @Bean("recordProgressRequest")
  public JavaDelegate recordProgressRequest(Notices notices) {
    return execution -> {
      LocalDate today = deadlines.today();
      Action action = actionPlan.recordProgressRequest(ActionVariables.actionId(execution), today);
      notices.remind(Agency.GROUP_PREFIX + action.getAgency(), "progress on action " + action.getId() + " — "
          + execution.getVariable("caseReference") + " — " + agencies.name(action.getAgency()),
          (java.util.Date) execution.getVariable("actionDueDate"));
      register.reach(action.getProcessInstanceId(), "action-progress-requested",
          actionPlan.describe("Progress requested from ", action), null, today);
    };
  }

  /** The owning agency's report: in progress or completed, with a note. */
  @Bean("recordActionProgress")
  public TaskListener recordActionProgress() {
    return task -> {
      try {
        actionPlan.reportProgress(ActionVariables.actionId(task.getExecution()), (String) task.getVariable("actionStatus"),
            (String) task.getVariable("progressNote"), deadlines.today());
      } catch (InvalidActionPlanException e) {
        throw new InvalidCaseDataException("Cannot complete '" + task.getName() + "'", e.problems());
      }
    };
  }

  /** The due date has passed before the action was completed: the row and the register say so; the chair chases. */
  @Bean("markActionOverdue")
  public JavaDelegate markActionOverdue() {
    return execution -> {
      LocalDate today = deadlines.today();
      Action action = actionPlan.markOverdue(ActionVariables.actionId(execution), today);
      register.reach(action.getProcessInstanceId(), "action-overdue",
          actionPlan.describe("Action overdue, escalated to the SCR group chair: ", action), null, today);
    };
  }

  /** The chair's chase of the overdue action, on its row. */
  @Bean("recordActionChase")
  public TaskListener recordActionChase() {
    return task -> actionPlan.recordChase(ActionVariables.actionId(task.getExecution()), (String) task.getVariable("chaseNotes"),
        deadlines.today());
  }
}
