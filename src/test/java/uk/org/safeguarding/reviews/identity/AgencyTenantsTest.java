package uk.org.safeguarding.reviews.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.org.safeguarding.reviews.contribution.ContributionProcess.TASK_CHASE_CONTRIBUTION;
import static uk.org.safeguarding.reviews.contribution.ContributionProcess.TASK_SUBMIT_BRIEFING_NOTE;
import static uk.org.safeguarding.reviews.contribution.ContributionProcess.TIMER_CONTRIBUTION_OVERDUE;
import static uk.org.safeguarding.reviews.referral.ReferralProcess.KEY;
import static uk.org.safeguarding.reviews.referral.ReferralProcess.TASK_TRIAGE_REFERRAL;

import java.util.List;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import uk.org.safeguarding.reviews.support.ProcessTest;
import uk.org.safeguarding.reviews.support.ProcessTestBase;

/**
 * An agency's tasks are told apart by tenant ({@link AgencyTenants}): each agency sees its own
 * tasks and no other's, not even the partnership's tasks in its own contribution; the partnership
 * sees them all; an agency's task grant carries no READ; and open tasks from before the tenants are
 * placed at start-up.
 */
@ProcessTest
class AgencyTenantsTest extends ProcessTestBase {

  static final List<String> POLICE = List.of("agency-dorset-police");
  static final List<String> COUNCIL = List.of("agency-poole-council");
  static final List<String> CHAIR = List.of(Groups.SCR_GROUP_CHAIR);

  @Autowired AuthorizationService authorizationService;
  @Autowired ProcessEngine processEngine;

  List<Task> briefingNotesAsked(String caseReference) {
    ProcessInstance referral = runtimeService.startProcessInstanceByKey(KEY, vars(
        "caseReference", caseReference, "incidentSummary", "Child injured", "referringAgency", "Police",
        "boardAwareOn", "2026-10-30", "agenciesInvolved", json(List.of("dorset-police")), "mediaInterest", false));
    complete(referral, TASK_TRIAGE_REFERRAL, vars("agenciesInvolved", json(List.of("dorset-police", "poole-council"))));
    return tasksOfCase(caseReference, TASK_SUBMIT_BRIEFING_NOTE);
  }

  Task of(List<Task> tasks, String agency) {
    return tasks.stream().filter(t -> ("agency-" + agency).equals(t.getTenantId())).findFirst().orElseThrow();
  }

  List<String> visibleTaskIds(String user, List<String> groups, String caseReference) {
    return as(user, groups, () -> taskService.createTaskQuery().processInstanceBusinessKey(caseReference).unlimitedList())
        .stream().map(Task::getId).toList();
  }

  @Test
  void eachAgencySeesItsOwnTaskOnlyAndThePartnershipSeesBoth() {
    String caseRef = newCase("Child T");
    List<Task> notes = briefingNotesAsked(caseRef);
    Task police = of(notes, "dorset-police");
    Task council = of(notes, "poole-council");

    assertThat(visibleTaskIds("dorset-police", POLICE, caseRef)).containsExactly(police.getId());
    assertThat(visibleTaskIds("dorset-police", List.of("agency-dorset-police", "a-group-holding-no-grant"), caseRef))
        .as("with a group of no grants besides (the engine's checks are given every group of the user)")
        .containsExactly(police.getId());
    assertThat(visibleTaskIds("poole-council", COUNCIL, caseRef)).containsExactly(council.getId());
    assertThat(visibleTaskIds("cafcass", List.of("agency-cafcass"), caseRef)).isEmpty();
    assertThat(visibleTaskIds("lado", List.of(Groups.LADO), caseRef)).isEmpty();
    assertThat(visibleTaskIds("scr.chair", CHAIR, caseRef)).contains(police.getId(), council.getId());
    assertThat(as("dorset-police", POLICE, () -> taskService.createTaskQuery().taskId(council.getId()).count())).isZero();
    assertThatThrownBy(() -> as("dorset-police", POLICE, () -> taskService.getVariables(council.getId())))
        .as("another agency's task by id").isNotNull();
    assertThatThrownBy(() -> as("dorset-police", POLICE, () -> {
      taskService.complete(council.getId(), vars("agencyInvolvement", "Known", "briefingNote", "Not ours"));
      return null;
    })).as("another agency's task completed").isNotNull();
    assertThat(taskService.createTaskQuery().taskId(council.getId()).count()).as("still open").isOne();
  }

  @Test
  void thePartnershipsTaskInAnAgencysContributionIsNotTheAgencys() {
    String caseRef = newCase("Child U");
    Task police = of(briefingNotesAsked(caseRef), "dorset-police");
    ProcessInstance contribution = runtimeService.createProcessInstanceQuery().processInstanceId(police.getProcessInstanceId()).singleResult();
    fireTimer(contribution, TIMER_CONTRIBUTION_OVERDUE);
    Task chase = task(contribution, TASK_CHASE_CONTRIBUTION);

    assertThat(chase.getTenantId()).isEqualTo(AgencyTenants.PARTNERSHIP);
    assertThat(visibleTaskIds("dorset-police", POLICE, caseRef)).containsExactly(police.getId());
    assertThat(visibleTaskIds("scr.chair", CHAIR, caseRef)).contains(police.getId(), chase.getId());
  }

  @Test
  void anAgencysTaskGrantLetsItWorkOnTheTaskAndReadItsHistoryButReadsNothingItself() {
    Task police = of(briefingNotesAsked(newCase("Child V")), "dorset-police");
    Authorization task = authorizationService.createAuthorizationQuery().resourceType(Resources.TASK).resourceId(police.getId())
        .groupIdIn("agency-dorset-police").singleResult();
    assertThat(task.isPermissionGranted(Permissions.UPDATE)).isTrue();
    assertThat(task.isPermissionGranted(Permissions.READ)).isFalse();
    assertThat(authorizationService.createAuthorizationQuery().resourceType(Resources.HISTORIC_TASK).resourceId(police.getId())
        .groupIdIn("agency-dorset-police").count()).isOne();

    as("dorset-police", POLICE, () -> {
      taskService.complete(police.getId(), vars("agencyInvolvement", "Known to police", "briefingNote", "Police note"));
      return null;
    });
    assertThat(as("dorset-police", POLICE, () -> historyService.createHistoricTaskInstanceQuery().taskId(police.getId()).count()))
        .isOne();
    assertThat(as("poole-council", COUNCIL, () -> historyService.createHistoricTaskInstanceQuery().taskId(police.getId()).count()))
        .isZero();
  }

  @Test
  void aGroupOfferedAnOpenTaskAgainOrLaterHoldsOneGrantOnIt() {
    String caseRef = newCase("Child X");
    Task police = of(briefingNotesAsked(caseRef), "dorset-police");
    // a new task's grants are written without first looking for one in the database (its id is new); once it is
    // there, offering it again adds to the grant the group holds, and a group offered it later gets one of its own
    taskService.addCandidateGroup(police.getId(), "agency-dorset-police");
    taskService.addCandidateGroup(police.getId(), Groups.SCR_GROUP);

    List<Authorization> policeGrants = authorizationService.createAuthorizationQuery().resourceType(Resources.TASK)
        .resourceId(police.getId()).groupIdIn("agency-dorset-police").list();
    assertThat(policeGrants).hasSize(1);
    assertThat(policeGrants.get(0).isPermissionGranted(Permissions.UPDATE)).isTrue();
    assertThat(authorizationService.createAuthorizationQuery().resourceType(Resources.TASK).resourceId(police.getId())
        .groupIdIn(Groups.SCR_GROUP).singleResult().isPermissionGranted(Permissions.READ)).isTrue();
    assertThat(authorizationService.createAuthorizationQuery().resourceType(Resources.HISTORIC_TASK).resourceId(police.getId())
        .groupIdIn("agency-dorset-police").count()).isOne();
    assertThat(authorizationService.createAuthorizationQuery().resourceType(Resources.PROCESS_INSTANCE)
        .resourceId(police.getProcessInstanceId()).groupIdIn("agency-dorset-police").count())
        .as("the agency's sight of its contribution, granted once").isOne();
    as("dorset-police", POLICE, () -> {
      taskService.complete(police.getId(), vars("agencyInvolvement", "Known to police", "briefingNote", "Police note"));
      return null;
    });
  }

  @Test
  void openTasksFromBeforeTheTenantsArePlacedAtStartUp() {
    String caseRef = newCase("Child W");
    List<Task> notes = briefingNotesAsked(caseRef);
    Task police = of(notes, "dorset-police");
    // as an older version left them: no tenant, and a READ in the agency's task grant
    jdbc.update("update ACT_RU_TASK set TENANT_ID_ = null where PROC_INST_ID_ in (select PROC_INST_ID_ from ACT_RU_TASK where ID_ in (?, ?))",
        police.getId(), of(notes, "poole-council").getId());
    jdbc.update("update ACT_RU_AUTHORIZATION set PERMS_ = 6 where RESOURCE_TYPE_ = 7 and RESOURCE_ID_ = ?", police.getId());
    assertThat(taskService.createTaskQuery().processInstanceBusinessKey(caseRef).withoutTenantId().count()).isEqualTo(2);

    AgencyTenantsUpgrade.run((ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration());

    assertThat(taskService.createTaskQuery().processInstanceBusinessKey(caseRef).withoutTenantId().count()).isZero();
    assertThat(taskService.createTaskQuery().taskId(police.getId()).singleResult().getTenantId()).isEqualTo("agency-dorset-police");
    assertThat(authorizationService.createAuthorizationQuery().resourceType(Resources.TASK).resourceId(police.getId())
        .singleResult().isPermissionGranted(Permissions.READ)).isFalse();
    assertThat(visibleTaskIds("dorset-police", POLICE, caseRef)).containsExactly(police.getId());
  }
}
