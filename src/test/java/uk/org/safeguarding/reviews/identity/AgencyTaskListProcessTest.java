package uk.org.safeguarding.reviews.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.org.safeguarding.reviews.contribution.ContributionProcess.TASK_SUBMIT_BRIEFING_NOTE;
import static uk.org.safeguarding.reviews.referral.ReferralProcess.KEY;
import static uk.org.safeguarding.reviews.referral.ReferralProcess.TASK_TRIAGE_REFERRAL;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import uk.org.safeguarding.reviews.support.ProcessTest;
import uk.org.safeguarding.reviews.support.ProcessTestBase;
import uk.org.safeguarding.reviews.support.RestClient;

/**
 * An agency's Tasklist read by {@link AgencyTaskList} gives, page by page and in the same order,
 * exactly what the engine's own statement gives for the same query: its own tasks, claimed or not,
 * by due date, the count the same, page after page; another agency's tasks never. A query
 * with anything more is read by the engine's statement.
 */
@ProcessTest
class AgencyTaskListProcessTest extends ProcessTestBase {

  static final String POLICE = "dorset-police";
  static final List<String> POLICE_GROUPS = List.of("agency-dorset-police");

  @Autowired ProcessEngine processEngine;
  @Autowired FilterService filterService;
  @Autowired AuthorizationService authorizationService;
  private final List<Task> police = new ArrayList<>();
  private final List<Task> council = new ArrayList<>();

  /** Five cases, each asking the police and the council for a briefing note; due dates spread, one with none, one claimed. */
  @BeforeEach
  void openWork() {
    for (int i = 0; i < 5; i++) {
      String caseReference = newCase("Child L" + i);
      ProcessInstance referral = runtimeService.startProcessInstanceByKey(KEY, vars(
          "caseReference", caseReference, "incidentSummary", "Child injured", "referringAgency", "Police",
          "boardAwareOn", "2026-10-30", "agenciesInvolved", json(List.of(POLICE)), "mediaInterest", false));
      complete(referral, TASK_TRIAGE_REFERRAL, vars("agenciesInvolved", json(List.of(POLICE, "poole-council"))));
      for (Task task : tasksOfCase(caseReference, TASK_SUBMIT_BRIEFING_NOTE)) {
        (("agency-" + POLICE).equals(task.getTenantId()) ? police : council).add(task);
      }
    }
    assertThat(police).hasSize(5);
    // due dates out of the order the tasks were created in, and two the same (then the engine's order holds)
    int[] daysAhead = {9, 2, 5, 2, -1};
    for (int i = 0; i < police.size(); i++) {
      Task task = police.get(i);
      task.setDueDate(i == 3 ? null : Date.from(ZonedDateTime.now().plusDays(daysAhead[i]).withNano(0).toInstant()));
      taskService.saveTask(task);
    }
    asPolice(() -> {
      taskService.claim(police.get(1).getId(), POLICE);
      return null;
    });
  }

  private List<String> ids(List<Task> tasks) {
    return tasks.stream().map(Task::getId).toList();
  }

  private <T> T asPolice(Supplier<T> action) {
    return as(POLICE, POLICE_GROUPS, action);
  }

  /** The same query, read by the engine's statement: one more criterion, true of every task here, that this class does not read. */
  private TaskQuery throughTheEngine(TaskQuery query) {
    return query.active();
  }

  private boolean readHere(TaskQuery query) {
    ProcessEngineConfigurationImpl engine = (ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration();
    return asPolice(() -> engine.getCommandExecutorTxRequired().execute((Command<Boolean>) context ->
        AgencyTaskList.readsHere(context, (TaskQueryImpl) query)));
  }

  /**
   * The same tasks as the engine's statement, in the same order of the query's own ordering (the
   * engine leaves the order of ties to the database; here they follow the task's id), the same count,
   * and pages that follow on from each other.
   */
  private void sameAsTheEngine(Supplier<TaskQuery> query, Function<Task, Object> orderedBy) {
    assertThat(readHere(query.get())).as("read by the agency's statement").isTrue();
    assertThat(readHere(throughTheEngine(query.get()))).as("read by the engine's statement").isFalse();
    List<Task> ours = asPolice(() -> query.get().unlimitedList());
    List<Task> engines = asPolice(() -> throughTheEngine(query.get()).unlimitedList());
    assertThat(ids(ours)).containsExactlyInAnyOrderElementsOf(ids(engines));
    assertThat(ours.stream().map(orderedBy).map(String::valueOf).toList())
        .isEqualTo(engines.stream().map(orderedBy).map(String::valueOf).toList());
    assertThat(asPolice(() -> query.get().count())).isEqualTo(asPolice(() -> throughTheEngine(query.get()).count()))
        .isEqualTo(ours.size());
    List<String> paged = new ArrayList<>();
    for (int first = 0; first < ours.size() + 2; first += 2) {
      int from = first;
      paged.addAll(asPolice(() -> ids(query.get().listPage(from, 2))));
    }
    assertThat(paged).as("page after page").isEqualTo(ids(ours));
  }

  @Test
  void theAgencysGroupTasksClaimedOrNotSoonestDueFirst() {
    sameAsTheEngine(() -> taskService.createTaskQuery().taskCandidateGroupIn(POLICE_GROUPS).includeAssignedTasks().orderByDueDate().asc(),
        Task::getDueDate);
    List<String> seen = asPolice(() -> ids(taskService.createTaskQuery().taskCandidateGroupIn(POLICE_GROUPS).includeAssignedTasks()
        .orderByDueDate().asc().unlimitedList()));
    List<String> ours = seen.stream().filter(ids(police)::contains).toList();
    assertThat(ours).containsExactlyInAnyOrderElementsOf(ids(police));
    assertThat(ours.stream().filter(id -> !id.equals(police.get(3).getId())).findFirst()).as("overdue first")
        .contains(police.get(4).getId());
    assertThat(seen).doesNotContainAnyElementsOf(ids(council));
  }

  @Test
  void aClaimLetsTheAgencysUserWorkOnTheTaskAndKeepsTheirListsReadHere() {
    Authorization claimed = authorizationService.createAuthorizationQuery().resourceType(Resources.TASK)
        .resourceId(police.get(1).getId()).userIdIn(POLICE).singleResult();
    assertThat(claimed.isPermissionGranted(Permissions.UPDATE)).isTrue();
    assertThat(claimed.isPermissionGranted(Permissions.READ)).as("read through the agency's grant by definition").isFalse();
    assertThat(readHere(taskService.createTaskQuery().taskAssignee(POLICE))).as("My tasks: an assignee is more than this reads").isFalse();
    assertThat(asPolice(() -> ids(taskService.createTaskQuery().taskAssignee(POLICE).unlimitedList()))).contains(police.get(1).getId());
    sameAsTheEngine(() -> taskService.createTaskQuery().taskCandidateGroupIn(POLICE_GROUPS).includeAssignedTasks().orderByDueDate().asc(),
        Task::getDueDate);
    asPolice(() -> {
      taskService.complete(police.get(1).getId(), vars("agencyInvolvement", "Known to police", "briefingNote", "Police note"));
      return null;
    });
    assertThat(taskService.createTaskQuery().taskId(police.get(1).getId()).count()).as("completed by its assignee").isZero();
  }

  @Test
  void aPartnershipUsersClaimStillGrantsThemTheTask() {
    Task triage = tasksOfCase(newCaseWithReferral(), TASK_TRIAGE_REFERRAL).get(0);
    as("scr.chair", List.of(Groups.SCR_GROUP_CHAIR, Groups.SCR_GROUP), () -> {
      taskService.claim(triage.getId(), "scr.chair");
      return null;
    });
    assertThat(authorizationService.createAuthorizationQuery().resourceType(Resources.TASK).resourceId(triage.getId())
        .userIdIn("scr.chair").singleResult().isPermissionGranted(Permissions.READ)).isTrue();
  }

  private String newCaseWithReferral() {
    String caseReference = newCase("Child M");
    runtimeService.startProcessInstanceByKey(KEY, vars(
        "caseReference", caseReference, "incidentSummary", "Child injured", "referringAgency", "Police",
        "boardAwareOn", "2026-10-30", "agenciesInvolved", json(List.of(POLICE)), "mediaInterest", false));
    return caseReference;
  }

  @Test
  void unclaimedOnlyAndOtherOrders() {
    sameAsTheEngine(() -> taskService.createTaskQuery().taskCandidateGroupIn(POLICE_GROUPS).orderByDueDate().desc(), Task::getDueDate);
    assertThat(asPolice(() -> ids(taskService.createTaskQuery().taskCandidateGroupIn(POLICE_GROUPS).unlimitedList())))
        .as("the claimed task left out").doesNotContain(police.get(1).getId()).contains(police.get(0).getId());
    sameAsTheEngine(() -> taskService.createTaskQuery().taskCandidateGroupIn(POLICE_GROUPS).includeAssignedTasks()
        .orderByTaskCreateTime().desc().orderByTaskPriority().asc(), task -> task.getCreateTime() + " " + task.getPriority());
    sameAsTheEngine(() -> taskService.createTaskQuery().taskCandidateGroup("agency-dorset-police").includeAssignedTasks(), Task::getId);
  }

  @Test
  void everyTaskTheAgencyMaySee() {
    sameAsTheEngine(() -> taskService.createTaskQuery().orderByDueDate().asc(), Task::getDueDate);
    assertThat(asPolice(() -> ids(taskService.createTaskQuery().unlimitedList()))).containsAll(ids(police))
        .doesNotContainAnyElementsOf(ids(council));
  }

  @Test
  void tasklistsFiltersGiveWhatTheEngineGives() {
    for (String name : List.of("My groups' tasks", "All tasks")) {
      String filter = filterService.createFilterQuery().filterName(name).singleResult().getId();
      List<Task> ours = asPolice(() -> filterService.listPage(filter, 0, RestClient.MAX_RESULTS));
      List<Task> engines = asPolice(() -> filterService.listPage(filter, throughTheEngine(taskService.createTaskQuery()), 0, RestClient.MAX_RESULTS));
      assertThat(ids(ours)).as(name).containsExactlyInAnyOrderElementsOf(ids(engines)).containsAll(ids(police))
          .doesNotContainAnyElementsOf(ids(council));
      assertThat(ours.stream().map(task -> String.valueOf(task.getDueDate())).toList()).as(name)
          .isEqualTo(engines.stream().map(task -> String.valueOf(task.getDueDate())).toList());
      assertThat(asPolice(() -> filterService.count(filter))).as(name).isEqualTo(ours.size());
      assertThat(asPolice(() -> ids(filterService.listPage(filter, 1, 2)))).as(name).isEqualTo(ids(ours).subList(1, 3));
    }
  }

  @Test
  void aQueryWithMoreIsReadByTheEngine() {
    assertThat(readHere(taskService.createTaskQuery().taskCandidateGroupIn(POLICE_GROUPS).taskNameLike("%note%"))).isFalse();
    assertThat(readHere(taskService.createTaskQuery().taskCandidateGroupIn(POLICE_GROUPS).processVariableValueEquals("caseReference", "x")))
        .isFalse();
    assertThat(readHere(taskService.createTaskQuery().or().taskCandidateGroupIn(POLICE_GROUPS).taskAssignee(POLICE).endOr())).isFalse();
    assertThat(readHere(taskService.createTaskQuery().taskCandidateUser(POLICE))).isFalse();
    assertThat(readHere(taskService.createTaskQuery().orderByProcessVariable("caseReference", org.camunda.bpm.engine.variable.type.ValueType.STRING)
        .asc())).isFalse();
    // whoever's grants for reading tasks are all by definition is read here, the partnership's chair too: the same tasks
    List<String> chairSees = as("scr.chair", List.of(Groups.SCR_GROUP_CHAIR), () -> ids(taskService.createTaskQuery().unlimitedList()));
    assertThat(chairSees).containsExactlyInAnyOrderElementsOf(as("scr.chair", List.of(Groups.SCR_GROUP_CHAIR),
        () -> ids(throughTheEngine(taskService.createTaskQuery()).unlimitedList()))).containsAll(ids(police)).containsAll(ids(council));
  }
}
