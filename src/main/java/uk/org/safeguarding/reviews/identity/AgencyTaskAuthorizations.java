package uk.org.safeguarding.reviews.identity;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.cfg.auth.DefaultAuthorizationProvider;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.db.DbEntity;
import org.camunda.bpm.engine.impl.db.entitymanager.cache.CachedDbEntity;
import org.camunda.bpm.engine.impl.db.entitymanager.cache.DbEntityState;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;

/**
 * The engine's grants on a new task, but for an agency's task in its own processes
 * ({@link AgencyTenants}): the agency's group may work on it (the engine's default task permission)
 * and read its history, as before; it reads the task itself through its grant on the process
 * definition, narrowed by the tenant check to its own tenant. A per-task READ would put every one of
 * the agency's tasks into the authorization join of its task list once more.
 *
 * <p>Before it grants anything on a task, the engine looks in the database for a grant the group or
 * user already holds on it, to add to that one. For a task created in the same command, not yet
 * written, there can be none: its id is new. That look-up is skipped then (two queries for every task
 * given to an agency; at 10,000 deadlines falling due at once, with a plan made while the grant table
 * was small, each read the whole table). A grant made earlier in the same command is still found in
 * the command's cache, as the engine finds it.
 */
public class AgencyTaskAuthorizations extends DefaultAuthorizationProvider {

  @Override
  public AuthorizationEntity[] newTaskGroupIdentityLink(Task task, String groupId, String type) {
    if (!IdentityLinkType.CANDIDATE.equals(type) || !AgencyTenants.isAgencyGroup(groupId) || !inAgencyProcess(task)) {
      return super.newTaskGroupIdentityLink(task, groupId, type);
    }
    return workAndHistory(task, null, groupId);
  }

  /**
   * A user's grant on an agency's task (as its assignee, owner or candidate) carries no READ either
   * when the user is in that agency: they read it through the agency's grant by definition, as their
   * colleagues do. A READ on a task of their own would send every list of theirs back through the
   * engine's authorization join ({@link TaskReadByDefinition}), and with it the agency's Tasklist
   * ({@link AgencyTaskList}) to the engine's {@code distinct} over all the agency's open work: a
   * claim in Tasklist was enough. Anyone else keeps the engine's grant, READ included.
   */
  @Override
  protected AuthorizationEntity[] createOrUpdateAuthorizationsByUserId(Task task, String userId) {
    if (!inItsAgency(task, userId)) {
      return super.createOrUpdateAuthorizationsByUserId(task, userId);
    }
    return workAndHistory(task, userId, null);
  }

  /** The engine's grants on a task for a user or a group (the other null), less READ: work on it, and read its history. */
  private AuthorizationEntity[] workAndHistory(Task task, String userId, String groupId) {
    List<AuthorizationEntity> grants = new ArrayList<>();
    grants.add(createOrUpdateAuthorization(task, userId, groupId, Resources.TASK, false, getDefaultUserPermissionForTask()));
    if (isHistoricInstancePermissionsEnabled()) {
      grants.add(createOrUpdateAuthorization(task, userId, groupId, Resources.HISTORIC_TASK, true,
          getHistoricPermissions(isEnforceSpecificVariablePermission())));
    }
    return grants.toArray(AuthorizationEntity[]::new);
  }

  /** Whether the task is an agency's, placed in its tenant, and the user a member of that agency. */
  private static boolean inItsAgency(Task task, String userId) {
    String agency = task.getTenantId();
    if (userId == null || agency == null || !AgencyTenants.isAgencyGroup(agency) || !inAgencyProcess(task)) {
      return false;
    }
    CommandContext context = Context.getCommandContext();
    return context.getReadOnlyIdentityProvider().createGroupQuery(context).groupMember(userId).groupId(agency).count() > 0;
  }

  @Override
  protected AuthorizationEntity getGrantAuthorization(String resourceId, String userId, String groupId, Resource resource) {
    return onNewTask(resource, resourceId) ? null : super.getGrantAuthorization(resourceId, userId, groupId, resource);
  }

  @Override
  protected AuthorizationEntity getGrantAuthorizationByGroupId(String groupId, Resource resource, String resourceId) {
    return onNewTask(resource, resourceId) ? null : super.getGrantAuthorizationByGroupId(groupId, resource, resourceId);
  }

  @Override
  protected AuthorizationEntity getGrantAuthorizationByUserId(String userId, Resource resource, String resourceId) {
    return onNewTask(resource, resourceId) ? null : super.getGrantAuthorizationByUserId(userId, resource, resourceId);
  }

  /** Whether the grant would be on a task (or its history) that this command created and has not written yet. */
  private static boolean onNewTask(Resource resource, String resourceId) {
    return (resource.resourceType() == Resources.TASK.resourceType() || resource.resourceType() == Resources.HISTORIC_TASK.resourceType())
        && newInThisCommand(TaskEntity.class, resourceId);
  }

  /**
   * Whether the entity was created in the current command and is not yet in the database, so that no
   * grant on it can be there either.
   */
  static boolean newInThisCommand(Class<? extends DbEntity> type, String id) {
    CommandContext context = Context.getCommandContext();
    if (context == null || id == null) {
      return false;
    }
    CachedDbEntity cached = context.getDbEntityManager().getDbEntityCache().getCachedEntity(type, id);
    return cached != null && cached.getEntityState() == DbEntityState.TRANSIENT;
  }

  private static boolean inAgencyProcess(Task task) {
    return task instanceof TaskEntity entity && entity.getProcessDefinition() != null
        && AgencyTenants.placesTasks(entity.getProcessDefinition().getKey());
  }
}
