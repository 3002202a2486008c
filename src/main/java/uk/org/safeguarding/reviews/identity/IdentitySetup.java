package uk.org.safeguarding.reviews.identity;

import static uk.org.safeguarding.reviews.identity.Groups.ADMINISTRATORS;
import static uk.org.safeguarding.reviews.identity.Groups.BOARD_CHAIR;
import static uk.org.safeguarding.reviews.identity.Groups.BUSINESS_MANAGER;
import static uk.org.safeguarding.reviews.identity.Groups.SCR_GROUP;
import static uk.org.safeguarding.reviews.identity.Groups.SCR_GROUP_CHAIR;

import java.util.Map;

import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * At start-up: the partnership's groups (one per role, one per member agency) and the shared
 * Tasklist filters. Demo users are made separately, by {@link DemoUsers}, outside production.
 */
@Component
public class IdentitySetup {

  public static final String WORKFLOW_GROUP_TYPE = "WORKFLOW";

  private final AgencyGroups groups;
  private final Agencies agencies;
  private final FilterService filterService;
  private final TaskService taskService;

  public IdentitySetup(AgencyGroups groups, Agencies agencies, FilterService filterService, TaskService taskService) {
    this.groups = groups;
    this.agencies = agencies;
    this.filterService = filterService;
    this.taskService = taskService;
  }

  @EventListener
  @Order(1)
  public void onEngineReady(ApplicationReadyEvent event) {
    groups.ensureGroup(SCR_GROUP, "SCR group", WORKFLOW_GROUP_TYPE);
    groups.ensureGroup(SCR_GROUP_CHAIR, "SCR group chair", WORKFLOW_GROUP_TYPE);
    groups.ensureGroup(BOARD_CHAIR, "Board chair (independent chair)", WORKFLOW_GROUP_TYPE);
    groups.ensureGroup(BUSINESS_MANAGER, "Business manager", WORKFLOW_GROUP_TYPE);
    groups.ensureGroup(ADMINISTRATORS, "Camunda administrators", "SYSTEM");
    groups.ensureGroup(Groups.LADO, "LADO (allegations management)", WORKFLOW_GROUP_TYPE);
    groups.ensureGroup(Groups.LADO_MANAGER, "LADO service manager", WORKFLOW_GROUP_TYPE);
    groups.ensureGroup(Groups.PARTNER_LOCAL_AUTHORITY, "Safeguarding partner: local authority", WORKFLOW_GROUP_TYPE);
    groups.ensureGroup(Groups.PARTNER_POLICE, "Safeguarding partner: police", WORKFLOW_GROUP_TYPE);
    groups.ensureGroup(Groups.PARTNER_HEALTH, "Safeguarding partner: health (ICB)", WORKFLOW_GROUP_TYPE);
    agencies.active().forEach(groups::ensureGroup);
    createTasklistFilters();
  }

  private void createTasklistFilters() {
    if (filterService.createFilterQuery().count() > 0) {
      return;
    }
    TaskQuery myGroups = taskService.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}")
        .taskUnassigned();
    saveFilter("My groups' tasks", -10, "Tasks for the groups you belong to, not yet claimed", myGroups);
    saveFilter("Assigned to me", -5, "Tasks you have claimed",
        taskService.createTaskQuery().taskAssigneeExpression("${currentUser()}"));
    saveFilter("Overdue", 0, "Tasks past their due date",
        taskService.createTaskQuery().dueBeforeExpression("${now()}"));
    saveFilter("All tasks", 10, "Every task you may see", taskService.createTaskQuery());
  }

  private void saveFilter(String name, int priority, String description, TaskQuery query) {
    Filter filter = filterService.newTaskFilter(name)
        .setOwner(null)
        .setProperties(Map.of("priority", priority, "description", description, "refresh", true))
        .setQuery(query);
    filterService.saveFilter(filter);
  }
}
