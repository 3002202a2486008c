package uk.org.safeguarding.reviews.review;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import uk.org.safeguarding.reviews.audit.CaseAuditProcess;
import uk.org.safeguarding.reviews.calendar.Deadlines;
import uk.org.safeguarding.reviews.cases.CaseIntake;
import uk.org.safeguarding.reviews.engine.JsonVariables;
import uk.org.safeguarding.reviews.forms.InvalidCaseDataException;
import uk.org.safeguarding.reviews.identity.Groups;
import uk.org.safeguarding.reviews.localreview.LocalLearningReviewProcess;
import uk.org.safeguarding.reviews.notification.Notices;

/**
 * The {@code serious-case-review} process's service tasks and listeners, under the names its model
 * uses: each reads the process variables, calls {@link SeriousCaseReview}, and writes back what the
 * model needs. The case audit and the local learning review use two of them too:
 * {@code recordAppointments} and {@code closeReview}.
 */
@Configuration
public class ReviewDelegates {

  /** The variables a step that appoints the review's leads names them in. */
  record Appointing(String chairVariable, String overviewAuthorVariable) {}

  /** Every step that runs {@code recordAppointments}, by its id in the model. */
  static final Map<String, Appointing> APPOINTING_STEPS = Map.of(
      ReviewProcess.TASK_APPOINT_PANEL_CHAIR_AND_AUTHOR, new Appointing("panelChair", "overviewAuthor"),
      ReviewProcess.TASK_APPOINT_REVIEWER, new Appointing("reviewerName", null),
      CaseAuditProcess.TASK_AGREE_AUDIT_TERMS_OF_REFERENCE, new Appointing("auditorName", null),
      LocalLearningReviewProcess.TASK_AGREE_LOCAL_REVIEW_TERMS, new Appointing("reviewerName", null));

  private final SeriousCaseReview review;
  private final Deadlines deadlines;

  public ReviewDelegates(SeriousCaseReview review, Deadlines deadlines) {
    this.review = review;
    this.deadlines = deadlines;
  }

  /**
   * Opens the review (or, with {@code reviewMode} {@code cspr}, the local CSPR): admits the case,
   * puts it on the register, and sets {@code reviewMode}, {@code decidedOn} and the deadline.
   */
  @Bean("openReview")
  public JavaDelegate openReview(CaseIntake intake) {
    return execution -> {
      LocalDate decidedOn = review.decidedOn(dateOrNull(execution.getVariable("decidedOn")));
      boolean cspr = ReviewProcess.MODE_CSPR.equals(execution.getVariable("reviewMode"));
      CaseIntake.Case admitted = intake.admit(execution, review.openingRefusal(cspr), decidedOn,
          review.decisionProblems(decidedOn));
      SeriousCaseReview.Deadline deadline = review.open(new SeriousCaseReview.Opening(execution.getProcessInstanceId(),
          admitted.caseReference(), cspr, decidedOn, admitted.awareOn(), (String) execution.getVariable("incidentSummary"),
          (String) execution.getVariable("rapidReviewProcessInstanceId")));
      execution.setVariable("reviewMode", cspr ? ReviewProcess.MODE_CSPR : ReviewProcess.MODE_SCR);
      execution.setVariable("decidedOn", deadlines.startOfBusinessOn(decidedOn));
      setDeadline(execution, deadline);
    };
  }

  /** The review's leads, named in the step that appoints them ({@link #APPOINTING_STEPS}). */
  @Bean("recordAppointments")
  public ExecutionListener recordAppointments() {
    return execution -> {
      Appointing step = APPOINTING_STEPS.get(execution.getCurrentActivityId());
      if (step == null) {
        throw new IllegalStateException("recordAppointments does not know step " + execution.getCurrentActivityId());
      }
      review.recordAppointments(execution.getProcessInstanceId(), text(execution.getVariable(step.chairVariable())),
          step.overviewAuthorVariable() == null ? null : text(execution.getVariable(step.overviewAuthorVariable())));
    };
  }

  @Bean("recordPublication")
  public ExecutionListener recordPublication() {
    return execution -> review.recordPublication(execution.getProcessInstanceId(),
        (String) execution.getVariable("publicationDecision"), dateOrNull(execution.getVariable("publishedOn")),
        (String) execution.getVariable("evaluationGrade"), (String) execution.getVariable("publicationReasons"),
        (String) execution.getVariable("publicationLocation"));
  }

  /** Closes the review (or case audit, or local learning review) once every action is signed off. */
  @Bean("closeReview")
  public JavaDelegate closeReview() {
    return execution -> review.close(execution.getProcessInstanceId());
  }

  /** The review's completion deadline, called from the model as {@code reviewDeadline.…}. */
  @Bean("reviewDeadline")
  public DeadlineSteps reviewDeadline(Notices notices) {
    return new DeadlineSteps(notices);
  }

  /**
   * Extension requests and decisions, the notice before publication, and the reminder. An approved
   * extension moves {@code reviewDueDate} and {@code reviewReminderDate}; the model then re-enters
   * the deadline scope so its timers follow.
   */
  public class DeadlineSteps {

    private final Notices notices;

    DeadlineSteps(Notices notices) {
      this.notices = notices;
    }

    /**
     * The SCR group chair's request ({@link ExtensionRequests}), as it arrives: the proposed date
     * must be after the current deadline and after today. Refused, the request leaves nothing behind.
     * Any variable scope: the flow to the board chair's decision calls it, and so does the completion
     * of the request task in reviews started on an earlier version of the model.
     */
    public void checkExtensionRequest(VariableScope request) {
      refuseIf("Cannot request the extension", review.extensionRequestProblems(
          Deadlines.toLocalDate(request.getVariable("reviewDueDate")), Deadlines.toLocalDate(request.getVariable("proposedDueDate"))));
    }

    /** Adds the board chair's decision to {@code extensions}; an approval moves the deadline. */
    public void recordDecision(DelegateExecution execution) {
      SeriousCaseReview.ExtensionOutcome outcome = review.decideExtension(execution.getProcessInstanceId(),
          new SeriousCaseReview.ExtensionDecision("approved".equals(execution.getVariable("extensionDecision")),
              Deadlines.toLocalDate(execution.getVariable("reviewDueDate")),
              Deadlines.toLocalDate(execution.getVariable("proposedDueDate")),
              text(execution.getVariable("extensionReason")), text(execution.getVariable("extensionDecisionReasons"))));
      Map<String, Object> record = new LinkedHashMap<>(outcome.record());
      record.put("requestedBy", text(execution.getVariable(ExtensionRequests.REQUESTED_BY)));
      Object requestedAt = execution.getVariable(ExtensionRequests.REQUESTED_AT);
      record.put("requestedAt", requestedAt instanceof Date at ? at.toInstant().toString() : null);
      List<Object> extensions = new ArrayList<>(JsonVariables.list(execution.getVariable("extensions")));
      extensions.add(record);
      execution.setVariable("extensions", JsonVariables.json(extensions));
      if (outcome.newDeadline() != null) {
        setDeadline(execution, outcome.newDeadline());
      }
      // the next request starts clean
      ExtensionRequests.REQUEST_VARIABLES.forEach(execution::removeVariable);
    }

    public void checkPrePublicationNotice(DelegateTask task) {
      LocalDate sentOn = Deadlines.toLocalDate(task.getVariable("reportSentOn"));
      LocalDate plannedOn = Deadlines.toLocalDate(task.getVariable("plannedPublicationDate"));
      refuseIf("Cannot record the pre-publication notice", review.prePublicationNoticeProblems(sentOn, plannedOn));
      review.recordPrePublicationNotice(task.getProcessInstanceId(), sentOn, plannedOn);
    }

    /** The SCR group chair is reminded by e-mail; the reminder goes on the register. */
    public void remind(DelegateExecution execution) {
      Date due = (Date) execution.getVariable("reviewDueDate");
      notices.remind(Groups.SCR_GROUP_CHAIR, "review completion — " + execution.getVariable("caseReference"), due);
      review.recordReminder(execution.getProcessInstanceId(), Deadlines.toLocalDate(due));
    }
  }

  private void setDeadline(DelegateExecution execution, SeriousCaseReview.Deadline deadline) {
    execution.setVariable("reviewDueDate", deadlines.closeOfBusinessOn(deadline.dueOn()));
    execution.setVariable("reviewReminderDate", deadlines.startOfBusinessOn(deadline.remindOn()));
  }

  private static void refuseIf(String what, List<String> problems) {
    if (!problems.isEmpty()) {
      throw new InvalidCaseDataException(what, problems);
    }
  }

  /** A date variable, or null when it is missing or blank. */
  private static LocalDate dateOrNull(Object value) {
    return value == null || value.toString().isBlank() ? null : Deadlines.toLocalDate(value);
  }

  private static String text(Object value) {
    return value == null ? null : value.toString();
  }
}
