package uk.org.safeguarding.reviews.localreview;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.org.safeguarding.reviews.localreview.LocalLearningReviewProcess.*;
import static uk.org.safeguarding.reviews.contribution.ContributionProcess.TASK_CHASE_CONTRIBUTION;
import static uk.org.safeguarding.reviews.contribution.ContributionProcess.TASK_SUBMIT_PRACTICE_CONTRIBUTION;
import static uk.org.safeguarding.reviews.contribution.ContributionProcess.TIMER_CONTRIBUTION_OVERDUE;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;

import uk.org.safeguarding.reviews.actionplan.ActionDeliveryProcess;
import uk.org.safeguarding.reviews.actionplan.ActionPlanProcess;
import uk.org.safeguarding.reviews.register.RegisterEntry;
import uk.org.safeguarding.reviews.support.ProcessTest;
import uk.org.safeguarding.reviews.support.ProcessTestBase;

@ProcessTest
class LocalLearningReviewProcessTest extends ProcessTestBase {

  static final String COUNCIL = "poole-council";
  static final String HEALTH = "community-health";

  ProcessInstance startReview(String caseRef, List<String> agencies) {
    return runtimeService.startProcessInstanceByKey(KEY, vars(
        "caseReference", caseRef,
        "incidentSummary", "Neglect of a young person known to several agencies",
        "boardAwareOn", "2026-10-01",
        "agenciesInvolved", json(agencies),
        "localReviewReasons", "Does not meet the serious incident criteria; learning about transition to adult services"));
  }

  Map<String, Object> terms(List<String> agencies) {
    return vars("localReviewTermsOfReference", "Transition planning for young people with additional needs",
        "reviewerName", "Jane Reviewer, independent reviewer", "reviewMethod", METHOD_PRACTITIONER_LEARNING_EVENT,
        "agenciesInvolved", json(agencies));
  }

  void submitContribution(ProcessInstance review, String agency) {
    complete(contributionOf(review, agency), TASK_SUBMIT_PRACTICE_CONTRIBUTION, vars(
        "contributionInvolvement", "Involvement of " + agency,
        "contributionPractitionerViews", "Caseloads got in the way",
        "contributionLearning", "Learning for " + agency,
        "contributionAuthor", "Safeguarding lead"));
  }

  List<String> candidateGroups(Task task) {
    return taskService.getIdentityLinksForTask(task.getId()).stream().map(IdentityLink::getGroupId)
        .filter(g -> g != null).toList();
  }

  @Test
  void aLocalReviewGathersContributionsIsSignedOffPublishesABriefingAndMonitorsItsActionsToTheEnd() {
    String caseRef = newCase("Young Person 2");
    ProcessInstance pi = startReview(caseRef, List.of(COUNCIL, HEALTH));
    RegisterEntry opened = registerEntry(pi);
    assertThat(opened.getEntryType()).isEqualTo("local-learning-review");
    assertThat(opened.getStatus()).isEqualTo("in-progress");
    assertThat(opened.milestoneDate("board-aware")).isEqualTo(LocalDate.of(2026, 10, 1));
    assertThat(opened.milestoneDate("local-review-started")).isEqualTo(LocalDate.of(2026, 11, 2));
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(pi.getId()).singleResult().getBusinessKey())
        .isEqualTo(caseRef);

    // terms: 10 working days from Monday 2 November 2026
    Task termsTask = task(pi, TASK_AGREE_LOCAL_REVIEW_TERMS);
    assertThat(termsTask.getName()).isEqualTo("Local learning review terms, reviewer and method — " + caseRef);
    assertThat(termsTask.getCamundaFormRef().getKey()).isEqualTo("local-review-terms");
    assertThat(candidateGroups(termsTask)).containsExactly("scr-group-chair");
    assertThat(day(termsTask.getDueDate())).isEqualTo(LocalDate.of(2026, 11, 16));
    complete(termsTask, terms(List.of(COUNCIL, HEALTH)));
    assertThat(registerEntry(pi).getPanelChair()).isEqualTo("Jane Reviewer, independent reviewer");
    assertThat(registerEntry(pi).milestoneDate("contributions-requested")).isEqualTo(LocalDate.of(2026, 11, 2));

    // contributions: 15 working days from Monday 2 November 2026
    List<Task> requests = tasksOfCase(caseRef, TASK_SUBMIT_PRACTICE_CONTRIBUTION);
    assertThat(requests).extracting(Task::getName).containsExactlyInAnyOrder(
        "Agency contribution — " + caseRef + " — Borough of Poole",
        "Agency contribution — " + caseRef + " — NHS Bournemouth and Poole Community Health Services");
    assertThat(requests).allSatisfy(t -> assertThat(day(t.getDueDate())).isEqualTo(LocalDate.of(2026, 11, 23)));
    assertThat(requests).flatExtracting(this::candidateGroups)
        .containsExactlyInAnyOrder("agency-" + COUNCIL, "agency-" + HEALTH);

    submitContribution(pi, COUNCIL);
    assertThat(tasks(pi, TASK_SUBMIT_LOCAL_REVIEW_REPORT)).as("the report waits for every agency").isEmpty();
    setToday(LocalDate.of(2026, 11, 20));
    submitContribution(pi, HEALTH);
    assertThat(runtimeService.getVariable(pi.getId(), "practiceContributions").toString())
        .contains("Learning for " + COUNCIL, "Learning for " + HEALTH, "Borough of Poole");

    // report: 20 working days from Friday 20 November 2026
    Task report = task(pi, TASK_SUBMIT_LOCAL_REVIEW_REPORT);
    assertThat(report.getName()).isEqualTo("Local learning review report — " + caseRef);
    assertThat(candidateGroups(report)).containsExactly("scr-group");
    assertThat(day(report.getDueDate())).isEqualTo(LocalDate.of(2026, 12, 18));
    setToday(LocalDate.of(2026, 11, 30));
    complete(report, vars("findings", "Findings", "recommendations", "1. Transition protocol"));

    // sign-off: 10 working days from Monday 30 November 2026; the chair sends it back
    Task signOff = task(pi, TASK_SIGN_OFF_LOCAL_REVIEW);
    assertThat(candidateGroups(signOff)).containsExactly("scr-group-chair");
    assertThat(day(signOff.getDueDate())).isEqualTo(LocalDate.of(2026, 12, 14));
    complete(signOff, vars("localReviewSignOff", REVISE, "localReviewSignOffComments", "Say more about the GP"));
    // the revision: 20 working days from 30 November, past Christmas Day and the substitute Boxing Day (28 December)
    Task revision = task(pi, TASK_SUBMIT_LOCAL_REVIEW_REPORT);
    assertThat(day(revision.getDueDate())).isEqualTo(LocalDate.of(2026, 12, 30));
    assertThat(taskService.getVariable(revision.getId(), "localReviewSignOffComments")).isEqualTo("Say more about the GP");
    complete(revision, vars("findings", "Findings, with the GP", "recommendations", "1. Transition protocol",
        "themes", json(List.of("neglect", "mental-health"))));
    setToday(LocalDate.of(2026, 12, 1));
    complete(pi, TASK_SIGN_OFF_LOCAL_REVIEW, vars("localReviewSignOff", SIGNED_OFF));
    assertThat(registerEntry(pi).getStatus()).isEqualTo("publishing-briefing");
    assertThat(registerEntry(pi).milestoneDate("local-review-signed-off")).isEqualTo(LocalDate.of(2026, 12, 1));
    assertThat(registerEntry(pi).getConcludedOn()).as("the annual report's date concluded").isEqualTo(LocalDate.of(2026, 12, 1));
    assertThat(registerEntry(pi).getThemes()).isEqualTo("neglect,mental-health");
    assertThat(registerEntry(pi).getLearningPoints()).isEqualTo("Findings, with the GP");

    // 7-minute briefing: 10 working days from Tuesday 1 December 2026
    Task briefing = task(pi, TASK_PUBLISH_SEVEN_MINUTE_BRIEFING);
    assertThat(briefing.getName()).isEqualTo("Publish the 7-minute briefing — " + caseRef);
    assertThat(candidateGroups(briefing)).containsExactly("business-manager");
    assertThat(day(briefing.getDueDate())).isEqualTo(LocalDate.of(2026, 12, 15));
    setToday(LocalDate.of(2026, 12, 9));
    complete(briefing, vars("briefingSummary", "Seven points", "briefingPublishedOn", "2026-12-08",
        "briefingPublishedWhere", "Partnership website"));
    RegisterEntry published = registerEntry(pi);
    assertThat(published.getStatus()).isEqualTo("action-plan-monitoring");
    assertThat(published.milestoneDate(MILESTONE_BRIEFING_PUBLISHED)).isEqualTo(LocalDate.of(2026, 12, 8));
    assertThat(published.getMilestones()).anySatisfy(m -> assertThat(m.description())
        .isEqualTo("7-minute briefing published: Partnership website"));
    assertThat(published.getBriefing()).isEqualTo("Seven points");
    assertThat(published.getBriefingPublishedOn()).isEqualTo(LocalDate.of(2026, 12, 8));
    assertThat(published.getBriefingPublishedWhere()).isEqualTo("Partnership website");

    // action plan
    ProcessInstance actionPlan = runtimeService.createProcessInstanceQuery().superProcessInstanceId(pi.getId())
        .processDefinitionKey(ActionPlanProcess.KEY).singleResult();
    assertThat(actionPlan.getBusinessKey()).isEqualTo(caseRef);
    assertThat(runtimeService.getVariable(actionPlan.getId(), "reviewType")).isEqualTo("local-learning-review");
    assertThat(runtimeService.getVariable(actionPlan.getId(), "recommendations")).isEqualTo("1. Transition protocol");
    Map<String, Object> action = new java.util.LinkedHashMap<>(Map.of("recommendation", "Transition protocol",
        "agency", COUNCIL, "owner", "Head of Children's Services", "dueDate", "2027-03-31",
        "measureOfSuccess", "Audit shows plans start at 16"));
    complete(actionPlan, ActionPlanProcess.TASK_DRAFT_ACTION_PLAN, vars("actions", json(List.of(action))));
    ProcessInstance delivery = runtimeService.createProcessInstanceQuery().superProcessInstanceId(actionPlan.getId())
        .processDefinitionKey(ActionDeliveryProcess.KEY).singleResult();
    complete(delivery, ActionDeliveryProcess.TASK_REPORT_ACTION_PROGRESS,
        vars("actionStatus", ActionDeliveryProcess.PROGRESS_COMPLETED, "progressNote", "Protocol agreed"));
    complete(actionPlan, ActionPlanProcess.TASK_SIGN_OFF_ACTION,
        vars("actionSignOff", ActionPlanProcess.SIGN_OFF_SIGNED_OFF, "signOffNotes", "Seen"));

    assertThat(isEnded(pi)).isTrue();
    assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(pi.getId())
        .activityId(END_LOCAL_REVIEW_CLOSED).count()).isEqualTo(1);
    RegisterEntry closed = registerEntry(pi);
    assertThat(closed.getStatus()).isEqualTo("closed");
    assertThat(closed.getClosedOn()).isEqualTo(LocalDate.of(2026, 12, 9));
  }

  @Test
  void anOverdueContributionIsChased() {
    String caseRef = newCase("Child 1");
    ProcessInstance pi = startReview(caseRef, List.of(COUNCIL));
    complete(pi, TASK_AGREE_LOCAL_REVIEW_TERMS, terms(List.of(COUNCIL)));
    ProcessInstance council = contributionOf(pi, COUNCIL);
    assertThat(day(timer(council, TIMER_CONTRIBUTION_OVERDUE).getDuedate())).isEqualTo(LocalDate.of(2026, 11, 23));
    setToday(LocalDate.of(2026, 11, 24));
    fireTimer(council, TIMER_CONTRIBUTION_OVERDUE);
    Task chase = task(council, TASK_CHASE_CONTRIBUTION);
    assertThat(chase.getName()).isEqualTo("Chase overdue agency contribution — " + caseRef + " — Borough of Poole");
    assertThat(candidateGroups(chase)).containsExactly("scr-group-chair");
    assertThat(task(council, TASK_SUBMIT_PRACTICE_CONTRIBUTION)).as("the agency can still submit").isNotNull();
  }

  @Test
  void aReviewWithoutItsReasonsOrWithAnUnknownAgencyIsNotStarted() {
    String caseRef = newCase("Child 3");
    assertRefused(() -> runtimeService.startProcessInstanceByKey(KEY, vars("caseReference", caseRef,
        "incidentSummary", "x", "boardAwareOn", "2026-10-01", "agenciesInvolved", json(List.of(COUNCIL)))),
        "'Why a local review' is required");
    assertRefused(() -> startReview(caseRef, List.of(COUNCIL, "no-such-agency")), "unknown agencies involved: [no-such-agency]");
    assertThat(register.forCase(caseRef)).isEmpty();
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(KEY).processInstanceBusinessKey(caseRef).count())
        .isZero();
    assertThat(historyService.createHistoricProcessInstanceQuery().processDefinitionKey(KEY)
        .processInstanceBusinessKey(caseRef).count()).isZero();
  }

  @Test
  void badTermsAreRefusedAndNothingIsRequested() {
    String caseRef = newCase("Child 4");
    ProcessInstance pi = startReview(caseRef, List.of(COUNCIL));
    assertRefused(() -> complete(pi, TASK_AGREE_LOCAL_REVIEW_TERMS, terms(List.of("no-such-agency"))), "no-such-agency");
    Map<String, Object> other = terms(List.of(COUNCIL));
    other.put("reviewMethod", METHOD_OTHER);
    assertRefused(() -> complete(pi, TASK_AGREE_LOCAL_REVIEW_TERMS, other), "'The method' is required");
    Map<String, Object> noReviewer = terms(List.of(COUNCIL));
    noReviewer.remove("reviewerName");
    assertRefused(() -> complete(pi, TASK_AGREE_LOCAL_REVIEW_TERMS, noReviewer), "'Reviewer' is required");
    assertThat(task(pi, TASK_AGREE_LOCAL_REVIEW_TERMS)).as("the terms stay open").isNotNull();
    assertThat(runtimeService.createProcessInstanceQuery().superProcessInstanceId(pi.getId()).count()).isZero();
    assertThat(registerEntry(pi).getPanelChair()).isNull();
  }

  @Test
  void aBriefingCannotBePublishedInTheFuture() {
    String caseRef = newCase("Child 5");
    ProcessInstance pi = startReview(caseRef, List.of(COUNCIL));
    complete(pi, TASK_AGREE_LOCAL_REVIEW_TERMS, terms(List.of(COUNCIL)));
    submitContribution(pi, COUNCIL);
    complete(pi, TASK_SUBMIT_LOCAL_REVIEW_REPORT, vars("findings", "F", "recommendations", "R"));
    complete(pi, TASK_SIGN_OFF_LOCAL_REVIEW, vars("localReviewSignOff", SIGNED_OFF));
    assertRefused(() -> complete(pi, TASK_PUBLISH_SEVEN_MINUTE_BRIEFING, vars("briefingSummary", "S",
        "briefingPublishedOn", "2026-11-03", "briefingPublishedWhere", "Website")), "cannot be in the future");
    assertThat(task(pi, TASK_PUBLISH_SEVEN_MINUTE_BRIEFING)).isNotNull();
    assertThat(registerEntry(pi).milestoneDate(MILESTONE_BRIEFING_PUBLISHED)).isNull();
    assertThat(runtimeService.createProcessInstanceQuery().superProcessInstanceId(pi.getId()).count()).isZero();
  }
}
