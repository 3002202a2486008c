package uk.org.safeguarding.reviews.rapidreview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static uk.org.safeguarding.reviews.rapidreview.RapidReviewProcess.*;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;

import uk.org.safeguarding.reviews.actionplan.ActionDeliveryProcess;
import uk.org.safeguarding.reviews.actionplan.ActionPlanProcess;
import uk.org.safeguarding.reviews.calendar.Deadlines;
import uk.org.safeguarding.reviews.calendar.Timescales;
import uk.org.safeguarding.reviews.contribution.ContributionProcess;
import uk.org.safeguarding.reviews.engine.JsonVariables;
import uk.org.safeguarding.reviews.register.EntryView;
import uk.org.safeguarding.reviews.register.RegisterEntry;
import uk.org.safeguarding.reviews.register.RegisterQuery;
import uk.org.safeguarding.reviews.report.AnnualReport;
import uk.org.safeguarding.reviews.report.AnnualReports;
import uk.org.safeguarding.reviews.review.ReviewProcess;
import uk.org.safeguarding.reviews.support.OverlappingTransactions;
import uk.org.safeguarding.reviews.support.ProcessTest;
import uk.org.safeguarding.reviews.support.ProcessTestBase;

@ProcessTest
class RapidReviewProcessTest extends ProcessTestBase {

  @Autowired Timescales timescales;
  @Autowired PlatformTransactionManager transactions;

  @AfterEach
  void defaultAnchor() {
    timescales.setRapidReviewAnchor("notification");
  }

  /** Aware Thursday 29 October 2026, notified Friday 30 October. */
  ProcessInstance startNotified(String caseRef) {
    return runtimeService.startProcessInstanceByKey(KEY, vars(
        "caseReference", caseRef, "incidentSummary", "Infant with non-accidental head injury", "incidentType", "serious-harm",
        "childArea", "Bournemouth, Christchurch and Poole", "laAwareOn", "2026-10-29", "notificationSubmittedOn", "2026-10-30",
        "agenciesInvolved", json(List.of("dorset-police", "poole-hospital"))));
  }

  ProcessInstance summaryOf(ProcessInstance pi, String agency) {
    return runtimeService.createProcessInstanceQuery().superProcessInstanceId(pi.getId()).variableValueEquals("agency", agency).singleResult();
  }

  void agenciesSummarise(ProcessInstance pi) {
    for (String agency : List.of("dorset-police", "poole-hospital")) {
      complete(summaryOf(pi, agency), ContributionProcess.TASK_SUBMIT_AGENCY_SUMMARY, vars("summaryChronology", "Contacts",
          "summaryAnalysis", "Summary from " + agency, "immediateConcerns", "Sibling safety", "summaryAuthor", "Safeguarding lead"));
    }
  }

  void meetAndSummarise(ProcessInstance pi, String recommendation) {
    complete(pi, TASK_HOLD_RAPID_REVIEW_MEETING, vars("meetingHeldOn", "2026-11-02", "attendees", "Partners and agencies",
        "immediateSafeguardingActions", "Sibling placed with grandparents"));
    writeSummary(pi, recommendation);
  }

  void writeSummary(ProcessInstance pi, String recommendation) {
    complete(pi, TASK_WRITE_RAPID_REVIEW_SUMMARY, vars("summaryAndOutcome", "Summary and outcome", "localRecommendation", recommendation,
        "recommendationReasons", "Concerns about two or more agencies working together", "learningActions", "Bruising protocol refresher",
        "themes", json(List.of("physical-abuse", "multi-agency-working"))));
  }

  void partnersSignOff(ProcessInstance pi) {
    for (Task signOff : tasks(pi, TASK_PARTNER_SIGN_OFF)) {
      complete(signOff, vars("partnerDecision", "agreed"));
    }
  }

  @Test
  void theThreePartnersSigningOffAtTheSameMomentAreAllRecorded() {
    ProcessInstance pi = startNotified(newCase("Child Together"));
    agenciesSummarise(pi);
    meetAndSummarise(pi, "no-local-cspr");
    List<Task> signOffs = tasks(pi, TASK_PARTNER_SIGN_OFF);
    assertThat(signOffs).hasSize(3);

    List<Throwable> outcomes = OverlappingTransactions.run(transactions, signOffs.stream().<Runnable>map(signOff -> () -> {
      String group = taskService.getIdentityLinksForTask(signOff.getId()).get(0).getGroupId(); // e.g. partner-police
      identityService.setAuthentication(group.replace("partner-", "").replace("local-authority", "la") + ".partner", List.of(group));
      try {
        taskService.complete(signOff.getId(), vars("partnerDecision", "agreed"));
      } finally {
        identityService.clearAuthentication();
      }
    }).toList());
    assertThat(outcomes).as("all three sign-offs committed").containsOnlyNulls();
    runAsynchronousContinuations();

    assertThat(runtimeService.getVariable(pi.getId(), "partnerSignOffs").toString())
        .as("each sign-off, with who signed").contains("la.partner", "police.partner", "health.partner");
    assertThat(task(pi, TASK_SUBMIT_TO_NATIONAL_PANEL)).as("signed off by all three, on to the Panel").isNotNull();
  }

  /** Through the 15 working days to the National Panel, awaiting its response. */
  ProcessInstance withThePanel(String name) {
    ProcessInstance pi = startNotified(newCase(name));
    agenciesSummarise(pi);
    meetAndSummarise(pi, "no-local-cspr");
    partnersSignOff(pi);
    complete(pi, TASK_SUBMIT_TO_NATIONAL_PANEL, vars("submittedToPanelOn", "2026-11-02"));
    return pi;
  }

  void panelResponds(ProcessInstance pi, String response) {
    complete(pi, TASK_RECORD_PANEL_RESPONSE, vars("panelResponse", response, "panelResponseReceivedOn", "2026-11-02",
        "panelComments", "Panel letter of 2 November"));
  }

  @Autowired AnnualReports reports;
  @Autowired RegisterQuery registerQuery;

  /** The timeliness table of the reporting year 2026/27, by clock. */
  Map<String, AnnualReport.Timeliness> timeliness() {
    return reports.report(reports.year(2026)).timeliness().stream()
        .collect(java.util.stream.Collectors.toMap(AnnualReport.Timeliness::clock, t -> t));
  }

  /** How much a count of the timeliness table grew. */
  static int grew(Map<String, AnnualReport.Timeliness> before, Map<String, AnnualReport.Timeliness> after, String clock,
      java.util.function.ToIntFunction<AnnualReport.Timeliness> count) {
    return count.applyAsInt(after.get(clock)) - (before.containsKey(clock) ? count.applyAsInt(before.get(clock)) : 0);
  }

  @Test
  void theRegisterShowsEachCasesStepsAndClocks_andTheTimelinessTableCountsThemMetOrMissed() {
    Map<String, AnnualReport.Timeliness> before = timeliness();

    // on time: notified the day after becoming aware, with the Panel 2 November; the Panel agrees a local CSPR
    String onTimeCase = newCase("Child Prompt");
    ProcessInstance onTime = startNotified(onTimeCase);
    agenciesSummarise(onTime);
    meetAndSummarise(onTime, "no-local-cspr");
    partnersSignOff(onTime);
    complete(onTime, TASK_SUBMIT_TO_NATIONAL_PANEL, vars("submittedToPanelOn", "2026-11-02"));
    panelResponds(onTime, AGREE_LOCAL_CSPR);

    // late: the 15 working days end Friday 20 November; the overdue timer fires on Monday 23rd and the review goes that day
    String lateCase = newCase("Child Late");
    ProcessInstance late = startNotified(lateCase);
    setToday(LocalDate.of(2026, 11, 23));
    fireTimer(late, TIMER_RAPID_REVIEW_OVERDUE);
    complete(late, TASK_ESCALATE_OVERDUE_RAPID_REVIEW, vars("overdueAction", "Submitting today"));
    agenciesSummarise(late);
    meetAndSummarise(late, "no-local-cspr");
    partnersSignOff(late);
    complete(late, TASK_SUBMIT_TO_NATIONAL_PANEL, vars("submittedToPanelOn", "2026-11-23"));

    List<EntryView> prompt = registerQuery.forCase(onTimeCase, LocalDate.of(2026, 11, 23), null);
    assertThat(prompt).extracting(EntryView::entryType).containsExactly("rapid-review", "local-cspr");
    EntryView rapid = prompt.get(0);
    assertThat(rapid.milestones()).extracting(m -> m.milestone()).containsSubsequence("la-aware", "notification-submitted",
        "rapid-review-meeting", "submitted-to-panel", "panel-response-" + AGREE_LOCAL_CSPR, "rapid-review-closed");
    assertThat(rapid.clocks()).extracting(EntryView.Clock::clock, EntryView.Clock::anchorOn, EntryView.Clock::dueOn,
        EntryView.Clock::doneOn, EntryView.Clock::state).containsExactly(
        tuple(CLOCK_NOTIFICATION, LocalDate.of(2026, 10, 29), LocalDate.of(2026, 11, 5), LocalDate.of(2026, 10, 30), "met"),
        tuple(CLOCK_RAPID_REVIEW, LocalDate.of(2026, 10, 30), LocalDate.of(2026, 11, 20), LocalDate.of(2026, 11, 2), "met"));
    assertThat(rapid.learningPoints()).isEqualTo("Bruising protocol refresher");
    assertThat(rapid.themes()).containsExactly("physical-abuse", "multi-agency-working");
    assertThat(prompt.get(1).rapidReview()).as("the CSPR names the rapid review it came from").isNotNull();
    assertThat(prompt.get(1).rapidReview().processInstanceId()).isEqualTo(onTime.getId());

    EntryView slow = registerQuery.forCase(lateCase, LocalDate.of(2026, 11, 23), null).get(0);
    assertThat(slow.milestones()).extracting(m -> m.milestone()).contains("rapid-review-overdue", "submitted-to-panel");
    assertThat(slow.clocks()).extracting(EntryView.Clock::clock, EntryView.Clock::doneOn, EntryView.Clock::met,
        EntryView.Clock::state).containsExactly(
        tuple(CLOCK_NOTIFICATION, LocalDate.of(2026, 10, 30), true, "met"),
        tuple(CLOCK_RAPID_REVIEW, LocalDate.of(2026, 11, 23), false, "missed"));

    Map<String, AnnualReport.Timeliness> after = timeliness();
    assertThat(grew(before, after, CLOCK_NOTIFICATION, AnnualReport.Timeliness::due)).isEqualTo(2);
    assertThat(grew(before, after, CLOCK_NOTIFICATION, AnnualReport.Timeliness::met)).isEqualTo(2);
    assertThat(grew(before, after, CLOCK_NOTIFICATION, AnnualReport.Timeliness::missed)).isZero();
    assertThat(grew(before, after, CLOCK_RAPID_REVIEW, AnnualReport.Timeliness::due)).isEqualTo(2);
    assertThat(grew(before, after, CLOCK_RAPID_REVIEW, AnnualReport.Timeliness::met)).isEqualTo(1);
    assertThat(grew(before, after, CLOCK_RAPID_REVIEW, AnnualReport.Timeliness::missed)).isEqualTo(1);
    AnnualReport.Timeliness rapidReviews = after.get(CLOCK_RAPID_REVIEW);
    assertThat(rapidReviews.due()).isEqualTo(rapidReviews.met() + rapidReviews.missed() + rapidReviews.running());
  }

  @Test
  void theFifteenWorkingDaysRunFromTheNotificationAndEscalateToTheChairAndBusinessManager() {
    String caseRef = newCase("Alex");
    ProcessInstance pi = startNotified(caseRef);
    // Friday 30 October + 15 working days = Friday 20 November, close of business
    ZonedDateTime due = timer(pi, TIMER_RAPID_REVIEW_OVERDUE).getDuedate().toInstant().atZone(Deadlines.LONDON);
    assertThat(due.toLocalDate()).isEqualTo(LocalDate.of(2026, 11, 20));
    assertThat(due.toLocalTime()).isEqualTo(LocalTime.of(17, 0));
    assertThat(day(runtimeService.getVariable(pi.getId(), "rapidReviewDueDate"))).isEqualTo(LocalDate.of(2026, 11, 20));
    // agencies' summaries: 10 working days from the notification, Friday 13 November
    assertThat(tasksOfCase(caseRef, ContributionProcess.TASK_SUBMIT_AGENCY_SUMMARY))
        .hasSize(2).allSatisfy(t -> assertThat(day(t.getDueDate())).isEqualTo(LocalDate.of(2026, 11, 13)));

    RegisterEntry entry = registerEntry(pi);
    assertThat(entry.getEntryType()).isEqualTo("rapid-review");
    assertThat(entry.clock(CLOCK_NOTIFICATION).dueOn()).isEqualTo(LocalDate.of(2026, 11, 5));
    assertThat(entry.clock(CLOCK_NOTIFICATION).met()).isTrue();
    assertThat(entry.clock(CLOCK_RAPID_REVIEW).dueOn()).isEqualTo(LocalDate.of(2026, 11, 20));
    assertThat(entry.clock(CLOCK_RAPID_REVIEW).met()).isNull();

    setToday(LocalDate.of(2026, 11, 23));
    fireTimer(pi, TIMER_RAPID_REVIEW_OVERDUE);
    Task escalation = task(pi, TASK_ESCALATE_OVERDUE_RAPID_REVIEW);
    assertThat(taskService.getIdentityLinksForTask(escalation.getId())).extracting(IdentityLink::getGroupId)
        .contains("board-chair", "business-manager");
    assertThat(tasksOfCase(caseRef, ContributionProcess.TASK_SUBMIT_AGENCY_SUMMARY)).as("the work goes on").hasSize(2);

    complete(escalation, vars("overdueAction", "Date agreed with the Panel secretariat: 27 November"));
    assertThat(tasks(pi, TASK_ESCALATE_OVERDUE_RAPID_REVIEW)).isEmpty();
    assertThat(tasksOfCase(caseRef, ContributionProcess.TASK_SUBMIT_AGENCY_SUMMARY)).hasSize(2);
  }

  @Test
  void anAgencysTaskShowsTheCaseAndTheAgencyWhileTheDiagramNamesOnlyTheStep() {
    String caseRef = newCase("Child 13");
    ProcessInstance pi = startNotified(caseRef);
    Task police = task(summaryOf(pi, "dorset-police"), ContributionProcess.TASK_SUBMIT_AGENCY_SUMMARY);

    assertThat(police.getName()).isEqualTo("Rapid review summary — " + caseRef + " — Dorset Police");
    assertThat(task(summaryOf(pi, "poole-hospital"), ContributionProcess.TASK_SUBMIT_AGENCY_SUMMARY).getName())
        .isEqualTo("Rapid review summary — " + caseRef + " — Poole Hospital Foundation Trust");
    assertThat(historyService.createHistoricTaskInstanceQuery().taskId(police.getId()).singleResult().getName())
        .as("Cockpit's history").isEqualTo(police.getName());
    UserTask inTheDiagram = repositoryService.getBpmnModelInstance(police.getProcessDefinitionId())
        .getModelElementById(ContributionProcess.TASK_SUBMIT_AGENCY_SUMMARY);
    assertThat(inTheDiagram.getName()).isEqualTo("Rapid review summary");
  }

  @Test
  void theAnchorCanBeTheLocalAuthorityBecomingAware() {
    timescales.setRapidReviewAnchor("awareness");
    ProcessInstance pi = startNotified(newCase("Alex"));
    // Thursday 29 October + 15 working days = Thursday 19 November
    assertThat(day(timer(pi, TIMER_RAPID_REVIEW_OVERDUE).getDuedate())).isEqualTo(LocalDate.of(2026, 11, 19));
    assertThat(runtimeService.getVariable(pi.getId(), "rapidReviewAnchor")).isEqualTo("awareness");
  }

  @Test
  void theLocalAuthorityIsAskedToNotifyWithinFiveWorkingDays() {
    String caseRef = newCase("Child 9");
    ProcessInstance pi = runtimeService.startProcessInstanceByKey(KEY, vars("caseReference", caseRef, "incidentSummary", "x",
        "incidentType", "death", "childArea", "Poole", "laAwareOn", "2026-10-29", "agenciesInvolved", json(List.of("dorset-police"))));
    Task notify = task(pi, TASK_SUBMIT_NOTIFICATION);
    assertThat(day(notify.getDueDate())).isEqualTo(LocalDate.of(2026, 11, 5));
    assertThat(taskService.getIdentityLinksForTask(notify.getId())).extracting(IdentityLink::getGroupId).contains("partner-local-authority");
    assertThat(timers(pi, TIMER_RAPID_REVIEW_OVERDUE)).as("no 15-day clock before the notification").isEmpty();

    assertRefused(() -> complete(notify, vars("notificationSubmittedOn", "2026-10-28")), "cannot be before the local authority became aware");
    complete(notify, vars("notificationSubmittedOn", "2026-11-02"));
    // Monday 2 November + 15 working days = Monday 23 November
    assertThat(day(timer(pi, TIMER_RAPID_REVIEW_OVERDUE).getDuedate())).isEqualTo(LocalDate.of(2026, 11, 23));
  }

  @Test
  void aNotificationBeforeTheAwarenessOrAnUnknownOutcomeIsRefused() {
    String caseRef = newCase("Child 10");
    assertRefused(() -> runtimeService.startProcessInstanceByKey(KEY, vars("caseReference", caseRef, "incidentSummary", "x",
        "incidentType", "death", "childArea", "Poole", "laAwareOn", "2026-10-29", "notificationSubmittedOn", "2026-10-20",
        "agenciesInvolved", json(List.of("dorset-police")))), "cannot be before the local authority became aware");
    assertThat(register.forCase(caseRef)).isEmpty();

    ProcessInstance pi = withThePanel("Child 11");
    assertRefused(() -> complete(pi, TASK_RECORD_PANEL_RESPONSE, vars("panelResponse", "ignore_it", "panelResponseReceivedOn", "2026-11-02")),
        "'Panel response' must be one of");
    assertRefused(() -> complete(pi, TASK_RECORD_PANEL_RESPONSE, vars("panelResponse", AGREE_NO_REVIEW, "panelResponseReceivedOn", "2026-10-01")),
        "must be between the submission");
  }

  @Test
  void agenciesSummariseThePartnersSignOffAndTheReviewGoesToThePanel() {
    String caseRef = newCase("Child 12");
    ProcessInstance pi = startNotified(caseRef);
    agenciesSummarise(pi);
    assertThat(runtimeService.getVariable(pi.getId(), "agencySummaries").toString()).contains("Summary from dorset-police", "Summary from poole-hospital");
    meetAndSummarise(pi, "no-local-cspr");
    assertThat(registerEntry(pi).milestoneDate("rapid-review-meeting")).isEqualTo(LocalDate.of(2026, 11, 2));

    List<Task> signOffs = tasks(pi, TASK_PARTNER_SIGN_OFF);
    assertThat(signOffs).extracting(Task::getName).containsExactlyInAnyOrder(
        "Sign off the rapid review — " + caseRef + " — Local authority",
        "Sign off the rapid review — " + caseRef + " — Police",
        "Sign off the rapid review — " + caseRef + " — Health (ICB)");
    // the police do not agree: the summary is revised and all three sign again
    for (Task signOff : signOffs) {
      boolean police = taskService.getIdentityLinksForTask(signOff.getId()).stream().anyMatch(l -> "partner-police".equals(l.getGroupId()));
      complete(signOff, police ? vars("partnerDecision", "not-agreed", "partnerComments", "Add the 999 call history")
          : vars("partnerDecision", "agreed"));
    }
    assertThat(tasks(pi, TASK_SUBMIT_TO_NATIONAL_PANEL)).isEmpty();
    assertThat(runtimeService.getVariable(pi.getId(), "partnerSignOffNotes").toString()).contains("Police: Add the 999 call history");
    writeSummary(pi, "no-local-cspr");
    partnersSignOff(pi);

    Task submit = task(pi, TASK_SUBMIT_TO_NATIONAL_PANEL);
    assertThat(day(submit.getDueDate())).isEqualTo(LocalDate.of(2026, 11, 20));
    complete(submit, vars("submittedToPanelOn", "2026-11-02"));
    RegisterEntry entry = registerEntry(pi);
    assertThat(entry.clock(CLOCK_RAPID_REVIEW).met()).isTrue();
    assertThat(entry.getStatus()).isEqualTo("awaiting-panel");
    assertThat(timers(pi, TIMER_RAPID_REVIEW_OVERDUE)).as("no escalation once submitted").isEmpty();
  }

  @Test
  void everyRoundOfSignOffIsKept() {
    ProcessInstance pi = startNotified(newCase("Child Rounds"));
    agenciesSummarise(pi);
    meetAndSummarise(pi, "no-local-cspr");
    for (Task signOff : tasks(pi, TASK_PARTNER_SIGN_OFF)) {
      String group = taskService.getIdentityLinksForTask(signOff.getId()).get(0).getGroupId();
      as(group.replace("partner-", "").replace("local-authority", "la") + ".partner", List.of(group), () -> {
        taskService.complete(signOff.getId(), "partner-police".equals(group)
            ? vars("partnerDecision", "not-agreed", "partnerComments", "Add the 999 call history")
            : vars("partnerDecision", "agreed"));
        return null;
      });
    }
    runAsynchronousContinuations();
    writeSummary(pi, "no-local-cspr");
    partnersSignOff(pi);

    List<Map<String, Object>> signOffs = JsonVariables.records(runtimeService.getVariable(pi.getId(), "partnerSignOffs"));
    assertThat(signOffs).extracting(s -> s.get("round"), s -> s.get("partner"), s -> s.get("decision")).containsExactlyInAnyOrder(
        tuple(1, "local-authority", "agreed"), tuple(1, "police", "not-agreed"), tuple(1, "health", "agreed"),
        tuple(2, "local-authority", "agreed"), tuple(2, "police", "agreed"), tuple(2, "health", "agreed"));
    assertThat(signOffs).filteredOn(s -> "not-agreed".equals(s.get("decision"))).singleElement().satisfies(s -> {
      assertThat(s.get("by")).isEqualTo("police.partner");
      assertThat(s.get("comments")).isEqualTo("Add the 999 call history");
      assertThat(s.get("on")).isEqualTo("2026-11-02");
    });
    assertThat(task(pi, TASK_SUBMIT_TO_NATIONAL_PANEL)).as("the second round agreed").isNotNull();
  }

  @Test
  void thePanelAgreesNoReview_learningActionsAndASevenMinuteBriefing() {
    ProcessInstance pi = withThePanel("Alex");
    panelResponds(pi, AGREE_NO_REVIEW);
    complete(pi, TASK_AGREE_LEARNING_RESPONSE, vars("learningActions", "1. Bruising protocol refresher", "sevenMinuteBriefing", true,
        "localReviewNeeded", false));
    complete(pi, TASK_PUBLISH_SEVEN_MINUTE_BRIEFING, vars("briefingSummary", "Seven points", "briefingPublishedOn", "2026-11-02"));
    assertThat(registerEntry(pi).milestoneDate("seven-minute-briefing-published")).isEqualTo(LocalDate.of(2026, 11, 2));
    ProcessInstance plan = runtimeService.createProcessInstanceQuery().superProcessInstanceId(pi.getId()).processDefinitionKey("action-plan").singleResult();
    assertThat(runtimeService.getVariable(plan.getId(), "reviewType")).isEqualTo("rapid-review");
    assertThat(runtimeService.getVariable(plan.getId(), "recommendations")).isEqualTo("1. Bruising protocol refresher");
    assertThat(registerEntry(pi).getOutcome()).isEqualTo(AGREE_NO_REVIEW);

    deliverTheActionPlan(pi);
    assertThat(isEnded(pi)).isTrue();
    assertThat(processOfCase(LOCAL_LEARNING_REVIEW, pi.getBusinessKey())).as("no local review").isNull();
  }

  /** The rapid review's action plan, of one action, drafted, delivered and signed off. */
  void deliverTheActionPlan(ProcessInstance pi) {
    ProcessInstance plan = runtimeService.createProcessInstanceQuery().superProcessInstanceId(pi.getId())
        .processDefinitionKey(ActionPlanProcess.KEY).singleResult();
    complete(plan, ActionPlanProcess.TASK_DRAFT_ACTION_PLAN, vars("actions", json(List.of(Map.of(
        "recommendation", "Health visitor training", "agency", "poole-council", "owner", "Team manager",
        "dueDate", "2026-12-01", "measureOfSuccess", "Every health visitor trained")))));
    ProcessInstance delivery = runtimeService.createProcessInstanceQuery().superProcessInstanceId(plan.getId()).singleResult();
    complete(agencyTask(delivery, ActionDeliveryProcess.TASK_REPORT_ACTION_PROGRESS, "poole-council"),
        vars("actionStatus", ActionDeliveryProcess.PROGRESS_COMPLETED, "progressNote", "All trained"));
    complete(plan, ActionPlanProcess.TASK_SIGN_OFF_ACTION, vars("actionSignOff", ActionPlanProcess.SIGN_OFF_SIGNED_OFF,
        "signOffNotes", "Training records seen"));
  }

  @Test
  void thePanelAgreesNoReview_noBriefing_andOnceTheActionsAreDoneALocalReviewStarts() {
    ProcessInstance pi = withThePanel("Child 17");
    panelResponds(pi, AGREE_NO_REVIEW);
    complete(pi, TASK_AGREE_LEARNING_RESPONSE, vars("learningActions", "1. Health visitor training", "sevenMinuteBriefing", false,
        "localReviewNeeded", true));
    assertThat(tasks(pi, TASK_PUBLISH_SEVEN_MINUTE_BRIEFING)).isEmpty();
    assertThat(isEnded(pi)).as("the local review waits for the actions").isFalse();
    deliverTheActionPlan(pi);

    assertThat(isEnded(pi)).isTrue();
    assertThat(registerEntry(pi).getStatus()).isEqualTo("closed");
    ProcessInstance local = processOfCase(LOCAL_LEARNING_REVIEW, pi.getBusinessKey());
    assertThat(local).as("a local learning review of the case").isNotNull();
    assertThat(runtimeService.getVariable(local.getId(), "localReviewReasons").toString()).isNotBlank();
  }

  @Test
  void thePanelAgreesALocalCspr_theReviewStartsInCsprModeWithItsSixMonths() {
    ProcessInstance pi = withThePanel("Child 13");
    panelResponds(pi, AGREE_LOCAL_CSPR);
    assertThat(isEnded(pi)).isTrue();
    RegisterEntry rapid = registerEntry(pi);
    assertThat(rapid.getStatus()).isEqualTo("closed");
    assertThat(rapid.getOutcome()).isEqualTo(AGREE_LOCAL_CSPR);
    ProcessInstance cspr = processOfCase(ReviewProcess.KEY, pi.getBusinessKey());
    assertThat(runtimeService.getVariable(cspr.getId(), "reviewMode")).isEqualTo("cspr");
    RegisterEntry review = register.entry(cspr.getId());
    assertThat(review.getEntryType()).isEqualTo("local-cspr");
    // 6 months from the decision on Monday 2 November 2026: Sunday 2 May 2027 -> Tuesday 4 May (3 May is a bank holiday)
    assertThat(review.clock(ReviewProcess.CLOCK_PUBLICATION).dueOn()).isEqualTo(LocalDate.of(2027, 5, 4));
  }

  @Test
  void thePanelDecidesOnANationalReview_eachAgencySendsItsInformation_thenThePartnershipRecordsItsSupport() {
    ProcessInstance pi = withThePanel("Child 14");
    String caseRef = pi.getBusinessKey();
    panelResponds(pi, NATIONAL_REVIEW);

    List<Task> information = tasksOfCase(caseRef, ContributionProcess.TASK_SUBMIT_NATIONAL_REVIEW_INFORMATION);
    assertThat(information).extracting(Task::getName).containsExactlyInAnyOrder(
        "Information for the national review — " + caseRef + " — Dorset Police",
        "Information for the national review — " + caseRef + " — Poole Hospital Foundation Trust");
    // decided Monday 2 November; 15 working days: Monday 23 November, close of business
    assertThat(information).allSatisfy(t -> assertThat(day(t.getDueDate())).isEqualTo(LocalDate.of(2026, 11, 23)));
    assertThat(tasks(pi, TASK_SUPPORT_NATIONAL_REVIEW)).as("the SCR group waits for every agency").isEmpty();

    for (Task task : information) {
      String agency = (String) taskService.getVariable(task.getId(), "agency");
      complete(task, vars("nationalInformationProvided", "Records sent by " + agency,
          "nationalInformationContact", "Named safeguarding lead"));
    }
    assertThat(runtimeService.getVariable(pi.getId(), "nationalReviewInformation").toString())
        .contains("Records sent by dorset-police").contains("Records sent by poole-hospital").contains("Poole Hospital Foundation Trust");

    complete(pi, TASK_SUPPORT_NATIONAL_REVIEW, vars("informationProvided", "Chronologies and agency summaries sent"));
    assertThat(isEnded(pi)).isTrue();
    assertThat(registerEntry(pi).getOutcome()).isEqualTo(NATIONAL_REVIEW);
    assertThat(processOfCase(ReviewProcess.KEY, pi.getBusinessKey())).isNull();
  }

  @Test
  void thePanelFindsALocalReviewMoreAppropriate() {
    ProcessInstance pi = withThePanel("Child 15");
    panelResponds(pi, LOCAL_REVIEW_MORE_APPROPRIATE);
    assertThat(isEnded(pi)).isTrue();
    assertThat(registerEntry(pi).getOutcome()).isEqualTo(LOCAL_REVIEW_MORE_APPROPRIATE);
    assertThat(processOfCase(LOCAL_LEARNING_REVIEW, pi.getBusinessKey())).isNotNull();
  }

  @Test
  void thePanelAsksForMoreInformation_andThenResponds() {
    ProcessInstance pi = withThePanel("Child 16");
    panelResponds(pi, REQUEST_MORE_INFORMATION);
    complete(pi, TASK_PROVIDE_MORE_INFORMATION, vars("informationProvided", "GP records", "sentToPanelOn", "2026-11-02"));
    assertThat(task(pi, TASK_RECORD_PANEL_RESPONSE)).as("the Panel's response is awaited again").isNotNull();
    panelResponds(pi, NATIONAL_REVIEW);
    assertThat(tasksOfCase(pi.getBusinessKey(), ContributionProcess.TASK_SUBMIT_NATIONAL_REVIEW_INFORMATION)).hasSize(2);
    assertThat(registerEntry(pi).getMilestones()).extracting(m -> m.milestone())
        .containsSubsequence("panel-response-request_more_information", "panel-response-national_review");
  }
}
