package uk.org.safeguarding.reviews.lado;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_REVOKE;

import java.util.List;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.HistoricTaskPermissions;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import uk.org.safeguarding.reviews.calendar.Deadlines;
import uk.org.safeguarding.reviews.engine.SystemActions;
import uk.org.safeguarding.reviews.identity.AccessRules;
import uk.org.safeguarding.reviews.identity.Groups;

/**
 * Who sees a LADO case: the lado group, case by case, and never a LADO excluded from it.
 *
 * <p>No one is granted LADO processes by definition. Each LADO process instance (the case, each
 * investigation strand, a 12-month escalation) grants the lado group its instance and its history
 * when it starts ({@code ladoCaseAccess}, the models' process start listener); each task is the
 * candidate group's. A LADO excluded from a case (a conflict of interest: they know the person, or
 * it is about a colleague) gets a revocation, which Camunda ranks above any group grant, on every
 * instance, history and task of the case, now and as new ones are created
 * ({@code ladoTaskAccess}, every LADO task's create listener). So nothing of the case reaches them by
 * any API: not the instance, its variables, its history, its tasks, nor the strand an agency runs.
 */
@Component("ladoCaseAccess")
public class LadoCaseAccess implements ExecutionListener {

  private final AuthorizationService authorizations;
  private final AccessRules rules;
  private final HistoryService history;
  private final TaskService tasks;
  private final LadoRecords records;
  private final SystemActions system;
  private final Deadlines deadlines;

  // engine services: this bean is named in models, built with the engine's beans around it
  public LadoCaseAccess(@Lazy AuthorizationService authorizations, @Lazy HistoryService history, @Lazy TaskService tasks,
      @Lazy AccessRules rules, LadoRecords records, SystemActions system, Deadlines deadlines) {
    this.rules = rules;
    this.deadlines = deadlines;
    this.authorizations = authorizations;
    this.history = history;
    this.tasks = tasks;
    this.records = records;
    this.system = system;
  }

  /** A LADO process instance starts: the lado group may read it and its history; the case's excluded LADOs may not. */
  @Override
  public void notify(DelegateExecution execution) {
    String instance = execution.getProcessInstanceId();
    system.run(() -> {
      rules.grant(Groups.LADO, Resources.PROCESS_INSTANCE, instance, Permissions.READ);
      rules.grant(Groups.LADO, Resources.HISTORIC_PROCESS_INSTANCE, instance, HistoricProcessInstancePermissions.READ);
      String reference = execution.getProcessBusinessKey();
      if (reference != null) {
        records.excludedUsers(reference).forEach(user -> revokeInstance(user, instance));
      }
    });
  }

  /** Every LADO task, as it is created: the case's excluded LADOs may not see it. */
  @Component("ladoTaskAccess")
  public static class TaskAccess implements TaskListener {

    private final LadoCaseAccess access;

    public TaskAccess(LadoCaseAccess access) {
      this.access = access;
    }

    @Override
    public void notify(DelegateTask task) {
      access.hideFromExcluded(task);
    }
  }

  /** A new task of a case: hidden from the LADOs excluded from that case. */
  public void hideFromExcluded(DelegateTask task) {
    String reference = task.getExecution().getProcessBusinessKey();
    if (reference != null) {
      system.run(() -> records.excludedUsers(reference).forEach(user -> revokeTask(user, task.getId())));
    }
  }

  /**
   * Excludes a LADO from a case and from every other case about the same person (the conflict of interest
   * is with the person, and a later case's earlier concerns name the earlier ones): recorded with the
   * reason, and from now on nothing of those cases is theirs to see or do. A task they had claimed goes
   * back to the group.
   */
  @Transactional
  public void exclude(String reference, String userId, String reason, String excludedBy) {
    excludeFromCase(reference, userId, reason, excludedBy);
    for (String other : records.otherCasesAboutThePerson(reference)) {
      if (!records.isExcluded(other, userId)) {
        excludeFromCase(other, userId, samePersonReason(reference), excludedBy);
      }
    }
  }

  /**
   * A case just opened ({@code ServiceTask_OpenAllegation}, before anything of it is shown): whoever is kept
   * away from another case about the same person is kept away from this one too.
   */
  public void carryOverExclusions(String reference, String instance) {
    for (String other : records.otherCasesAboutThePerson(reference)) {
      for (LadoExclusion exclusion : records.exclusionsFrom(other)) {
        if (!records.isExcluded(reference, exclusion.getUserId())) {
          records.exclude(reference, exclusion.getUserId(), samePersonReason(other), exclusion.getExcludedBy(), deadlines.today());
          system.run(() -> revokeInstance(exclusion.getUserId(), instance));
        }
      }
    }
  }

  private static String samePersonReason(String reference) {
    return "Kept away from " + reference + ", about the same person";
  }

  private void excludeFromCase(String reference, String userId, String reason, String excludedBy) {
    records.exclude(reference, userId, reason, excludedBy, deadlines.today());
    system.run(() -> {
      for (HistoricProcessInstance instance : history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(reference).list()) {
        revokeInstance(userId, instance.getId());
        for (Task task : tasks.createTaskQuery().processInstanceId(instance.getId()).list()) {
          if (userId.equals(task.getAssignee())) {
            tasks.setAssignee(task.getId(), null);
          }
          revokeTask(userId, task.getId());
        }
      }
    });
  }

  private void revokeInstance(String userId, String instance) {
    revoke(userId, Resources.PROCESS_INSTANCE, instance, Permissions.ALL);
    revoke(userId, Resources.HISTORIC_PROCESS_INSTANCE, instance, HistoricProcessInstancePermissions.ALL);
  }

  private void revokeTask(String userId, String task) {
    // a grant the engine gave them as assignee or owner would outrank nothing, but it goes too
    for (Authorization own : authorizations.createAuthorizationQuery().userIdIn(userId).resourceType(Resources.TASK)
        .resourceId(task).list()) {
      if (own.getAuthorizationType() == AUTH_TYPE_GRANT) {
        authorizations.deleteAuthorization(own.getId());
      }
    }
    revoke(userId, Resources.TASK, task, Permissions.ALL);
    revoke(userId, Resources.HISTORIC_TASK, task, HistoricTaskPermissions.ALL);
  }

  private void revoke(String userId, Resource resource, String id, Permission all) {
    List<Authorization> existing = authorizations.createAuthorizationQuery().authorizationType(AUTH_TYPE_REVOKE)
        .userIdIn(userId).resourceType(resource).resourceId(id).list();
    if (!existing.isEmpty()) {
      return;
    }
    Authorization revoke = authorizations.createNewAuthorization(AUTH_TYPE_REVOKE);
    revoke.setUserId(userId);
    revoke.setResource(resource);
    revoke.setResourceId(id);
    revoke.removePermission(all);
    authorizations.saveAuthorization(revoke);
  }
}
