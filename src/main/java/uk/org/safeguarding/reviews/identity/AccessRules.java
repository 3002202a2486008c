package uk.org.safeguarding.reviews.identity;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GLOBAL;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.List;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.UserOperationLogCategoryPermissions;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import uk.org.safeguarding.reviews.engine.ProcessKeys;

/**
 * Who may do what, as Camunda authorizations made at start-up (never by hand in Admin). Work
 * created later adds its own grants (see {@link AgencyWorkAccess}); a task's candidate group gets
 * read and complete rights on that task from the engine itself (an agency's task in its own
 * processes: complete rights only; it reads them by definition and tenant, {@link AgencyTenants}).
 *
 * <ul>
 *   <li>Every user: Tasklist, and the shared Tasklist filters.</li>
 *   <li>Agencies and the SCR group: start a referral. The SCR group chair and board chair start
 *       reviews and audits.</li>
 *   <li>The partnership's roles ({@link Groups#PARTNERSHIP_ROLES}): read every review process,
 *       its tasks and its history; Cockpit.</li>
 *   <li>The business manager also runs the system day to day: retries a failed job (an incident
 *       in Cockpit) of a review process. Nobody else can, administrators included.</li>
 *   <li>Agencies: read the process definitions (diagrams) of the work they are given and the tasks
 *       of their contributions and action deliveries, which the tenant check narrows to their own
 *       ({@link AgencyTenants}); nothing of a case beyond their own tasks and their own contribution.</li>
 *   <li>LADO and the LADO manager: start a LADO case and see the LADO diagrams; each case's
 *       instances, tasks and history are granted case by case, never by process definition, so a
 *       LADO excluded from a case (conflict of interest) sees nothing of it. No one else is
 *       granted LADO work, except an agency its own strand and the board chair a 12-month
 *       escalation, each in a process of its own without names.</li>
 *   <li>Administrators: users, groups, memberships and authorizations; no case content.</li>
 *   <li>Administrators and the business manager: read who changed users, groups, memberships and
 *       authorizations (the {@code Admin} entries of the user operation log; see
 *       {@link IdentityAuditTrail}). Nobody may change or delete them.</li>
 * </ul>
 */
@Component
public class AccessRules {

  /** The partnership's review processes. */
  public static final List<String> REVIEW_PROCESSES = ProcessKeys.REVIEWS;
  /** The processes an agency works in (it may see their diagrams). */
  public static final List<String> AGENCY_PROCESSES =
      List.of(ProcessKeys.SAFEGUARDING_REFERRAL, ProcessKeys.AGENCY_CONTRIBUTION, ProcessKeys.ACTION_DELIVERY);
  /** LADO allegations management: for the LADO service alone, case by case (see {@code lado.LadoCaseAccess}). */
  public static final List<String> LADO_PROCESSES = ProcessKeys.LADO;

  private final AuthorizationService authorizations;
  private final Agencies agencies;

  public AccessRules(AuthorizationService authorizations, Agencies agencies) {
    this.authorizations = authorizations;
    this.agencies = agencies;
  }

  @EventListener
  @Order(3)
  public void onEngineReady(ApplicationReadyEvent event) {
    grantEveryone(Resources.APPLICATION, "tasklist", Permissions.ACCESS);
    grantEveryone(Resources.FILTER, ANY, Permissions.READ);

    for (String role : Groups.PARTNERSHIP_ROLES) {
      grant(role, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
      for (String process : REVIEW_PROCESSES) {
        grant(role, Resources.PROCESS_DEFINITION, process, ProcessDefinitionPermissions.READ,
            ProcessDefinitionPermissions.READ_INSTANCE, ProcessDefinitionPermissions.READ_HISTORY,
            ProcessDefinitionPermissions.READ_TASK);
      }
    }
    for (String process : REVIEW_PROCESSES) {
      grant(Groups.BUSINESS_MANAGER, Resources.PROCESS_DEFINITION, process, ProcessDefinitionPermissions.RETRY_JOB);
    }
    for (String starter : List.of(Groups.SCR_GROUP, Groups.SCR_GROUP_CHAIR)) {
      allowToStart(starter, ProcessKeys.SAFEGUARDING_REFERRAL);
    }
    for (String chair : List.of(Groups.SCR_GROUP_CHAIR, Groups.BOARD_CHAIR)) {
      allowToStart(chair, ProcessKeys.SERIOUS_CASE_REVIEW);
      allowToStart(chair, ProcessKeys.CASE_AUDIT);
      allowToStart(chair, ProcessKeys.LOCAL_LEARNING_REVIEW);
    }
    for (String localAuthority : List.of(Groups.BUSINESS_MANAGER, Groups.PARTNER_LOCAL_AUTHORITY)) {
      allowToStart(localAuthority, ProcessKeys.RAPID_REVIEW);
    }
    agencies.active().forEach(this::agencyRules);

    // LADO: the diagrams and starting a case; each case is then granted to the lado group on its own,
    // so that a LADO with a conflict of interest can be excluded from it (lado.LadoCaseAccess).
    for (String lado : List.of(Groups.LADO, Groups.LADO_MANAGER)) {
      grant(lado, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
      for (String process : LADO_PROCESSES) {
        grant(lado, Resources.PROCESS_DEFINITION, process, ProcessDefinitionPermissions.READ);
      }
      allowToStart(lado, ProcessKeys.LADO_ALLEGATION);
    }

    grant(Groups.ADMINISTRATORS, Resources.APPLICATION, "admin", Permissions.ACCESS);
    for (Resource identity : List.of(Resources.USER, Resources.GROUP, Resources.GROUP_MEMBERSHIP, Resources.AUTHORIZATION,
        Resources.TENANT, Resources.TENANT_MEMBERSHIP)) {
      grant(Groups.ADMINISTRATORS, identity, ANY, Permissions.ALL);
    }
    for (String auditor : List.of(Groups.ADMINISTRATORS, Groups.BUSINESS_MANAGER)) {
      grant(auditor, Resources.OPERATION_LOG_CATEGORY, UserOperationLogEntry.CATEGORY_ADMIN, UserOperationLogCategoryPermissions.READ);
    }
  }

  /**
   * An agency may refer a case and see the diagrams of the work it is given. One grant per
   * resource: a grant saved earlier in the same transaction is not found again by a query, so a
   * second one for the same resource would be a duplicate (an agency added through the API gets
   * all its rules in one transaction).
   */
  public void agencyRules(Agency agency) {
    for (String process : AGENCY_PROCESSES) {
      if (ProcessKeys.SAFEGUARDING_REFERRAL.equals(process)) {
        allowToStart(agency.groupId(), process);
      } else {
        // its tasks in them: read by definition, narrowed to its own by its tenant (AgencyTenants)
        grant(agency.groupId(), Resources.PROCESS_DEFINITION, process, ProcessDefinitionPermissions.READ,
            ProcessDefinitionPermissions.READ_TASK);
      }
    }
  }

  private void allowToStart(String group, String process) {
    grant(group, Resources.PROCESS_DEFINITION, process, ProcessDefinitionPermissions.READ, ProcessDefinitionPermissions.CREATE_INSTANCE);
    grant(group, Resources.PROCESS_INSTANCE, ANY, Permissions.CREATE);
  }

  /** Adds the permissions to the group's grant on the resource, creating it if need be. */
  public void grant(String group, Resource resource, String resourceId, Permission... permissions) {
    Authorization authorization = authorizations.createAuthorizationQuery().authorizationType(AUTH_TYPE_GRANT)
        .groupIdIn(group).resourceType(resource).resourceId(resourceId).unlimitedList().stream().findFirst()
        .orElseGet(() -> {
          Authorization created = authorizations.createNewAuthorization(AUTH_TYPE_GRANT);
          created.setGroupId(group);
          created.setResource(resource);
          created.setResourceId(resourceId);
          return created;
        });
    save(authorization, permissions);
  }

  /**
   * {@link #grant}, from inside the engine's command that caused it (a task listener, run as the
   * system): written through the engine's own authorization manager, as the engine writes its default
   * grants on a task, rather than with a query and a command of their own (a tenth of the engine's work
   * for each task given to an agency, in a profile of 10,000 deadlines falling due). A grant made
   * earlier in the same command, not yet written to the database, is found and kept.
   */
  static void grantInCommand(String group, Resource resource, String resourceId, Permission... permissions) {
    CommandContext context = Context.getCommandContext();
    AuthorizationEntity grant = context.getDbEntityManager().getCachedEntitiesByType(AuthorizationEntity.class).stream()
        .filter(cached -> cached.getAuthorizationType() == AUTH_TYPE_GRANT && group.equals(cached.getGroupId())
            && cached.getResourceType() == resource.resourceType() && resourceId.equals(cached.getResourceId()))
        .findFirst()
        .orElseGet(() -> newResource(resource, resourceId) ? null
            : context.getAuthorizationManager().findAuthorizationByGroupIdAndResourceId(AUTH_TYPE_GRANT, group, resource, resourceId));
    boolean created = grant == null;
    if (created) {
      grant = new AuthorizationEntity(AUTH_TYPE_GRANT);
      grant.setGroupId(group);
      grant.setResource(resource);
      grant.setResourceId(resourceId);
    }
    boolean changed = addMissing(grant, permissions);
    if (created) {
      context.getAuthorizationManager().insert(grant);
    } else if (changed) {
      context.getAuthorizationManager().update(grant);
    }
  }

  /** A process instance started in this command, not yet written: no grant on it can be in the database. */
  private static boolean newResource(Resource resource, String resourceId) {
    return resource.resourceType() == Resources.PROCESS_INSTANCE.resourceType()
        && AgencyTaskAuthorizations.newInThisCommand(ExecutionEntity.class, resourceId);
  }

  private void grantEveryone(Resource resource, String resourceId, Permission... permissions) {
    Authorization authorization = authorizations.createAuthorizationQuery().authorizationType(AUTH_TYPE_GLOBAL)
        .resourceType(resource).resourceId(resourceId).unlimitedList().stream().findFirst()
        .orElseGet(() -> {
          Authorization created = authorizations.createNewAuthorization(AUTH_TYPE_GLOBAL);
          created.setUserId(ANY);
          created.setResource(resource);
          created.setResourceId(resourceId);
          return created;
        });
    save(authorization, permissions);
  }

  private void save(Authorization authorization, Permission... permissions) {
    boolean created = authorization.getId() == null;
    if (addMissing(authorization, permissions) || created) {
      authorizations.saveAuthorization(authorization);
    }
  }

  /** Adds the permissions the grant lacks; whether it lacked any. */
  private static boolean addMissing(Authorization authorization, Permission... permissions) {
    boolean changed = false;
    for (Permission permission : permissions) {
      if (!authorization.isPermissionGranted(permission)) {
        authorization.addPermission(permission);
        changed = true;
      }
    }
    return changed;
  }
}
