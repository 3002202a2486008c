package uk.org.safeguarding.reviews.identity;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.cfg.auth.DefaultAuthorizationProvider;
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
 */
public class AgencyTaskAuthorizations extends DefaultAuthorizationProvider {

  @Override
  public AuthorizationEntity[] newTaskGroupIdentityLink(Task task, String groupId, String type) {
    if (!IdentityLinkType.CANDIDATE.equals(type) || !AgencyTenants.isAgencyGroup(groupId) || !inAgencyProcess(task)) {
      return super.newTaskGroupIdentityLink(task, groupId, type);
    }
    List<AuthorizationEntity> grants = new ArrayList<>();
    grants.add(createOrUpdateAuthorization(task, null, groupId, Resources.TASK, false, getDefaultUserPermissionForTask()));
    if (isHistoricInstancePermissionsEnabled()) {
      grants.add(createOrUpdateAuthorization(task, null, groupId, Resources.HISTORIC_TASK, true,
          getHistoricPermissions(isEnforceSpecificVariablePermission())));
    }
    return grants.toArray(AuthorizationEntity[]::new);
  }

  private static boolean inAgencyProcess(Task task) {
    return task instanceof TaskEntity entity && entity.getProcessDefinition() != null
        && AgencyTenants.placesTasks(entity.getProcessDefinition().getKey());
  }
}
