package uk.org.safeguarding.reviews.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import uk.org.safeguarding.reviews.lado.LadoEscalationProcess;
import uk.org.safeguarding.reviews.localreview.LocalLearningReviewProcess;
import uk.org.safeguarding.reviews.support.ProcessTest;
import uk.org.safeguarding.reviews.support.ProcessTestBase;
import uk.org.safeguarding.reviews.support.RestClient;

/** Each shared Tasklist filter returns what its name says, for the user who opens it. */
@ProcessTest
class TasklistFiltersTest extends ProcessTestBase {

  @Autowired FilterService filterService;
  @Autowired IdentitySetup identitySetup;

  List<String> names(String filter, String user, List<String> groups) {
    String id = filterService.createFilterQuery().filterName(filter).singleResult().getId();
    return as(user, groups, () -> filterService.<Task>listPage(id, 0, RestClient.MAX_RESULTS).stream().map(Task::getName).toList());
  }

  @Test
  void myGroupsTasksKeepsAClaimedTaskAndOverdueAndDueSoonFollowTheClock() {
    String caseRef = newCase("Filters");
    ProcessInstance review = runtimeService.startProcessInstanceByKey(LocalLearningReviewProcess.KEY, vars(
        "caseReference", caseRef, "incidentSummary", "Neglect", "boardAwareOn", "2026-10-01",
        "agenciesInvolved", json(List.of("poole-council")), "localReviewReasons", "Learning"));
    Task terms = task(review, LocalLearningReviewProcess.TASK_AGREE_LOCAL_REVIEW_TERMS); // due Monday 16 November 2026
    List<String> chair = List.of(Groups.SCR_GROUP_CHAIR);
    String title = terms.getName();

    assertThat(names("My groups' tasks", "scr.chair", chair)).contains(title);
    assertThat(names("My groups' tasks", "sam", List.of(Groups.SCR_GROUP))).doesNotContain(title);
    taskService.claim(terms.getId(), "scr.chair");
    assertThat(names("My groups' tasks", "scr.chair", chair)).as("claimed, still the group's").contains(title);
    assertThat(names("Assigned to me", "scr.chair", chair)).contains(title);

    assertThat(names("Due within 5 working days", "scr.chair", chair)).doesNotContain(title);
    assertThat(names("Overdue", "scr.chair", chair)).doesNotContain(title);
    setToday(LocalDate.of(2026, 11, 12));
    assertThat(names("Due within 5 working days", "scr.chair", chair)).contains(title);
    setToday(LocalDate.of(2026, 11, 17));
    assertThat(names("Overdue", "scr.chair", chair)).contains(title);
    assertThat(names("Due within 5 working days", "scr.chair", chair)).doesNotContain(title);
    runtimeService.deleteProcessInstance(review.getId(), "test over");
  }

  @Test
  void escalationsShowTheChasesAndEscalationsThatCameToTheUser() {
    ProcessInstance escalation = runtimeService.startProcessInstanceByKey(LadoEscalationProcess.KEY,
        vars("caseReference", "LADO-2026-9999", "ladoReference", "LADO-2026-9999", "markDue", "2027-11-01"));
    String title = task(escalation, LadoEscalationProcess.TASK_NOTE_LADO_ESCALATION).getName();
    assertThat(names("Escalations", "board.chair", List.of(Groups.BOARD_CHAIR))).contains(title);
    assertThat(names("Escalations", "scr.chair", List.of(Groups.SCR_GROUP_CHAIR))).doesNotContain(title);
    String caseRef = newCase("Not an escalation");
    ProcessInstance review = runtimeService.startProcessInstanceByKey(LocalLearningReviewProcess.KEY, vars(
        "caseReference", caseRef, "incidentSummary", "Neglect", "boardAwareOn", "2026-10-01",
        "agenciesInvolved", json(List.of("poole-council")), "localReviewReasons", "Learning"));
    assertThat(names("Escalations", "scr.chair", List.of(Groups.SCR_GROUP_CHAIR)))
        .doesNotContain(task(review, LocalLearningReviewProcess.TASK_AGREE_LOCAL_REVIEW_TERMS).getName());
    runtimeService.deleteProcessInstance(review.getId(), "test over");
    runtimeService.deleteProcessInstance(escalation.getId(), "test over");
  }

  @Test
  void escalationsFindTheStepsOfAModelDeployedSinceTheLastStart() {
    String newStep = "UserTask_ChaseSomethingNew";
    org.camunda.bpm.engine.repository.Deployment deployment = repositoryService.createDeployment().name("filters-test")
        .addModelInstance("chase.bpmn", org.camunda.bpm.model.bpmn.Bpmn.createExecutableProcess("filters-test-chase")
            .camundaHistoryTimeToLive(1).startEvent().userTask(newStep).name("Chase something new").endEvent().done())
        .deploy();
    try {
      identitySetup.onEngineReady(null); // as at the next start
      assertThat(escalationSteps()).contains(newStep, LadoEscalationProcess.TASK_NOTE_LADO_ESCALATION);
      assertThat(escalations().getProperties()).containsKey(IdentitySetup.MADE_FOR_DEFINITIONS);

      identitySetup.onEngineReady(null); // a start with nothing new deployed: the steps found before are kept
      assertThat(escalationSteps()).contains(newStep, LadoEscalationProcess.TASK_NOTE_LADO_ESCALATION);
      assertThat(escalations().getProperties()).containsEntry("description",
          "Chases and escalations: someone's deadline has passed and it has come to you");
    } finally {
      repositoryService.deleteDeployment(deployment.getId(), true);
      identitySetup.onEngineReady(null);
    }
    assertThat(escalationSteps()).doesNotContain(newStep).contains(LadoEscalationProcess.TASK_NOTE_LADO_ESCALATION);
  }

  private org.camunda.bpm.engine.filter.Filter escalations() {
    return filterService.createFilterQuery().filterName("Escalations").singleResult();
  }

  private List<String> escalationSteps() {
    return List.of(((org.camunda.bpm.engine.impl.TaskQueryImpl) escalations().getQuery()).getTaskDefinitionKeys());
  }

  @Test
  void overdueIsWorkSomeoneMustActOn_noPlaceholderBesideAReviewsDeadline() {
    String caseRef = newCase("No placeholder");
    ProcessInstance review = runtimeService.startProcessInstanceByKey("serious-case-review", vars(
        "caseReference", caseRef, "incidentSummary", "Summary", "boardAwareOn", "2026-10-20",
        "agenciesInvolved", json(List.of("dorset-police")), "scrCriteria", "mandatory", "decisionReasons", "Reasons"));
    String terms = task(review, "UserTask_AgreeTermsOfReference").getName();
    setToday(LocalDate.of(2027, 6, 1)); // past the review's deadline (4 May 2027) and the terms' due date
    List<String> overdue = names("Overdue", "scr.chair", List.of(Groups.SCR_GROUP_CHAIR));
    assertThat(overdue.stream().filter(name -> name.endsWith(caseRef)).toList())
        .as("the review's overdue work, and nothing standing open in case it is needed").containsExactly(terms);
    runtimeService.deleteProcessInstance(review.getId(), "test over");
  }
}
