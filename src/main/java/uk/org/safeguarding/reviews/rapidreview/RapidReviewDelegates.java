package uk.org.safeguarding.reviews.rapidreview;

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
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Component;

import uk.org.safeguarding.reviews.calendar.Deadlines;
import uk.org.safeguarding.reviews.cases.CaseIntake;
import uk.org.safeguarding.reviews.engine.JsonVariables;
import uk.org.safeguarding.reviews.engine.SystemActions;
import uk.org.safeguarding.reviews.forms.InvalidCaseDataException;
import uk.org.safeguarding.reviews.review.ReviewProcess;

/**
 * The {@code rapid-review} process's adapters: each reads the process variables, calls
 * {@link RapidReviewRules}, and writes back what the model needs. BPMN calls this bean as
 * {@code rapidReview}, and the two delegates it declares as {@code openRapidReview} and
 * {@code recordImmediateActions}.
 */
@Component("rapidReview")
public class RapidReviewDelegates {

  /** Local to one partner's sign-off: the user who completed it. */
  static final String SIGNED_OFF_BY = "partnerSignedOffBy";
  /** The sign-off round under way: 1, then one more each time the summary goes back to the partners. */
  static final String SIGN_OFF_ROUND = "partnerSignOffRound";

  private final RapidReviewRules rules;
  private final CaseIntake intake;
  private final Deadlines deadlines;
  private final SystemActions system;

  public RapidReviewDelegates(RapidReviewRules rules, CaseIntake intake, Deadlines deadlines, SystemActions system) {
    this.rules = rules;
    this.intake = intake;
    this.deadlines = deadlines;
    this.system = system;
  }

  /**
   * Opens the rapid review: the case is admitted with the notification checked if already made,
   * the notification falls due, and the case goes on the register. Not through {@code CaseOpening}:
   * that records "Board became aware" and a start milestone dated today, where the rapid review
   * records only "Local authority became aware" on its own date, with status {@code notification}.
   */
  @Bean("openRapidReview")
  public JavaDelegate openRapidReview() {
    return execution -> {
      LocalDate today = deadlines.today();
      LocalDate awareOn = Deadlines.toLocalDate(execution.getVariable("laAwareOn"));
      Object notified = execution.getVariable("notificationSubmittedOn");
      boolean submitted = notified != null && !notified.toString().isBlank();
      List<String> problems = submitted
          ? rules.notificationProblems(awareOn, Deadlines.toLocalDate(notified), today) : List.of();
      CaseIntake.Case admitted = intake.admit(execution, "Cannot open the rapid review", "laAwareOn",
          "'Date the local authority became aware'", today, problems);
      Date notificationDue = rules.notificationDue(awareOn);
      execution.setVariable("notificationDueDate", notificationDue);
      execution.setVariable("notificationSubmitted", submitted);
      rules.open(admitted.caseReference(), execution.getProcessInstanceId(), (String) execution.getVariable("incidentSummary"),
          (String) execution.getVariable("childArea"), awareOn, notificationDue, today);
    };
  }

  @Bean("recordImmediateActions")
  public ExecutionListener recordImmediateActions() {
    return execution -> rules.recordMeeting(execution.getProcessInstanceId(),
        Deadlines.toLocalDate(execution.getVariable("meetingHeldOn")));
  }

  public void checkNotification(DelegateTask task) {
    refuseIf("Cannot record the notification", rules.notificationProblems(
        Deadlines.toLocalDate(task.getVariable("laAwareOn")),
        Deadlines.toLocalDate(task.getVariable("notificationSubmittedOn")), deadlines.today()));
    task.setVariable("notificationSubmitted", true);
  }

  public void startClock(DelegateExecution execution) {
    RapidReviewRules.Clock clock = rules.startClock(execution.getProcessInstanceId(),
        Deadlines.toLocalDate(execution.getVariable("laAwareOn")),
        Deadlines.toLocalDate(execution.getVariable("notificationSubmittedOn")));
    execution.setVariable("rapidReviewAnchor", clock.anchor());
    execution.setVariable("rapidReviewDueDate", clock.rapidReviewDue());
    execution.setVariable("agencySummaryDueDate", clock.agencySummaryDue());
  }

  /** Called once per round, as {@code Flow_ToPartnerSignOff} is taken. */
  public void nextSignOffRound(DelegateExecution execution) {
    Object round = execution.getVariable(SIGN_OFF_ROUND);
    execution.setVariable(SIGN_OFF_ROUND, rules.nextSignOffRound(round instanceof Number n ? n.intValue() : 0));
  }

  /**
   * Opens a sign-off round: its due date set and whether the partners agree decided afresh, while
   * earlier rounds stay in {@code partnerSignOffs}. It is the multi-instance collection, which the
   * engine may evaluate more than once, so it only sets values.
   */
  public List<String> startSignOff(DelegateExecution execution) {
    execution.setVariable("signOffDueDate", rules.signOffDue(execution.getVariable("rapidReviewDueDate")));
    execution.setVariable("partnersAgree", true);
    execution.setVariable("partnerSignOffNotes", "");
    return RapidReviewProcess.PARTNERS;
  }

  public String partnerName(String partner) {
    return rules.partnerName(partner);
  }

  /** Who signed, kept on the partner's own sign-off: the record is made after the completion commits. */
  public void noteSignatory(DelegateTask task) {
    task.setVariable(SIGNED_OFF_BY, currentUser(task));
  }

  /**
   * One partner's sign-off joins the case, appended to {@code partnerSignOffs}. It runs after the
   * partner's completion has committed (asynchronously), so partners signing at once never collide.
   */
  public void recordSignOff(DelegateExecution signOffExecution) {
    String partner = (String) signOffExecution.getVariable("partner");
    boolean agreed = rules.agreed(signOffExecution.getVariable("partnerDecision"));
    Object comments = signOffExecution.getVariable("partnerComments");
    DelegateExecution instance = signOffExecution.getProcessInstance();
    LocalDate today = deadlines.today();
    List<Object> signOffs = new ArrayList<>(JsonVariables.list(instance.getVariable("partnerSignOffs")));
    signOffs.add(rules.signOff(instance.getVariable(SIGN_OFF_ROUND), partner, agreed, comments,
        signOffExecution.getVariable(SIGNED_OFF_BY), today));
    instance.setVariable("partnerSignOffs", JsonVariables.json(signOffs));
    if (!agreed) {
      instance.setVariable("partnersAgree", false);
      instance.setVariable("partnerSignOffNotes",
          rules.withNotAgreedNote(instance.getVariable("partnerSignOffNotes"), partner, comments));
    }
    rules.recordSignOff(signOffExecution.getProcessInstanceId(), partner, agreed, today);
  }

  public void recordSubmission(DelegateTask task) {
    LocalDate submitted = Deadlines.toLocalDate(task.getVariable("submittedToPanelOn"));
    refuseIf("Cannot record the submission", rules.submissionProblems(submitted,
        Deadlines.toLocalDate(task.getVariable("notificationSubmittedOn")), deadlines.today()));
    rules.recordSubmission(task.getProcessInstanceId(), submitted);
  }

  public void recordPanelResponse(DelegateTask task) {
    LocalDate on = Deadlines.toLocalDate(task.getVariable("panelResponseReceivedOn"));
    refuseIf("Cannot record the Panel's response", rules.panelResponseProblems(on,
        Deadlines.toLocalDate(task.getVariable("submittedToPanelOn")), deadlines.today()));
    rules.recordPanelResponse(task.getProcessInstanceId(), (String) task.getVariable("panelResponse"), on,
        (String) task.getVariable("panelComments"));
  }

  public void close(DelegateExecution execution) {
    rules.close(execution.getProcessInstanceId(), (String) execution.getVariable("panelResponse"), deadlines.today());
  }

  /** The partners and the Panel agreed a local CSPR: the review starts in CSPR mode, its 6 months from today. */
  public void commissionLocalCspr(DelegateExecution execution) {
    close(execution);
    Map<String, Object> vars = caseVariables(execution);
    vars.put("reviewMode", ReviewProcess.MODE_CSPR);
    vars.put("decisionReasons", execution.getVariable("recommendationReasons"));
    system.run(() -> execution.getProcessEngineServices().getRuntimeService().startProcessInstanceByKey(ReviewProcess.KEY,
        (String) execution.getVariable("caseReference"), vars));
  }

  /** A local review: the Panel found it more appropriate, or the partners want one alongside their learning actions. */
  public void startLocalReview(DelegateExecution execution) {
    close(execution);
    Map<String, Object> vars = caseVariables(execution);
    vars.put("localReviewReasons", rules.localReviewReasons(execution.getVariable("panelComments"),
        execution.getVariable("recommendationReasons")));
    system.run(() -> execution.getProcessEngineServices().getRuntimeService().startProcessInstanceByKey(
        RapidReviewProcess.LOCAL_LEARNING_REVIEW,
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

  /** The user signed in to the engine the task belongs to. */
  private static String currentUser(DelegateTask task) {
    Authentication auth = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    return auth == null ? null : auth.getUserId();
  }

  private static void refuseIf(String what, List<String> problems) {
    if (!problems.isEmpty()) {
      throw new InvalidCaseDataException(what, problems);
    }
  }
}
