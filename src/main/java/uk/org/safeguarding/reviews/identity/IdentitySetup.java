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
import org.camunda.bpm.engine.impl.Page;
import org.camunda.bpm.engine.impl.ProcessDefinitionQueryImpl;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.repository.ProcessDefinition;
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
  static final String ESCALATIONS = "Escalations";
  /** A property of the Escalations filter: a digest of the process definitions its steps were found in. */
  static final String MADE_FOR_DEFINITIONS = "madeForDefinitions";

  private final AgencyGroups groups;
  private final org.camunda.bpm.engine.RepositoryService repositoryService;
  private final Agencies agencies;
  private final FilterService filterService;
  private final TaskService taskService;
  private final ProcessEngineConfigurationImpl engine;

  public IdentitySetup(AgencyGroups groups, Agencies agencies, FilterService filterService, TaskService taskService,
      org.camunda.bpm.engine.RepositoryService repositoryService, ProcessEngineConfigurationImpl engine) {
    this.engine = engine;
    this.repositoryService = repositoryService;
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

  /** Tasklist's shared filters, by name: each created if missing and kept to its definition here. */
  private void createTasklistFilters() {
    TaskQuery myGroups = taskService.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}")
        .includeAssignedTasks().orderByDueDate().asc();
    saveFilter("My groups' tasks", -10, "Tasks for the groups you belong to, claimed or not, soonest due first", myGroups);
    saveFilter("Assigned to me", -5, "Tasks you have claimed, soonest due first",
        taskService.createTaskQuery().taskAssigneeExpression("${currentUser()}").orderByDueDate().asc());
    saveFilter("Overdue", 0, "Tasks past their due date, most overdue first",
        taskService.createTaskQuery().dueBeforeExpression("${now()}").orderByDueDate().asc());
    // 5 working days are at least 7 calendar days: a week ahead covers them (a bank holiday week shows one day more)
    saveFilter("Due within 5 working days", 2, "Tasks due in the coming week, soonest first",
        taskService.createTaskQuery().dueAfterExpression("${now()}").dueBeforeExpression("${dateTime().plusDays(7).toDate()}")
            .orderByDueDate().asc());
    saveEscalationsFilter();
    saveFilter("All tasks", 10, "Every task you may see, soonest due first", taskService.createTaskQuery().orderByDueDate().asc());
  }

  /**
   * The filter of chases and escalations, kept to its definition here like the others; its steps are
   * found again only when the latest process definitions differ from those they were last found in
   * (its property {@value #MADE_FOR_DEFINITIONS} keeps a digest of their ids): finding the steps parses
   * every process model, half a second of a restart that deployed nothing new.
   */
  private void saveEscalationsFilter() {
    java.util.List<ProcessDefinition> latest = latestDefinitions();
    String definitions = digest(latest.stream().map(ProcessDefinition::getId).sorted().toList());
    String[] steps = filterService.createFilterQuery().filterName(ESCALATIONS).unlimitedList().stream()
        .filter(filter -> definitions.equals(filter.getProperties().get(MADE_FOR_DEFINITIONS)))
        .map(filter -> ((TaskQueryImpl) filter.getQuery()).getTaskDefinitionKeys())
        .filter(java.util.Objects::nonNull).findFirst()
        .orElseGet(() -> userTasks(latest, step -> step.contains("Escalat") || step.contains("Chase")));
    saveFilter(ESCALATIONS, 4, "Chases and escalations: someone's deadline has passed and it has come to you",
        taskService.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}").includeAssignedTasks()
            .taskDefinitionKeyIn(steps).orderByDueDate().asc(), Map.of(MADE_FOR_DEFINITIONS, definitions));
  }

  private static String digest(java.util.List<String> ids) {
    try {
      byte[] hash = java.security.MessageDigest.getInstance("SHA-256")
          .digest(String.join(",", ids).getBytes(java.nio.charset.StandardCharsets.UTF_8));
      return java.util.HexFormat.of().formatHex(hash, 0, 16);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The latest version of every deployed process (no model read). */
  private java.util.List<ProcessDefinition> latestDefinitions() {
    ProcessDefinitionQueryImpl latest = (ProcessDefinitionQueryImpl) repositoryService.createProcessDefinitionQuery().latestVersion();
    return engine.getCommandExecutorTxRequired().execute(context ->
        context.getProcessDefinitionManager().findProcessDefinitionsByQueryCriteria(latest, new Page(0, Integer.MAX_VALUE)));
  }

  /**
   * The user task ids of the latest version of every deployed process, from the engine's own parsed
   * definitions (already in its cache after a deployment; otherwise parsed once, as the first case or
   * timer would). Not through {@code ProcessDefinitionQuery.list()}: it reads each process's model
   * again for its description, which was a tenth of a restart's work.
   */
  private String[] userTasks(java.util.List<ProcessDefinition> latest, java.util.function.Predicate<String> which) {
    return engine.getCommandExecutorTxRequired().execute(context -> {
      java.util.Set<String> steps = new java.util.TreeSet<>();
      for (ProcessDefinition definition : latest) {
        context.getProcessEngineConfiguration().getDeploymentCache().findDeployedProcessDefinitionById(definition.getId())
            .getTaskDefinitions().keySet().stream().filter(which).forEach(steps::add);
      }
      return steps.toArray(String[]::new);
    });
  }

  private void saveFilter(String name, int priority, String description, TaskQuery query) {
    saveFilter(name, priority, description, query, Map.of());
  }

  private void saveFilter(String name, int priority, String description, TaskQuery query, Map<String, Object> more) {
    Filter filter = filterService.createFilterQuery().filterName(name).unlimitedList().stream().findFirst()
        .orElseGet(() -> filterService.newTaskFilter(name));
    Map<String, Object> properties = new java.util.HashMap<>(more);
    properties.putAll(Map.of("priority", priority, "description", description, "refresh", true));
    filter.setOwner(null)
        .setProperties(properties)
        .setQuery(query);
    filterService.saveFilter(filter);
  }
}
