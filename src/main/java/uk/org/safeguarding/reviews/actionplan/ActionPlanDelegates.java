package uk.org.safeguarding.reviews.actionplan;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import uk.org.safeguarding.reviews.calendar.Deadlines;
import uk.org.safeguarding.reviews.calendar.Timescales;
import uk.org.safeguarding.reviews.identity.Agencies;
import uk.org.safeguarding.reviews.forms.InvalidCaseDataException;
import uk.org.safeguarding.reviews.engine.JsonVariables;
import uk.org.safeguarding.reviews.register.Register;

/**
 * The {@code action-plan} process's service tasks: each reads the process variables, calls
 * {@link ActionPlan} or the {@link Register}, and writes back what the model needs. The flow itself
 * is in bpmn/action-plan.bpmn; what happens while the agency delivers an action is in
 * {@link ActionDeliveryDelegates}.
 */
@Configuration
public class ActionPlanDelegates {

  private final ActionPlan actionPlan;
  private final Register register;
  private final Agencies agencies;
  private final Deadlines deadlines;
  private final Timescales timescales;

  public ActionPlanDelegates(ActionPlan actionPlan, Register register, Agencies agencies, Deadlines deadlines,
      Timescales timescales) {
    this.actionPlan = actionPlan;
    this.register = register;
    this.agencies = agencies;
    this.deadlines = deadlines;
    this.timescales = timescales;
  }

  /** Checks the caller's input, puts the action plan on the register and offers the agencies to the form. */
  @Bean("openActionPlan")
  public JavaDelegate openActionPlan() {
    return execution -> {
      String caseReference = (String) execution.getVariable("caseReference");
      String reviewType = (String) execution.getVariable("reviewType");
      List<String> problems = new java.util.ArrayList<>();
      if (caseReference == null || caseReference.isBlank()) {
        problems.add("caseReference is required");
      }
      if (!ActionPlanProcess.REVIEW_TYPES.contains(reviewType)) {
        problems.add("reviewType must be one of " + String.join(", ", ActionPlanProcess.REVIEW_TYPES)
            + ", not '" + reviewType + "'");
      }
      if (!problems.isEmpty()) {
        throw new InvalidCaseDataException("Cannot start the action plan", problems);
      }
      execution.setVariable("agencyOptions", agencies.formOptionsVariable());
      LocalDate today = deadlines.today();
      register.open(caseReference.trim(), ActionPlanProcess.REGISTER_TYPE, execution.getProcessInstanceId(), today,
          entry -> {
            entry.setSummary("Action plan of the " + reviewType.replace('-', ' ') + " of " + caseReference.trim());
            entry.setStatus("drafting-action-plan");
          });
    };
  }

  /** Saves the drafted actions as rows (all or none) and hands their ids to the multi-instance. */
  @Bean("saveActionPlan")
  public JavaDelegate saveActionPlan() {
    return execution -> {
      LocalDate today = deadlines.today();
      List<Action> actions;
      try {
        actions = actionPlan.create((String) execution.getVariable("caseReference"),
            (String) execution.getVariable("reviewType"), execution.getProcessInstanceId(),
            JsonVariables.records(execution.getVariable("actions")), today);
      } catch (InvalidActionPlanException e) {
        throw new InvalidCaseDataException("Cannot save the action plan", e.problems());
      }
      execution.setVariable("actionIds", JsonVariables.json(actions.stream().map(Action::getId).toList()));
      LocalDate lastDue = actions.stream().map(Action::getDueOn).max(Comparator.naturalOrder()).orElse(null);
      register.update(execution.getProcessInstanceId(), entry -> {
        entry.setDueOn(lastDue);
        entry.reach("action-plan-agreed", "Action plan agreed: " + actions.size() + " actions", "monitoring-actions", today);
      });
    };
  }

  /**
   * Puts one action's details on its own instance (local variables), with its deadline and the day
   * its owning agency is asked for progress, for the delivery (passed in by the call activity) and
   * the chair's sign-off; declares the instance's form fields and the report coming back local too.
   */
  @Bean("loadAction")
  public JavaDelegate loadAction() {
    return execution -> {
      Action action = actionPlan.action(ActionVariables.actionId(execution));
      execution.setVariableLocal("actionAgency", action.getAgency());
      execution.setVariableLocal("actionAgencyName", agencies.name(action.getAgency()));
      execution.setVariableLocal("actionRecommendation", action.getRecommendation());
      execution.setVariableLocal("actionOwner", action.getOwner());
      execution.setVariableLocal("actionMeasureOfSuccess", action.getMeasureOfSuccess());
      execution.setVariableLocal("actionDueOn", action.getDueOn().toString());
      java.util.Date due = deadlines.closeOfBusiness(action.getDueOn());
      execution.setVariableLocal("actionDueDate", due);
      execution.setVariableLocal("progressRequestDate",
          deadlines.workingDaysBefore(due, timescales.getActionProgressRequestWorkingDays()));
      for (String name : ActionPlanProcess.ACTION_FORM_VARIABLES) {
        execution.setVariableLocal(name, null);
      }
    };
  }

  @Bean("signOffAction")
  public JavaDelegate signOffAction() {
    return execution -> {
      LocalDate today = deadlines.today();
      Action action = actionPlan.signOff(ActionVariables.actionId(execution), currentUser(execution),
          (String) execution.getVariable("signOffNotes"), today);
      register.reach(action.getProcessInstanceId(), "action-signed-off", actionPlan.describe("Action signed off: ", action),
          null, today);
    };
  }

  @Bean("reopenAction")
  public JavaDelegate reopenAction() {
    return execution -> {
      LocalDate today = deadlines.today();
      Action action;
      try {
        action = actionPlan.reopen(ActionVariables.actionId(execution), execution.getVariable("revisedDueDate"),
            (String) execution.getVariable("signOffNotes"), today);
      } catch (InvalidActionPlanException e) {
        throw new InvalidCaseDataException("Cannot reopen the action", e.problems());
      }
      register.reach(action.getProcessInstanceId(), "action-reopened", actionPlan.describe("Action reopened: ", action),
          null, today);
    };
  }

  /** Every action is signed off: the action plan closes on the register. */
  @Bean("closeActionPlan")
  public JavaDelegate closeActionPlan() {
    return execution -> {
      if (!actionPlan.allSignedOff(execution.getProcessInstanceId())) {
        throw new IllegalStateException("Action plan " + execution.getProcessInstanceId() + " has actions not signed off");
      }
      LocalDate today = deadlines.today();
      register.update(execution.getProcessInstanceId(),
          entry -> entry.close("all-actions-signed-off", "Every action completed and signed off", today));
    };
  }

  /** The user signed in to the engine the execution belongs to. */
  private static String currentUser(DelegateExecution execution) {
    Authentication auth = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    return auth == null ? null : auth.getUserId();
  }
}
