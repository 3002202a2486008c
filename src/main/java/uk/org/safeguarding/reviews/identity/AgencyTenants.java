package uk.org.safeguarding.reviews.identity;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;

import uk.org.safeguarding.reviews.engine.ProcessKeys;

/**
 * An agency's tasks, told apart by Camunda's tenant check rather than a grant per task.
 *
 * <p>An agency works in two processes of its own: its contribution to a case and the delivery of
 * an action it owns. Every task of those two processes is placed, as it is created, in a tenant:
 * the agency's own ({@code agency-<slug>}, its group's id) when the agency's group is its only
 * candidate group, otherwise {@value #PARTNERSHIP} (the chair's chase, the board chair's
 * escalation, the SCR group's review of an IMR). The process instances themselves, their variables
 * and their history stay without a tenant and are granted instance by instance as before
 * ({@link AgencyWorkAccess}).
 *
 * <p>So an agency may read the tasks of those two processes by definition
 * ({@link AccessRules#agencyRules}), and the engine's tenant check ({@link AgencyTenantManager})
 * narrows them to its own tenant: its own tasks, never another agency's, never the partnership's.
 * Its task grants carry no READ ({@link AgencyTaskAuthorizations}): the task list no longer joins
 * each task with each of the agency's per-task grants, so it stays flat as open work grows. The
 * partnership's roles read across tenants by their definition grants, as before.
 */
public final class AgencyTenants {

  /** The tenant of the partnership's tasks in an agency's processes: no agency is in it. */
  public static final String PARTNERSHIP = "partnership";
  /** The processes whose tasks are placed in tenants. */
  public static final List<String> PROCESSES = List.of(ProcessKeys.AGENCY_CONTRIBUTION, ProcessKeys.ACTION_DELIVERY);

  private AgencyTenants() {}

  /** Whether a task of this process is placed in a tenant. */
  public static boolean placesTasks(String processDefinitionKey) {
    return PROCESSES.contains(processDefinitionKey);
  }

  /** The tenant of a task of one of {@link #PROCESSES} with these candidate groups. */
  public static String tenantOf(Collection<String> candidateGroups) {
    Set<String> groups = Set.copyOf(candidateGroups);
    if (groups.size() == 1) {
      String group = groups.iterator().next();
      if (isAgencyGroup(group)) {
        return group;
      }
    }
    return PARTNERSHIP;
  }

  /** Whether the group is an agency's ({@code agency-<slug>}); its tenant has the same id. */
  public static boolean isAgencyGroup(String groupId) {
    return groupId != null && groupId.startsWith(Agency.GROUP_PREFIX);
  }

  /**
   * A built-in create listener of every user task (it runs even when a process is changed in
   * Cockpit skipping custom listeners): a task of an agency's process goes to its tenant before
   * it is saved. A task of another process keeps no tenant.
   */
  public static final TaskListener PLACE_TASK = (DelegateTask task) -> {
    TaskEntity entity = (TaskEntity) task;
    if (entity.getProcessDefinition() != null && placesTasks(entity.getProcessDefinition().getKey())) {
      entity.setTenantId(tenantOf(candidateGroups(task)));
    }
  };

  private static List<String> candidateGroups(DelegateTask task) {
    return task.getCandidates().stream()
        .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
        .map(IdentityLink::getGroupId).collect(Collectors.toList());
  }
}
