package uk.org.safeguarding.reviews.identity;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.db.CompositePermissionCheck;
import org.camunda.bpm.engine.impl.db.PermissionCheck;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;

/**
 * The engine's authorization checks, less one query: before its first check in every command,
 * Camunda reads the id of every group that holds any grant ({@code SELECT DISTINCT GROUP_ID_ FROM
 * ACT_RU_AUTHORIZATION}), a scan of the whole table, to drop the signed-in user's groups that hold
 * none. Here the user's groups are passed on as they are. The checks find the same grants: a group
 * that holds none matches no row of {@code ACT_RU_AUTHORIZATION} whether it is named or not.
 *
 * <p>An agency's open work holds about three grants per task (its task, its instance, its task's
 * history), so at 10,000 open tasks that scan read 33,000 rows twice for each Tasklist page and
 * count (docs/performance.md).
 *
 * <p>Task queries also read which definitions' tasks the user may read before they run
 * ({@link TaskReadByDefinition}), and a check on named resources (may this user work on this task?)
 * is answered from the grants that can decide it ({@link PermissionAnswers}) instead of by the
 * engine's statement, which took longer to build than to run.
 */
public class AuthorizationChecksWithoutGroupScan extends AuthorizationManager {

  @Override
  public List<String> filterAuthenticatedGroupIds(List<String> authenticatedGroupIds) {
    if (authenticatedGroupIds == null || authenticatedGroupIds.isEmpty()) {
      return EMPTY_LIST;
    }
    LinkedHashSet<String> groups = new LinkedHashSet<>(authenticatedGroupIds);
    groups.removeIf(Objects::isNull);
    return new ArrayList<>(groups);
  }

  /**
   * The engine's task-read check, then, when the user's task-read grants are all by process
   * definition, the same check said as a filter on definitions ({@link TaskReadByDefinition}).
   */
  @Override
  public void configureTaskQuery(TaskQueryImpl query) {
    super.configureTaskQuery(query);
    TaskReadByDefinition.apply(getCommandContext(), query);
  }

  /** A single permission check, as the engine makes it, answered by {@link #isAuthorized(String, List, CompositePermissionCheck)}. */
  @Override
  public boolean isAuthorized(String userId, List<String> groupIds, PermissionCheck check) {
    if (!isAuthorizationEnabled()) {
      return true;
    }
    return isAuthorized(userId, groupIds, createCompositePermissionCheck(check));
  }

  /** The engine's answer; for checks on named resources worked out from the grants that can decide it. */
  @Override
  public boolean isAuthorized(String userId, List<String> groupIds, CompositePermissionCheck check) {
    if (!PermissionAnswers.covers(check)) {
      return super.isAuthorized(userId, groupIds, check);
    }
    for (PermissionCheck permission : check.getAllPermissionChecks()) {
      if (!isResourceValidForPermission(permission)) {
        throw LOG.invalidResourceForPermission(permission.getResource().resourceName(), permission.getPermission().getName());
      }
    }
    List<String> groups = filterAuthenticatedGroupIds(groupIds);
    Boolean revokes = revokesDecided();
    // not yet decided in this command: the same statement tells whether the user, their groups or everyone hold any revoke
    List<PermissionAnswers.Grant> grants = PermissionAnswers.decidingGrants(Context.getCommandContext(), userId, groups, check, revokes == null);
    if (revokes == null) {
      revokes = PermissionAnswers.anyRevoke(grants);
      isRevokeAuthCheckUsed = revokes;
    }
    return PermissionAnswers.answer(check, userId, groups, revokes, grants);
  }

  /** Whether this command's checks look at revokes, if known without asking the database (the engine's rule: once a command). */
  private Boolean revokesDecided() {
    if (isRevokeAuthCheckUsed == null) {
      String mode = Context.getProcessEngineConfiguration().getAuthorizationCheckRevokes();
      if (ProcessEngineConfiguration.AUTHORIZATION_CHECK_REVOKE_ALWAYS.equalsIgnoreCase(mode)) {
        isRevokeAuthCheckUsed = true;
      } else if (ProcessEngineConfiguration.AUTHORIZATION_CHECK_REVOKE_NEVER.equalsIgnoreCase(mode)) {
        isRevokeAuthCheckUsed = false;
      }
    }
    return isRevokeAuthCheckUsed;
  }

  /** Whether revokes are looked at in this command's checks (the engine decides it once a command). */
  boolean revokesLookedAt(String userId, List<String> groupIds) {
    return isRevokeAuthCheckEnabled(userId, groupIds);
  }
}
