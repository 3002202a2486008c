package uk.org.safeguarding.reviews.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static uk.org.safeguarding.reviews.contribution.ContributionProcess.*;
import static uk.org.safeguarding.reviews.review.ReviewProcess.*;
import static uk.org.safeguarding.reviews.review.ReviewProcess.KEY;
import static uk.org.safeguarding.reviews.contribution.ContributionProcess.TASK_SUBMIT_PRACTICE_CONTRIBUTION;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.web.server.ResponseStatusException;

import uk.org.safeguarding.reviews.actionplan.ActionDeliveryProcess;
import uk.org.safeguarding.reviews.actionplan.ActionPlanProcess;
import uk.org.safeguarding.reviews.calendar.Deadlines;
import uk.org.safeguarding.reviews.register.RegisterEntry;
import uk.org.safeguarding.reviews.support.ProcessTest;
import uk.org.safeguarding.reviews.support.CaseSteps;

@ProcessTest
class SeriousCaseReviewProcessTest extends CaseSteps {

  @org.springframework.beans.factory.annotation.Autowired private org.camunda.bpm.engine.FormService formService;

  @Autowired ExtensionRequests extensionRequests;

  static final List<String> THREE_AGENCIES = List.of("dorset-police", "poole-council", "poole-hospital");

  ProcessInstance startReview(String caseRef, List<String> agencies) {
    return runtimeService.startProcessInstanceByKey(KEY, vars(
        "caseReference", caseRef,
        "incidentSummary", "Young boy victim of a filicide/suicide incident with his father",
        "boardAwareOn", "2026-10-20",
        "agenciesInvolved", json(agencies),
        "scrCriteria", "mandatory",
        "decisionReasons", "The child died; abuse known"));
  }

  /** Through IMRs, overview report, executive summary and sign-off, to the publication decision. */
  ProcessInstance reviewAwaitingPublication(String name) {
    ProcessInstance pi = startReview(newCase(name), List.of("dorset-police"));
    commissionImrs(pi, List.of("dorset-police"));
    deliverAndAcceptImr(pi, "dorset-police");
    completeReviewAfterImrs(pi);
    return pi;
  }

  void completeReviewAfterImrs(ProcessInstance pi) {
    complete(pi, TASK_SUBMIT_OVERVIEW_REPORT, vars("overviewReport", "Overview", "recommendations", "1. Train staff"));
    complete(pi, TASK_REVIEW_OVERVIEW_REPORT, vars("overviewPanelDecision", "accepted"));
    complete(pi, TASK_SUBMIT_EXECUTIVE_SUMMARY, vars("executiveSummary", "Summary for publication"));
    complete(pi, TASK_SIGN_OFF_REVIEW, vars("reviewSignOff", "signed-off"));
  }

  static ZonedDateTime london(Date date) {
    return date.toInstant().atZone(Deadlines.LONDON);
  }

  @Test
  void anScrWithThreeAgenciesRunsFromTermsOfReferenceToPublication() {
    String caseRef = newCase("Child G");
    ProcessInstance pi = startReview(caseRef, THREE_AGENCIES);
    assertThat(pi.getBusinessKey()).isEqualTo(caseRef);
    // 6 months from the decision on Monday 2 November 2026: Monday 3 May 2027 is a bank holiday -> Tuesday 4 May
    assertThat(day(runtimeService.getVariable(pi.getId(), "reviewDueDate"))).isEqualTo(LocalDate.of(2027, 5, 4));
    assertThat(registerEntry(pi).getDueOn()).isEqualTo(LocalDate.of(2027, 5, 4));
    assertThat(task(pi, TASK_AGREE_TERMS_OF_REFERENCE).getName()).isEqualTo("Terms of reference — " + caseRef);

    commissionImrs(pi, THREE_AGENCIES);
    RegisterEntry entry = registerEntry(pi);
    assertThat(entry.getPanelChair()).isEqualTo("Prity Patel");
    assertThat(entry.getOverviewAuthor()).isEqualTo("Karen Tudor");
    assertThat(entry.milestoneDate("imrs-commissioned")).isEqualTo(LocalDate.of(2026, 11, 2));

    List<Task> imrs = tasksOfCase(caseRef, TASK_SUBMIT_IMR);
    assertThat(imrs).extracting(Task::getName).containsExactlyInAnyOrder(
        "IMR — " + caseRef + " — Dorset Police", "IMR — " + caseRef + " — Borough of Poole",
        "IMR — " + caseRef + " — Poole Hospital Foundation Trust");
    // 30 working days from Monday 2 November 2026, over Christmas and New Year: Tuesday 15 December? no - count it
    LocalDate imrDue = deadlines.calendar().addWorkingDays(LocalDate.of(2026, 11, 2), 30);
    assertThat(imrs).allSatisfy(t -> assertThat(day(t.getDueDate())).isEqualTo(imrDue));
    assertThat(taskService.createTaskQuery().taskCandidateGroup("agency-poole-hospital").processInstanceBusinessKey(caseRef)
        .taskDefinitionKey(TASK_SUBMIT_IMR).count()).isEqualTo(1);
    // the IMR author sees what the review is about (shown read-only on the IMR form), and nothing of other agencies
    assertThat(taskService.getVariables(imrs.get(0).getId())).containsEntry("termsOfReference", "Agency involvement from birth")
        .containsKeys("periodUnderReview", "keyLinesOfEnquiry", "incidentSummary").doesNotContainKey("agenciesInvolved");
    // its due date shown as staff read it, on the task alone
    assertThat(taskService.getVariableLocal(imrs.get(0).getId(), "contributionDueDateText")).isEqualTo(
        imrDue.format(java.time.format.DateTimeFormatter.ofPattern("d MMM yyyy", java.util.Locale.UK)) + ", 17:00");
    assertThat(runtimeService.getVariable(imrs.get(0).getProcessInstanceId(), "contributionDueDate")).isInstanceOf(java.util.Date.class);

    for (String agency : THREE_AGENCIES) {
      assertThat(tasks(pi, TASK_SUBMIT_OVERVIEW_REPORT)).as("overview waits for every IMR").isEmpty();
      deliverAndAcceptImr(pi, agency);
    }
    assertThat(runtimeService.getVariable(pi.getId(), "imrs").toString())
        .contains("Dorset Police", "Borough of Poole", "Poole Hospital Foundation Trust", "Train staff in domestic abuse risk");
    assertThat(registerEntry(pi).milestoneDate("imrs-accepted")).isNotNull();

    completeReviewAfterImrs(pi);
    assertThat(registerEntry(pi).getStatus()).isEqualTo("publication");
    assertThat(extensionRequestAwaited(pi)).as("the deadline watch ends with sign-off").isFalse();
    assertThat(catchThrowable(() -> requestExtension(caseRef, "2027-06-04", "Too late")))
        .isInstanceOfSatisfying(ResponseStatusException.class, e -> assertThat(e.getStatusCode().value()).isEqualTo(409))
        .hasMessageContaining("signed off");
    assertThat(managementService.createJobQuery().processInstanceId(pi.getId()).timers().count()).isZero();

    complete(pi, TASK_DECIDE_PUBLICATION, vars("publicationDecision", PUBLISH_SUMMARY));
    complete(pi, TASK_RECORD_PUBLICATION, vars("publishedOn", "2026-11-02", "evaluationGrade", "good",
        "publicationLocation", "https://example.org/scr/child-g"));
    entry = registerEntry(pi);
    assertThat(entry.getOutcome()).isEqualTo("good");
    assertThat(entry.milestoneDate("published")).isEqualTo(LocalDate.of(2026, 11, 2));
    assertThat(entry.getStatus()).isEqualTo("action-plan-monitoring");
    ProcessInstance actionPlan = runtimeService.createProcessInstanceQuery().superProcessInstanceId(pi.getId()).singleResult();
    assertThat(actionPlan.getBusinessKey()).isEqualTo(caseRef);
    assertThat(runtimeService.getVariable(actionPlan.getId(), "reviewType")).isEqualTo("serious-case-review");

    // the review closes only when every action is completed and signed off
    complete(actionPlan, ActionPlanProcess.TASK_DRAFT_ACTION_PLAN, vars("actions", json(List.of(
        java.util.Map.of("recommendation", "Train staff in domestic abuse risk", "agency", "dorset-police",
            "owner", "Head of public protection", "dueDate", "2027-03-01", "measureOfSuccess", "90% of staff trained"),
        java.util.Map.of("recommendation", "Share information at discharge", "agency", "poole-hospital",
            "owner", "Named nurse", "dueDate", "2027-02-01", "measureOfSuccess", "Audit of 20 discharges")))));
    for (String agency : List.of("dorset-police", "poole-hospital")) {
      Task progress = taskService.createTaskQuery().processInstanceBusinessKey(caseRef)
          .taskDefinitionKey(ActionDeliveryProcess.TASK_REPORT_ACTION_PROGRESS).taskCandidateGroup("agency-" + agency).singleResult();
      complete(progress, vars("actionStatus", "completed", "progressNote", "Done"));
    }
    List<Task> signOffs = tasksOfCase(caseRef, ActionPlanProcess.TASK_SIGN_OFF_ACTION);
    assertThat(signOffs).hasSize(2);
    complete(signOffs.get(0), vars("actionSignOff", "signed-off", "signOffNotes", "Evidence seen"));
    assertThat(isEnded(pi)).as("one action still awaits sign-off").isFalse();
    complete(signOffs.get(1), vars("actionSignOff", "signed-off", "signOffNotes", "Evidence seen"));
    assertThat(isEnded(pi)).isTrue();
    entry = registerEntry(pi);
    assertThat(entry.getStatus()).isEqualTo("closed");
    assertThat(entry.getClosedOn()).isEqualTo(LocalDate.of(2026, 11, 2));
    assertThat(entry.getOutcome()).isEqualTo("good");
  }

  @Test
  void anOverdueImrIsChasedByTheScrGroupChairThenEscalatedToTheBoardChair() {
    String caseRef = newCase("Child E");
    ProcessInstance pi = startReview(caseRef, List.of("dorset-police", "poole-council"));
    commissionImrs(pi, List.of("dorset-police", "poole-council"));
    ProcessInstance police = contributionOf(pi, "dorset-police");
    LocalDate due = deadlines.calendar().addWorkingDays(LocalDate.of(2026, 11, 2), 30);

    ZonedDateTime reminder = london(timer(police, TIMER_CONTRIBUTION_REMINDER).getDuedate());
    assertThat(reminder.toLocalDate()).isEqualTo(deadlines.calendar().addWorkingDays(due, -5));
    assertThat(reminder.toLocalTime()).isEqualTo(LocalTime.of(9, 0));
    ZonedDateTime overdue = london(timer(police, TIMER_CONTRIBUTION_OVERDUE).getDuedate());
    assertThat(overdue.toLocalDate()).isEqualTo(due);
    assertThat(overdue.toLocalTime()).isEqualTo(LocalTime.of(17, 0));
    assertThat(london(timer(police, TIMER_CONTRIBUTION_ESCALATION).getDuedate()).toLocalDate())
        .isEqualTo(deadlines.calendar().addWorkingDays(due, 5));

    setToday(reminder.toLocalDate());
    fireTimer(police, TIMER_CONTRIBUTION_REMINDER);
    assertThat(registerEntry(pi).getMilestones()).anySatisfy(m ->
        assertThat(m.description()).isEqualTo("Reminder sent: IMR due — Dorset Police"));
    assertThat(tasks(police, TASK_CHASE_CONTRIBUTION)).isEmpty();

    setToday(due.plusDays(1));
    fireTimer(police, TIMER_CONTRIBUTION_OVERDUE);
    Task chase = task(police, TASK_CHASE_CONTRIBUTION);
    assertThat(chase.getName()).isEqualTo("Chase overdue IMR — " + caseRef + " — Dorset Police");
    assertThat(taskService.getIdentityLinksForTask(chase.getId())).anySatisfy(l -> assertThat(l.getGroupId()).isEqualTo("scr-group-chair"));
    assertThat(tasks(police, TASK_ESCALATE_OVERDUE_CONTRIBUTION)).isEmpty();
    complete(chase, vars("chaseNotes", "Phoned the safeguarding lead"));

    fireTimer(police, TIMER_CONTRIBUTION_ESCALATION);
    Task escalation = task(police, TASK_ESCALATE_OVERDUE_CONTRIBUTION);
    assertThat(taskService.getIdentityLinksForTask(escalation.getId())).anySatisfy(l -> assertThat(l.getGroupId()).isEqualTo("board-chair"));
    assertThat(registerEntry(pi).getMilestones()).extracting(m -> m.milestone()).contains("contribution-overdue", "contribution-escalated");
    // the other agency, not overdue, is left alone
    assertThat(tasks(contributionOf(pi, "poole-council"), TASK_CHASE_CONTRIBUTION)).isEmpty();

    // the IMR arrives and is signed off: the open escalation is no longer needed
    submitImr(police);
    signOffImr(police);
    assertThat(tasks(police, TASK_ESCALATE_OVERDUE_CONTRIBUTION)).isEmpty();
    assertThat(timers(police, TIMER_CONTRIBUTION_ESCALATION)).isEmpty();
    assertThat(task(police, TASK_REVIEW_IMR)).isNotNull();
  }

  /**
   * The agency reads its own IMR's process and history; what the chairs write about its lateness (the
   * chase, the escalation) goes to the review instead, and the agency's process never holds it.
   */
  @Test
  void whatTheChairsWriteAboutALateAgencyIsKeptInTheReviewNotInTheAgencysProcess() {
    String caseRef = newCase("Child K");
    ProcessInstance pi = startReview(caseRef, List.of("dorset-police"));
    commissionImrs(pi, List.of("dorset-police"));
    ProcessInstance police = contributionOf(pi, "dorset-police");
    setNow(START.plusMonths(3));
    fireTimer(police, TIMER_CONTRIBUTION_OVERDUE);
    complete(task(police, TASK_CHASE_CONTRIBUTION), vars("chaseNotes", "Manager unresponsive, poor track record",
        "chaseExpectedBy", "2027-02-10"));
    fireTimer(police, TIMER_CONTRIBUTION_ESCALATION);
    // as Tasklist submits a form (submit-form), which also records each field as sent
    formService.submitTaskForm(task(police, TASK_ESCALATE_OVERDUE_CONTRIBUTION).getId(),
        vars("escalationAction", "Wrote to the Chief Constable"));

    for (String written : List.of("chaseNotes", "chaseExpectedBy", "escalationAction")) {
      assertThat(runtimeService.getVariables(police.getId())).as("the agency's process").doesNotContainKey(written);
      assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(police.getId()).variableName(written).count())
          .as("%s in the agency's history", written).isZero();
    }
    assertThat(historyService.createHistoricDetailQuery().processInstanceId(police.getId()).variableUpdates().list())
        .as("no detail of them either").noneSatisfy(detail -> assertThat(String.valueOf(
            ((org.camunda.bpm.engine.history.HistoricVariableUpdate) detail).getValue())).containsAnyOf("unresponsive", "Chief Constable"));
    assertThat(historyService.createHistoricDetailQuery().processInstanceId(police.getId()).formFields().list())
        .as("nor a form field as sent").noneSatisfy(field -> assertThat(String.valueOf(
            ((org.camunda.bpm.engine.history.HistoricFormField) field).getFieldValue())).contains("Chief Constable"));
    String notes = String.valueOf(runtimeService.getVariable(pi.getId(), uk.org.safeguarding.reviews.cases.NotesKeptFromTheAgency.CASE_VARIABLE));
    assertThat(notes).as("the review's record").contains("Manager unresponsive, poor track record", "2027-02-10",
        "Wrote to the Chief Constable", "dorset-police", "Chase overdue IMR");
    submitImr(police);
    assertThat(task(police, TASK_SIGN_OFF_IMR)).as("the IMR goes on as before").isNotNull();
  }

  @Test
  void thePanelCanSendAnImrBackForReworkWithANewDate() {
    String caseRef = newCase("Child R");
    ProcessInstance pi = startReview(caseRef, List.of("dorset-police"));
    commissionImrs(pi, List.of("dorset-police"));
    ProcessInstance police = contributionOf(pi, "dorset-police");
    submitImr(police);
    // the senior manager first returns it to the author
    complete(police, TASK_SIGN_OFF_IMR, vars("seniorManagerName", "Chief Constable", "imrSignOff", RETURNED, "signOffNotes", "Add 2010"));
    submitImr(police);
    signOffImr(police);

    assertRefused(() -> complete(police, TASK_REVIEW_IMR, vars("imrPanelDecision", REWORK)),
        "'What needs to change' is required", "'Rework due by' is required");
    assertRefused(() -> complete(police, TASK_REVIEW_IMR, vars("imrPanelDecision", REWORK,
        "reworkRequest", "More analysis", "reworkDueDate", "2026-10-01")), "'Rework due by' must be after today");

    complete(police, TASK_REVIEW_IMR, vars("imrPanelDecision", REWORK, "reworkRequest", "More analysis of 2010",
        "reworkDueDate", "2026-11-20"));
    Task rework = task(police, TASK_SUBMIT_IMR);
    assertThat(day(rework.getDueDate())).isEqualTo(LocalDate.of(2026, 11, 20));
    assertThat(day(timer(police, TIMER_CONTRIBUTION_OVERDUE).getDuedate())).isEqualTo(LocalDate.of(2026, 11, 20));
    assertThat(runtimeService.getVariable(police.getId(), "reworkRequest")).isEqualTo("More analysis of 2010");

    submitImr(police);
    signOffImr(police);
    complete(police, TASK_REVIEW_IMR, vars("imrPanelDecision", ACCEPTED));
    assertThat(isEnded(police)).isTrue();
    assertThat(task(pi, TASK_SUBMIT_OVERVIEW_REPORT)).isNotNull();
  }

  /** The SCR group chair's request, as the endpoint puts it ({@link ExtensionRequests}). */
  ExtensionRequests.Requested requestExtension(String caseRef, String proposedDueDate, String reason) {
    ExtensionRequests.Requested requested = extensionRequests.request(caseRef, new ExtensionRequests.Request(proposedDueDate, reason),
        "scr.chair");
    runAsynchronousContinuations();
    return requested;
  }

  /** Whether the review waits for an extension request (its message), as it does while no request is with the board chair. */
  boolean extensionRequestAwaited(ProcessInstance pi) {
    return runtimeService.createEventSubscriptionQuery().processInstanceId(pi.getId()).eventType("message")
        .eventName(MESSAGE_EXTENSION_REQUESTED).count() == 1;
  }

  @Test
  void noTaskStandsOpenForAnExtensionThatNobodyHasAskedFor() {
    ProcessInstance pi = startReview(newCase("Child N"), List.of("dorset-police"));
    assertThat(taskService.createTaskQuery().processInstanceId(pi.getId()).list()).extracting(Task::getTaskDefinitionKey)
        .containsExactly(TASK_AGREE_TERMS_OF_REFERENCE);
    assertThat(extensionRequestAwaited(pi)).isTrue();
  }

  @Test
  void anApprovedExtensionMovesTheDeadlineAndItsTimers() {
    String caseRef = newCase("Child G");
    ProcessInstance pi = startReview(caseRef, List.of("dorset-police"));
    assertThat(day(timer(pi, TIMER_REVIEW_OVERDUE).getDuedate())).isEqualTo(LocalDate.of(2027, 5, 4));

    // Seed 001: Child G, one month's extension for adverse weather
    ExtensionRequests.Requested requested = requestExtension(caseRef, "2027-06-04", "Adverse weather delayed panel meetings");
    Task decide = task(pi, TASK_DECIDE_EXTENSION);
    assertThat(requested.decisionTaskId()).isEqualTo(decide.getId());
    assertThat(requested.requestedBy()).isEqualTo("scr.chair");
    // the board chair reads what was asked, by whom and when, dates in words
    assertThat(taskService.getVariable(decide.getId(), "proposedDueDateText")).isEqualTo("4 Jun 2027");
    assertThat(taskService.getVariable(decide.getId(), "extensionReason")).isEqualTo("Adverse weather delayed panel meetings");
    assertThat(taskService.getVariable(decide.getId(), "extensionRequestedAtText")).isEqualTo("2 Nov 2026, 10:00");
    assertThat((String) taskService.getVariable(decide.getId(), "extensionRequestedByName")).isNotBlank();
    assertThat(extensionRequestAwaited(pi)).as("one request at a time").isFalse();

    complete(decide, vars("extensionDecision", "approved", "extensionDecisionReasons", "Agreed: one month"));

    assertThat(day(runtimeService.getVariable(pi.getId(), "reviewDueDate"))).isEqualTo(LocalDate.of(2027, 6, 4));
    assertThat(day(timer(pi, TIMER_REVIEW_OVERDUE).getDuedate())).isEqualTo(LocalDate.of(2027, 6, 4));
    assertThat(day(timer(pi, TIMER_REVIEW_REMINDER).getDuedate()))
        .isEqualTo(deadlines.calendar().addWorkingDays(LocalDate.of(2027, 6, 4), -20));
    assertThat(extensionRequestAwaited(pi)).as("another request may follow").isTrue();
    RegisterEntry entry = registerEntry(pi);
    assertThat(entry.getDueOn()).isEqualTo(LocalDate.of(2027, 6, 4));
    assertThat(entry.clock(CLOCK_COMPLETION).dueOn()).as("the statutory clock moves with the extension").isEqualTo(LocalDate.of(2027, 6, 4));
    assertThat(entry.getMilestones()).extracting(m -> m.milestone()).contains("extension-approved");
    assertThat(runtimeService.getVariable(pi.getId(), "extensions").toString())
        .contains("Adverse weather", "approved", "scr.chair", "2026-11-02T10:00:00Z");
    assertThat(runtimeService.getVariables(pi.getId())).doesNotContainKeys("proposedDueDate", "extensionReason",
        ExtensionRequests.REQUESTED_BY, ExtensionRequests.REQUESTED_AT);
    // the review's work went on meanwhile
    assertThat(task(pi, TASK_AGREE_TERMS_OF_REFERENCE)).isNotNull();
  }

  @Test
  void aRefusedExtensionLeavesTheDeadlineWhereItWas() {
    String caseRef = newCase("Child S");
    ProcessInstance pi = startReview(caseRef, List.of("dorset-police"));
    String overdueJob = timer(pi, TIMER_REVIEW_OVERDUE).getId();
    requestExtension(caseRef, "2027-08-01", "Author unwell");
    complete(pi, TASK_DECIDE_EXTENSION, vars("extensionDecision", "refused", "extensionDecisionReasons", "Find another author"));

    assertThat(day(runtimeService.getVariable(pi.getId(), "reviewDueDate"))).isEqualTo(LocalDate.of(2027, 5, 4));
    assertThat(timer(pi, TIMER_REVIEW_OVERDUE).getId()).as("the same timer keeps running").isEqualTo(overdueJob);
    assertThat(registerEntry(pi).getDueOn()).isEqualTo(LocalDate.of(2027, 5, 4));
    assertThat(registerEntry(pi).getMilestones()).extracting(m -> m.milestone()).contains("extension-refused");
    assertThat(runtimeService.getVariable(pi.getId(), "extensions").toString()).contains("Author unwell", "refused");

    // the review can ask again later
    setToday(LocalDate.of(2027, 1, 11));
    requestExtension(caseRef, "2027-07-01", "New author appointed; she needs two months");
    assertThat(taskService.getVariable(task(pi, TASK_DECIDE_EXTENSION).getId(), "proposedDueDateText")).isEqualTo("1 Jul 2027");
  }

  @Test
  void anExtensionMustMoveTheDeadlineLaterAndGiveItsReason() {
    String caseRef = newCase("Child T");
    ProcessInstance pi = startReview(caseRef, List.of("dorset-police"));
    assertRefused(() -> requestExtension(caseRef, "2027-04-01", "x"), "must be after the current deadline (2027-05-04)");
    assertThat(tasks(pi, TASK_DECIDE_EXTENSION)).isEmpty();
    assertThat(extensionRequestAwaited(pi)).as("nothing happened").isTrue();
    assertThat(runtimeService.getVariables(pi.getId())).doesNotContainKeys("proposedDueDate", "extensionReason",
        ExtensionRequests.REQUESTED_BY);
    assertThat(catchThrowable(() -> requestExtension(caseRef, "2027-07-01", " "))).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("give the reason");
    assertThat(catchThrowable(() -> requestExtension(caseRef, "next month", "Weather"))).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'proposedDueDate' must be a date (YYYY-MM-DD), not 'next month'");
    assertThat(catchThrowable(() -> requestExtension(caseRef, "2027-07-01", "<script>alert(1)</script>")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("markup");
    assertThat(catchThrowable(() -> requestExtension("No such case 123", "2027-07-01", "Weather")))
        .isInstanceOfSatisfying(ResponseStatusException.class, e -> assertThat(e.getStatusCode().value()).isEqualTo(404));

    requestExtension(caseRef, "2027-07-01", "Weather");
    assertThat(catchThrowable(() -> requestExtension(caseRef, "2027-08-01", "And more")))
        .as("one request at a time: the first is with the board chair")
        .isInstanceOfSatisfying(ResponseStatusException.class, e -> assertThat(e.getStatusCode().value()).isEqualTo(409))
        .hasMessageContaining("already with the board chair");
    assertThat(tasks(pi, TASK_DECIDE_EXTENSION)).hasSize(1);
  }

  @Test
  void noUserCorrelatesTheExtensionRequestThroughTheEngine() {
    String caseRef = newCase("Child M");
    ProcessInstance pi = startReview(caseRef, List.of("dorset-police"));
    Throwable thrown = catchThrowable(() -> as("scr.chair", List.of("scr-group-chair", "scr-group"), () ->
        runtimeService.createMessageCorrelation(MESSAGE_EXTENSION_REQUESTED).processInstanceId(pi.getId())
            .setVariable("proposedDueDate", "2027-06-04").setVariable("extensionReason", "Forged").correlateWithResult()));
    assertThat(thrown).isNotNull();
    assertThat(tasks(pi, TASK_DECIDE_EXTENSION)).isEmpty();
    assertThat(runtimeService.getVariables(pi.getId())).doesNotContainKey("extensionReason");
  }

  @Test
  void aReviewPastItsDeadlineIsEscalatedToTheBoardChair() {
    String caseRef = newCase("Child U");
    ProcessInstance pi = startReview(caseRef, List.of("dorset-police"));
    setToday(deadlines.calendar().addWorkingDays(LocalDate.of(2027, 5, 4), -20));
    fireTimer(pi, TIMER_REVIEW_REMINDER);
    assertThat(registerEntry(pi).getMilestones()).extracting(m -> m.milestone()).contains("completion-reminder");

    setToday(LocalDate.of(2027, 5, 5));
    fireTimer(pi, TIMER_REVIEW_OVERDUE);
    Task escalation = task(pi, TASK_ESCALATE_OVERDUE_REVIEW);
    assertThat(escalation.getName()).isEqualTo("Escalated: review past its deadline — " + caseRef);
    assertThat(taskService.getIdentityLinksForTask(escalation.getId())).anySatisfy(l -> assertThat(l.getGroupId()).isEqualTo("board-chair"));

    complete(escalation, vars("overdueAction", "New date agreed with the overview author"));
    assertThat(tasks(pi, TASK_ESCALATE_OVERDUE_REVIEW)).isEmpty();
    assertThat(task(pi, TASK_AGREE_TERMS_OF_REFERENCE)).as("the review goes on").isNotNull();
  }

  @Test
  void theOverviewReportIsWrittenAgainWhenThePanelOrTheBoardChairAsksForChanges() {
    ProcessInstance pi = startReview(newCase("Child R"), List.of("dorset-police"));
    commissionImrs(pi, List.of("dorset-police"));
    deliverAndAcceptImr(pi, "dorset-police");
    complete(pi, TASK_SUBMIT_OVERVIEW_REPORT, vars("overviewReport", "Overview", "recommendations", "1. Train staff"));
    complete(pi, TASK_REVIEW_OVERVIEW_REPORT, vars("overviewPanelDecision", "revise", "overviewPanelComments", "Say more about the school"));
    assertThat(runtimeService.getVariable(pi.getId(), "overviewPanelComments")).isEqualTo("Say more about the school");

    complete(pi, TASK_SUBMIT_OVERVIEW_REPORT, vars("overviewReport", "Overview, with the school", "recommendations", "1. Train staff"));
    complete(pi, TASK_REVIEW_OVERVIEW_REPORT, vars("overviewPanelDecision", "accepted"));
    complete(pi, TASK_SUBMIT_EXECUTIVE_SUMMARY, vars("executiveSummary", "Summary for publication"));
    complete(pi, TASK_SIGN_OFF_REVIEW, vars("reviewSignOff", "returned", "signOffComments", "Name each agency's actions"));
    assertThat(runtimeService.getVariable(pi.getId(), "signOffComments")).isEqualTo("Name each agency's actions");

    completeReviewAfterImrs(pi);
    assertThat(task(pi, TASK_DECIDE_PUBLICATION)).isNotNull();
  }

  @Test
  void publicationCanBeHeldForCriminalProceedingsAndResumed() {
    ProcessInstance pi = reviewAwaitingPublication("Baby F");
    assertRefused(() -> complete(pi, TASK_DECIDE_PUBLICATION, vars("publicationDecision", HOLD_FOR_PROCEEDINGS)),
        "'Why publication is held (proceedings, court)' is required", "'Expected publication date' is required");

    complete(pi, TASK_DECIDE_PUBLICATION, vars("publicationDecision", HOLD_FOR_PROCEEDINGS,
        "holdReason", "Criminal trial of the father", "expectedPublicationDate", "2027-06-01"));
    assertThat(registerEntry(pi).getStatus()).isEqualTo("publication-held");
    Task hold = task(pi, TASK_REVIEW_PUBLICATION_HOLD);
    assertThat(day(hold.getDueDate())).isEqualTo(LocalDate.of(2027, 6, 1));
    assertThat(taskService.getIdentityLinksForTask(hold.getId())).anySatisfy(l -> assertThat(l.getGroupId()).isEqualTo("business-manager"));

    complete(hold, vars("holdDecision", "keep-holding", "expectedPublicationDate", "2027-09-01", "holdNotes", "Trial adjourned"));
    assertThat(day(task(pi, TASK_REVIEW_PUBLICATION_HOLD).getDueDate())).isEqualTo(LocalDate.of(2027, 9, 1));

    complete(pi, TASK_REVIEW_PUBLICATION_HOLD, vars("holdDecision", "resume"));
    assertThat(registerEntry(pi).getStatus()).isEqualTo("publication");
    assertThat(registerEntry(pi).getMilestones()).extracting(m -> m.milestone())
        .containsSubsequence("publication-held", "publication-held", "publication-resumed");
    complete(pi, TASK_DECIDE_PUBLICATION, vars("publicationDecision", PUBLISH_FULL));
    complete(pi, TASK_RECORD_PUBLICATION, vars("publishedOn", "2026-11-02", "evaluationGrade", "good"));
    assertThat(registerEntry(pi).getOutcome()).isEqualTo("good");
  }

  @Test
  void aLocalCsprHasAReviewerAgencyContributionsAndGoesToThePanelAheadOfPublication() {
    String caseRef = newCase("Child 1");
    ProcessInstance pi = runtimeService.startProcessInstanceByKey(KEY, vars("caseReference", caseRef, "reviewMode", MODE_CSPR,
        "incidentSummary", "Serious harm; agencies did not share information", "boardAwareOn", "2026-10-20",
        "agenciesInvolved", json(List.of("dorset-police", "poole-council"))));
    RegisterEntry entry = registerEntry(pi);
    assertThat(entry.getEntryType()).isEqualTo("local-cspr");
    assertThat(entry.clock(CLOCK_PUBLICATION).dueOn()).isEqualTo(LocalDate.of(2027, 5, 4));

    complete(pi, TASK_AGREE_TERMS_OF_REFERENCE, vars("termsOfReference", "Information sharing", "periodUnderReview", "2025-2026",
        "agenciesInvolved", json(List.of("dorset-police", "poole-council"))));
    assertThat(tasks(pi, TASK_APPOINT_PANEL_CHAIR_AND_AUTHOR)).as("no panel chair or overview author in a CSPR").isEmpty();
    complete(pi, TASK_APPOINT_REVIEWER, vars("reviewerName", "Independent Reviewer", "methodology", "systems-learning"));
    assertThat(registerEntry(pi).getPanelChair()).isEqualTo("Independent Reviewer");

    assertThat(tasksOfCase(caseRef, TASK_SUBMIT_IMR)).as("no mandatory IMRs").isEmpty();
    for (String agency : List.of("dorset-police", "poole-council")) {
      complete(contributionOf(pi, agency), TASK_SUBMIT_PRACTICE_CONTRIBUTION, vars("contributionInvolvement", "Involvement",
          "contributionPractitionerViews", "Workload", "contributionLearning", "Learning from " + agency, "contributionAuthor", "Lead"));
    }
    assertThat(runtimeService.getVariable(pi.getId(), "practiceContributions").toString()).contains("Learning from dorset-police");
    completeReviewAfterImrs(pi);

    Task notice = task(pi, TASK_SEND_REPORT_TO_PANEL);
    // 7 working days before the publication deadline of Tuesday 4 May 2027, over the 3 May bank holiday: Thursday 22 April
    assertThat(day(notice.getDueDate())).isEqualTo(LocalDate.of(2027, 4, 22));
    assertRefused(() -> complete(notice, vars("reportSentOn", "2026-11-02", "plannedPublicationDate", "2026-11-06")),
        "less than 7 working days' notice: publish on or after 2026-11-11");
    complete(notice, vars("reportSentOn", "2026-11-02", "plannedPublicationDate", "2026-11-11"));
    assertThat(registerEntry(pi).clock(CLOCK_PRE_PUBLICATION_NOTICE).met()).isTrue();

    complete(pi, TASK_DECIDE_PUBLICATION, vars("publicationDecision", PUBLISH_FULL));
    complete(pi, TASK_RECORD_PUBLICATION, vars("publishedOn", "2026-11-02", "evaluationGrade", "not-evaluated"));
    entry = registerEntry(pi);
    assertThat(entry.clock(CLOCK_PUBLICATION).doneOn()).isEqualTo(LocalDate.of(2026, 11, 2));
    assertThat(entry.clock(CLOCK_PUBLICATION).met()).isTrue();
    assertThat(entry.getStatus()).isEqualTo("action-plan-monitoring");
  }

  @Test
  void anScrRecordsWhetherItMetItsSixMonthsOnTheRegister() {
    ProcessInstance pi = reviewAwaitingPublication("Child X");
    assertThat(registerEntry(pi).clock(CLOCK_COMPLETION).met()).isTrue();
    assertThat(tasks(pi, TASK_SEND_REPORT_TO_PANEL)).as("an SCR has no pre-publication notice").isEmpty();
  }

  @Test
  void theTermsOfReferenceRefuseAnAgencyListSentAsPlainText() {
    ProcessInstance pi = startReview(newCase("Child Y"), List.of("dorset-police"));
    assertRefused(() -> complete(pi, TASK_AGREE_TERMS_OF_REFERENCE, vars("termsOfReference", "Agency involvement",
        "periodUnderReview", "Birth to incident", "agenciesInvolved", Variables.stringValue("[\"dorset-police\"]"))),
        "must be a list");
    assertThat(task(pi, TASK_AGREE_TERMS_OF_REFERENCE)).as("the terms stay open").isNotNull();
  }

  @Test
  void aReviewWithMissingOrImpossibleDataIsNotStarted() {
    String caseRef = newCase("Child V");
    long before = runtimeService.createProcessInstanceQuery().processDefinitionKey(KEY).count();
    assertRefused(() -> runtimeService.startProcessInstanceByKey(KEY, vars("caseReference", caseRef)),
        "'Summary of the incident' is required", "'Agencies involved with the child or family' is required");
    assertRefused(() -> runtimeService.startProcessInstanceByKey(KEY, vars("caseReference", caseRef,
        "incidentSummary", "x", "boardAwareOn", "2026-10-01", "decidedOn", "2027-01-01", "scrCriteria", "mandatory",
        "agenciesInvolved", json(List.of("dorset-police")))), "'Date the board chair decided to initiate the SCR' cannot be in the future");
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(KEY).count()).isEqualTo(before);
    assertThat(register.forCase(caseRef)).isEmpty();
  }
}
