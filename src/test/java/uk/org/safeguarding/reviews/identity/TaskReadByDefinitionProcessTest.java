package uk.org.safeguarding.reviews.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.org.safeguarding.reviews.contribution.ContributionProcess.TASK_SUBMIT_BRIEFING_NOTE;
import static uk.org.safeguarding.reviews.referral.ReferralProcess.KEY;
import static uk.org.safeguarding.reviews.referral.ReferralProcess.TASK_TRIAGE_REFERRAL;

import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import uk.org.safeguarding.reviews.engine.ProcessKeys;
import uk.org.safeguarding.reviews.support.ProcessTest;
import uk.org.safeguarding.reviews.support.ProcessTestBase;
import uk.org.safeguarding.reviews.support.RestClient;

/**
 * An agency's task list read through its grants by definition ({@link TaskReadByDefinition}) shows
 * exactly what the engine's own check shows: its own tasks; a task granted to it one by one, or a
 * revoke, brings the engine's check back; a query for other processes finds nothing more.
 */
@ProcessTest
class TaskReadByDefinitionProcessTest extends ProcessTestBase {

  static final String POLICE = "dorset-police";
  static final List<String> POLICE_GROUPS = List.of("agency-dorset-police");

  @Autowired AuthorizationService authorizationService;
  @Autowired ProcessEngine processEngine;
  @Autowired org.camunda.bpm.engine.FilterService filterService;
  private final List<String> addedGrants = new java.util.ArrayList<>();

  @AfterEach
  void removeAddedGrants() {
    addedGrants.forEach(authorizationService::deleteAuthorization);
  }

  private ProcessInstance referral(String caseReference) {
    return runtimeService.startProcessInstanceByKey(KEY, vars(
        "caseReference", caseReference, "incidentSummary", "Child injured", "referringAgency", "Police",
        "boardAwareOn", "2026-10-30", "agenciesInvolved", json(List.of(POLICE)), "mediaInterest", false));
  }

  /** A referral triaged, so the police and the council are each asked for a briefing note. */
  private Task policeBriefingNote(String caseReference) {
    complete(referral(caseReference), TASK_TRIAGE_REFERRAL, vars("agenciesInvolved", json(List.of(POLICE, "poole-council"))));
    return tasksOfCase(caseReference, TASK_SUBMIT_BRIEFING_NOTE).stream()
        .filter(task -> "agency-dorset-police".equals(task.getTenantId())).findFirst().orElseThrow();
  }

  private List<String> policeSees(String caseReference) {
    return as(POLICE, POLICE_GROUPS, () -> taskService.createTaskQuery().processInstanceBusinessKey(caseReference).unlimitedList())
        .stream().map(Task::getId).toList();
  }

  private Set<String> readableByPolice() {
    ProcessEngineConfigurationImpl engine = (ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration();
    return engine.getCommandExecutorTxRequired().execute((Command<Set<String>>) context ->
        TaskReadByDefinition.readableDefinitions(context, POLICE, POLICE_GROUPS));
  }

  /** A grant or revoke for a user or for a group (the other null), not yet saved. */
  private Authorization authorization(int type, String userId, String groupId, Resources resource, String resourceId) {
    Authorization authorization = authorizationService.createNewAuthorization(type);
    if (userId != null) {
      authorization.setUserId(userId);
    } else {
      authorization.setGroupId(groupId);
    }
    authorization.setResource(resource);
    authorization.setResourceId(resourceId);
    return authorization;
  }

  private void grant(Authorization authorization) {
    addedGrants.add(authorizationService.saveAuthorization(authorization).getId());
  }

  @Test
  void anAgencyReadsItsTasksByDefinitionAndSeesItsOwnOnly() {
    String caseReference = newCase("Child Definition");
    Task police = policeBriefingNote(caseReference);

    assertThat(readableByPolice()).containsExactlyInAnyOrder(ProcessKeys.AGENCY_CONTRIBUTION, ProcessKeys.ACTION_DELIVERY);
    assertThat(policeSees(caseReference)).containsExactly(police.getId());
    TaskQuery same = taskService.createTaskQuery().processInstanceBusinessKey(caseReference);
    assertThat(as(POLICE, POLICE_GROUPS, same::count)).as("count, then the list, on one query").isOne();
    assertThat(as(POLICE, POLICE_GROUPS, same::unlimitedList)).extracting(Task::getId).containsExactly(police.getId());
    assertThat(((TaskQueryImpl) same).getAuthCheck().isAuthorizationCheckEnabled())
        .as("the engine's join replaced by the definitions").isFalse();
    assertThat(as(POLICE, POLICE_GROUPS, () -> taskService.createTaskQuery().processDefinitionKey(KEY)
        .processInstanceBusinessKey(caseReference).count())).as("the referral's tasks").isZero();
    assertThat(as(POLICE, POLICE_GROUPS, () -> taskService.createTaskQuery()
        .processDefinitionKeyIn(KEY, ProcessKeys.AGENCY_CONTRIBUTION).processInstanceBusinessKey(caseReference).unlimitedList()))
        .extracting(Task::getId).containsExactly(police.getId());
    assertThat(as(POLICE, POLICE_GROUPS, () -> taskService.createTaskQuery().processDefinitionKeyIn(KEY)
        .processInstanceBusinessKey(caseReference).count())).as("asked only for processes it may not read").isZero();
  }

  @Test
  void aSavedFilterListedAsTheAgencyKeepsItsOwnQuery() {
    String caseReference = newCase("Child Filter");
    Task police = policeBriefingNote(caseReference);
    org.camunda.bpm.engine.filter.Filter filter = filterService.newTaskFilter("Police test filter")
        .setQuery(taskService.createTaskQuery().processInstanceBusinessKey(caseReference));
    filterService.saveFilter(filter);
    Authorization mayRead = authorization(Authorization.AUTH_TYPE_GRANT, POLICE, null, Resources.FILTER, filter.getId());
    mayRead.addPermission(Permissions.READ);
    authorizationService.saveAuthorization(mayRead); // deleted with the filter
    try {
      assertThat(as(POLICE, POLICE_GROUPS, () -> filterService.<Task>listPage(filter.getId(), 0, RestClient.MAX_RESULTS)))
          .extracting(Task::getId).containsExactly(police.getId());
      assertThat(as(POLICE, POLICE_GROUPS, () -> filterService.count(filter.getId()))).isOne();
      TaskQueryImpl saved = filterService.getFilter(filter.getId()).getQuery();
      assertThat(saved.getProcessDefinitionKeys()).as("the definitions are the query's, not saved with the filter").isNull();
    } finally {
      filterService.deleteFilter(filter.getId());
    }
  }

  @Test
  void aTaskGrantedOnItsOwnBringsTheEnginesCheckBack() {
    String caseReference = newCase("Child Granted");
    ProcessInstance referral = referral(caseReference);
    Task triage = task(referral, TASK_TRIAGE_REFERRAL);
    assertThat(policeSees(caseReference)).isEmpty();

    Authorization grant = authorization(Authorization.AUTH_TYPE_GRANT, null, "agency-dorset-police", Resources.TASK, triage.getId());
    grant.addPermission(Permissions.READ);
    grant(grant);

    assertThat(readableByPolice()).as("not all by definition now").isNull();
    assertThat(policeSees(caseReference)).containsExactly(triage.getId());
  }

  @Test
  void aRevokeBringsTheEnginesCheckBack() {
    String caseReference = newCase("Child Revoked");
    Task police = policeBriefingNote(caseReference);

    Authorization revoke = authorization(Authorization.AUTH_TYPE_REVOKE, POLICE, null, Resources.PROCESS_DEFINITION,
        ProcessKeys.AGENCY_CONTRIBUTION);
    revoke.removePermission(ProcessDefinitionPermissions.READ_TASK);
    grant(revoke);

    assertThat(readableByPolice()).isNull();
    assertThat(policeSees(caseReference)).as("the user's revoke outweighs the group's grant").isEmpty();
    assertThat(as("another.officer", POLICE_GROUPS, () -> taskService.createTaskQuery().processInstanceBusinessKey(caseReference).unlimitedList()))
        .extracting(Task::getId).containsExactly(police.getId());
  }

  @Test
  void aGrantOnEveryDefinitionIsLeftToTheEngine() {
    String caseReference = newCase("Child Everything");
    ProcessInstance referral = referral(caseReference);
    Authorization everything = authorization(Authorization.AUTH_TYPE_GRANT, POLICE, null, Resources.PROCESS_DEFINITION, Authorization.ANY);
    everything.addPermission(ProcessDefinitionPermissions.READ_TASK);
    grant(everything);

    assertThat(readableByPolice()).isNull();
    assertThat(policeSees(caseReference)).containsExactly(task(referral, TASK_TRIAGE_REFERRAL).getId());
  }

  @Test
  void onPostgresqlTheGrantsForReadingTasksHaveIndexesOfTheirOwn() {
    if (!"postgres".equals(((ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration()).getDatabaseType())) {
      return;
    }
    assertThat(jdbc.queryForList("select indexname from pg_indexes where tablename = 'act_ru_authorization'", String.class))
        .contains(TaskReadByDefinition.INDEX_BY_USER.toLowerCase(), TaskReadByDefinition.INDEX_BY_GROUP.toLowerCase());
  }
}
