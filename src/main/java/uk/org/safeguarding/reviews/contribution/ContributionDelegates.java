package uk.org.safeguarding.reviews.contribution;

import java.time.LocalDate;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import uk.org.safeguarding.reviews.calendar.Deadlines;
import uk.org.safeguarding.reviews.cases.ContributionCollector;
import uk.org.safeguarding.reviews.cases.RegisterMilestoneListener;
import uk.org.safeguarding.reviews.forms.InvalidCaseDataException;
import uk.org.safeguarding.reviews.identity.Agency;
import uk.org.safeguarding.reviews.notification.Notices;

/**
 * The {@code agency-contribution} process's service tasks and listeners, under the names its model
 * uses: each reads the process variables, calls {@link ContributionRules}, and writes back what the
 * model needs. The contribution joins its case in an asynchronous step at the accepted end
 * ({@code reportContributionToReview}, through {@link ContributionCollector}): the documented exception
 * to an out-mapping.
 */
@Configuration
public class ContributionDelegates {

  /** Who submitted the contribution, kept on it when the agency's task completes. */
  public static final String SUBMITTED_BY = "submittedBy";

  private final ContributionRules rules;
  private final Deadlines deadlines;

  public ContributionDelegates(ContributionRules rules, Deadlines deadlines) {
    this.rules = rules;
    this.deadlines = deadlines;
  }

  /**
   * Start of the contribution: checks the request, sets {@code contributionLabel}, and sets the due,
   * reminder and escalation dates from {@code contributionDueDate}.
   */
  @Bean("setContributionDeadlines")
  public ExecutionListener setContributionDeadlines() {
    return execution -> {
      Object type = execution.getVariable("contributionType");
      Object dueDate = execution.getVariable("contributionDueDate");
      refuseIf("Cannot request a contribution", rules.requestProblems(type, execution.getVariable("agency"), dueDate != null));
      execution.setVariable("contributionLabel", rules.label(type));
      setDates(execution, rules.dates(Deadlines.toLocalDate(dueDate)));
    };
  }

  /** The panel sent the IMR back ({@code ServiceTask_SetReworkDeadline}): its {@code reworkDueDate} becomes the new due date. */
  @Bean("setReworkDeadline")
  public JavaDelegate setReworkDeadline() {
    return execution -> {
      Object reworkDueDate = execution.getVariable("reworkDueDate");
      LocalDate reworkDueOn = reworkDueDate == null ? null : Deadlines.toLocalDate(reworkDueDate);
      refuseIf("Cannot send the IMR back", rules.reworkProblems(reworkDueOn));
      setDates(execution, rules.dates(reworkDueOn));
    };
  }

  /**
   * The reminder is e-mailed to the agency's group and recorded on the review's register entry;
   * the agency's open task shows its due date in Tasklist.
   */
  @Bean("contributionReminder")
  public JavaDelegate contributionReminder(Notices notices) {
    return execution -> {
      String agency = (String) execution.getVariable("agency");
      String label = String.valueOf(execution.getVariable("contributionLabel"));
      notices.remind(Agency.GROUP_PREFIX + agency,
          rules.reminderSubject(label, String.valueOf(execution.getVariable("caseReference")), agency),
          (Date) execution.getVariable("contributionDueDate"));
      rules.recordReminder(RegisterMilestoneListener.rootProcessInstanceId(execution), label, agency);
    };
  }

  /** The accepted contribution joins the case's list: {@code briefingNotes}, {@code imrs} or {@code auditInformation}. */
  @Bean("reportContributionToReview")
  public ExecutionListener reportContributionToReview(ContributionCollector contributions) {
    return execution -> {
      ContributionProcess.Kind kind = ContributionProcess.Kind.of(execution.getVariable("contributionType")).orElseThrow();
      contributions.reportToCaller(execution, kind.formId, kind.caseList);
      rules.recordAccepted(RegisterMilestoneListener.rootProcessInstanceId(execution), kind,
          (String) execution.getVariable("agency"));
    };
  }

  /**
   * Who submitted an agency's contribution: the user who completed the agency's task (else its
   * assignee), kept on the contribution as {@value #SUBMITTED_BY} when the task completes. The
   * contribution joins the case later, in a job of its own where nobody is signed in, so this is where
   * the name is known. The process sets it after the user's values, so a value sent by the user is
   * overwritten. The user is read from the engine the task belongs to.
   */
  @Bean("recordSubmitter")
  public TaskListener recordSubmitter() {
    return task -> {
      Authentication user = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
      String submittedBy = user != null && user.getUserId() != null ? user.getUserId() : task.getAssignee();
      task.getExecution().getProcessInstance().setVariable(SUBMITTED_BY, submittedBy);
    };
  }

  private void setDates(DelegateExecution execution, ContributionRules.Dates dates) {
    execution.setVariable("contributionDueDate", deadlines.closeOfBusinessOn(dates.dueOn()));
    execution.setVariable("contributionReminderDate", deadlines.startOfBusinessOn(dates.remindOn()));
    execution.setVariable("contributionEscalationDate", deadlines.closeOfBusinessOn(dates.escalateOn()));
  }

  private static void refuseIf(String what, List<String> problems) {
    if (!problems.isEmpty()) {
      throw new InvalidCaseDataException(what, problems);
    }
  }
}
