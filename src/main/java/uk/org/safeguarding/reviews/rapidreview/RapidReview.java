package uk.org.safeguarding.reviews.rapidreview;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

import uk.org.safeguarding.reviews.calendar.Deadlines;
import uk.org.safeguarding.reviews.calendar.Timescales;
import uk.org.safeguarding.reviews.forms.InvalidCaseDataException;
import uk.org.safeguarding.reviews.engine.JsonVariables;
import uk.org.safeguarding.reviews.engine.SystemActions;
import uk.org.safeguarding.reviews.register.Register;
import uk.org.safeguarding.reviews.review.ReviewProcess;

/**
 * The rapid review's steps that need more than a form: the notification and its 5-working-day
 * clock, the 15-working-day clock from the configured anchor, the three partners' sign-off, the
 * submission and the Panel's response, and what follows. Called from BPMN as {@code rapidReview}.
 */
@Component("rapidReview")
public class RapidReview {

  /** Local to one partner's sign-off: the user who completed it. */
  static final String SIGNED_OFF_BY = "partnerSignedOffBy";
  /** The sign-off round under way: 1, then one more each time the summary goes back to the partners. */
  static final String SIGN_OFF_ROUND = "partnerSignOffRound";

  private final Deadlines deadlines;
  private final Timescales timescales;
  private final Register register;
  private final RuntimeService runtimeService;
  private final IdentityService identityService;
  private final SystemActions system;

  public RapidReview(Deadlines deadlines, Timescales timescales, Register register, @Lazy RuntimeService runtimeService,
      @Lazy IdentityService identityService, SystemActions system) {
    this.deadlines = deadlines;
    this.timescales = timescales;
    this.register = register;
    this.runtimeService = runtimeService;
    this.identityService = identityService;
    this.system = system;
  }

  /** The notification cannot predate the local authority's awareness, nor be in the future. */
  public void checkNotification(DelegateTask task) {
    LocalDate awareOn = Deadlines.toLocalDate(task.getVariable("laAwareOn"));
    LocalDate notifiedOn = Deadlines.toLocalDate(task.getVariable("notificationSubmittedOn"));
    List<String> problems = new ArrayList<>();
    if (notifiedOn.isBefore(awareOn)) {
      problems.add("the notification (" + notifiedOn + ") cannot be before the local authority became aware (" + awareOn + ")");
    }
    if (notifiedOn.isAfter(deadlines.today())) {
      problems.add("the notification date cannot be in the future (" + notifiedOn + ")");
    }
    refuseIf("Cannot record the notification", problems);
    task.setVariable("notificationSubmitted", true);
  }

  /**
   * Starts the 15 working days, counted from the notification or from the local authority's
   * awareness ({@code safeguarding.timescales.rapid-review-anchor}); agencies' summaries fall due
   * earlier in the same count.
   */
  public void startClock(DelegateExecution execution) {
    boolean fromNotification = "notification".equals(timescales.getRapidReviewAnchor());
    Object anchor = execution.getVariable(fromNotification ? "notificationSubmittedOn" : "laAwareOn");
    LocalDate notifiedOn = Deadlines.toLocalDate(execution.getVariable("notificationSubmittedOn"));
    execution.setVariable("rapidReviewAnchor", fromNotification ? "notification" : "awareness");
    execution.setVariable("rapidReviewDueDate", deadlines.workingDaysAfter(anchor, timescales.getRapidReviewWorkingDays()));
    execution.setVariable("agencySummaryDueDate", deadlines.workingDaysAfter(anchor, timescales.getAgencySummaryWorkingDays()));
    LocalDate due = deadlines.calendar().addWorkingDays(Deadlines.toLocalDate(anchor), timescales.getRapidReviewWorkingDays());
    register.update(execution.getProcessInstanceId(), entry -> {
      entry.clockDone(RapidReviewProcess.CLOCK_NOTIFICATION, notifiedOn);
      entry.reach("notification-submitted", "Serious incident notification submitted to the Panel", "rapid-review", notifiedOn);
      entry.clockDue(RapidReviewProcess.CLOCK_RAPID_REVIEW, "Rapid review to the Panel within " + timescales.getRapidReviewWorkingDays()
          + " working days of the " + (fromNotification ? "notification" : "local authority becoming aware"), due);
      entry.setDueOn(due);
    });
  }

  /**
   * The summary goes to the partners: a new sign-off round, numbered from 1 in
   * {@code partnerSignOffRound}. Called once per round, as {@code Flow_ToPartnerSignOff} is taken.
   */
  public void nextSignOffRound(DelegateExecution execution) {
    Object round = execution.getVariable(SIGN_OFF_ROUND);
    execution.setVariable(SIGN_OFF_ROUND, round instanceof Number n ? n.intValue() + 1 : 1);
  }

  /**
   * Opens a sign-off round: the partners' due date is set (one working day before the rapid review
   * is due with the Panel) and whether they agree is decided afresh, while the decisions of earlier
   * rounds stay in {@code partnerSignOffs}. Returns the partners who sign. It is the multi-instance
   * collection, which the engine may evaluate more than once, so it only sets values.
   */
  public List<String> startSignOff(DelegateExecution execution) {
    execution.setVariable("signOffDueDate", deadlines.dueWorkingDaysBefore(execution.getVariable("rapidReviewDueDate"), 1));
    execution.setVariable("partnersAgree", true);
    execution.setVariable("partnerSignOffNotes", "");
    return RapidReviewProcess.PARTNERS;
  }

  public String partnerName(String partner) {
    return switch (partner) {
      case "local-authority" -> "Local authority";
      case "police" -> "Police";
      case "health" -> "Health (ICB)";
      default -> partner;
    };
  }

  /** Who signed, kept on the partner's own sign-off: the record is made after the completion commits. */
  public void noteSignatory(DelegateTask task) {
    task.setVariable(SIGNED_OFF_BY, currentUser());
  }

  /**
   * One partner's sign-off joins the case: appended to {@code partnerSignOffs} with its round, so
   * every round's decisions are kept. It runs after the partner's completion has committed (the
   * sign-offs continue asynchronously), so three partners signing in the same instant never collide.
   */
  public void recordSignOff(DelegateExecution signOffExecution) {
    String partner = (String) signOffExecution.getVariable("partner");
    boolean agreed = "agreed".equals(signOffExecution.getVariable("partnerDecision"));
    Object comments = signOffExecution.getVariable("partnerComments");
    DelegateExecution instance = signOffExecution.getProcessInstance();
    Map<String, Object> signOff = new LinkedHashMap<>();
    signOff.put("round", instance.getVariable(SIGN_OFF_ROUND));
    signOff.put("partner", partner);
    signOff.put("decision", agreed ? "agreed" : "not-agreed");
    signOff.put("comments", comments);
    signOff.put("by", signOffExecution.getVariable(SIGNED_OFF_BY));
    signOff.put("on", deadlines.today().toString());
    List<Object> signOffs = new ArrayList<>(JsonVariables.list(instance.getVariable("partnerSignOffs")));
    signOffs.add(signOff);
    instance.setVariable("partnerSignOffs", JsonVariables.json(signOffs));
    if (!agreed) {
      instance.setVariable("partnersAgree", false);
      instance.setVariable("partnerSignOffNotes", instance.getVariable("partnerSignOffNotes") + partnerName(partner) + ": "
          + comments + "\n");
    }
    register.reach(signOffExecution.getProcessInstanceId(), (agreed ? "signed-off-by-" : "not-agreed-by-") + partner,
        (agreed ? "Signed off by the safeguarding partner: " : "Not agreed by the safeguarding partner: ") + partnerName(partner),
        null, deadlines.today());
  }

  public void recordSubmission(DelegateTask task) {
    LocalDate submitted = Deadlines.toLocalDate(task.getVariable("submittedToPanelOn"));
    LocalDate notifiedOn = Deadlines.toLocalDate(task.getVariable("notificationSubmittedOn"));
    List<String> problems = new ArrayList<>();
    if (submitted.isBefore(notifiedOn)) {
      problems.add("the rapid review cannot reach the Panel (" + submitted + ") before the notification (" + notifiedOn + ")");
    }
    if (submitted.isAfter(deadlines.today())) {
      problems.add("the submission date cannot be in the future (" + submitted + ")");
    }
    refuseIf("Cannot record the submission", problems);
    register.update(task.getProcessInstanceId(), entry -> {
      entry.clockDone(RapidReviewProcess.CLOCK_RAPID_REVIEW, submitted);
      entry.reach("submitted-to-panel", "Rapid review submitted to the National Panel", null, submitted);
    });
  }

  public void recordPanelResponse(DelegateTask task) {
    String response = (String) task.getVariable("panelResponse");
    LocalDate on = Deadlines.toLocalDate(task.getVariable("panelResponseReceivedOn"));
    LocalDate submitted = Deadlines.toLocalDate(task.getVariable("submittedToPanelOn"));
    List<String> problems = new ArrayList<>();
    if (on.isBefore(submitted) || on.isAfter(deadlines.today())) {
      problems.add("'Date of the response' must be between the submission (" + submitted + ") and today");
    }
    refuseIf("Cannot record the Panel's response", problems);
    register.update(task.getProcessInstanceId(), entry -> {
      entry.reach("panel-response-" + response, "National Panel: " + response.replace('_', ' '), null, on);
      entry.setOutcome(response);
      entry.setOutcomeReason((String) task.getVariable("panelComments"));
    });
  }

  /** Closes the rapid review on the register with the Panel's response as its outcome. */
  public void close(DelegateExecution execution) {
    LocalDate today = deadlines.today();
    register.update(execution.getProcessInstanceId(), entry -> {
      entry.reach("rapid-review-closed", "Rapid review closed", "closed", today);
      entry.close((String) execution.getVariable("panelResponse"), null, today);
    });
  }

  /** The partners and the Panel agreed a local CSPR: the review starts in CSPR mode, its 6 months from today. */
  public void commissionLocalCspr(DelegateExecution execution) {
    close(execution);
    Map<String, Object> vars = caseVariables(execution);
    vars.put("reviewMode", ReviewProcess.MODE_CSPR);
    vars.put("decisionReasons", execution.getVariable("recommendationReasons"));
    system.run(() -> runtimeService.startProcessInstanceByKey(ReviewProcess.KEY, (String) execution.getVariable("caseReference"), vars));
  }

  /** A local review: the Panel found it more appropriate, or the partners want one alongside their learning actions. */
  public void startLocalReview(DelegateExecution execution) {
    close(execution);
    Map<String, Object> vars = caseVariables(execution);
    Object reasons = execution.getVariable("panelComments");
    vars.put("localReviewReasons", reasons == null || reasons.toString().isBlank()
        ? "Following the rapid review: " + execution.getVariable("recommendationReasons") : reasons);
    system.run(() -> runtimeService.startProcessInstanceByKey(RapidReviewProcess.LOCAL_LEARNING_REVIEW,
        (String) execution.getVariable("caseReference"), vars));
  }

  private static Map<String, Object> caseVariables(DelegateExecution execution) {
    Map<String, Object> vars = new LinkedHashMap<>();
    vars.put("caseReference", execution.getVariable("caseReference"));
    vars.put("incidentSummary", execution.getVariable("incidentSummary"));
    vars.put("boardAwareOn", execution.getVariable("laAwareOn"));
    vars.put("agenciesInvolved", execution.getVariable("agenciesInvolved"));
    vars.put("rapidReviewProcessInstanceId", execution.getProcessInstanceId());
    return vars;
  }

  private String currentUser() {
    Authentication auth = identityService.getCurrentAuthentication();
    return auth == null ? null : auth.getUserId();
  }

  private static void refuseIf(String what, List<String> problems) {
    if (!problems.isEmpty()) {
      throw new InvalidCaseDataException(what, problems);
    }
  }
}
