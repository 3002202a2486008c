package uk.org.safeguarding.reviews.deadlines;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import uk.org.safeguarding.reviews.calendar.Deadlines;
import uk.org.safeguarding.reviews.engine.SystemActions;
import uk.org.safeguarding.reviews.register.RegisterQuery;

/**
 * Every open deadline across every case, read from where it lives (not a copy): the engine's open
 * tasks with a due date and its timers still to fire, and the register's clocks not yet met. Sorted
 * by urgency: the most overdue first.
 */
@Component
public class OpenDeadlines {

  /** Within this many working days a deadline is "due soon". */
  public static final int DUE_SOON_WORKING_DAYS = 5;
  /** Ids read in one statement at most. */
  static final int CHUNK = 1000;
  private static final String CANDIDATE_GROUPS = "select TASK_ID_, GROUP_ID_ from ACT_RU_IDENTITYLINK"
      + " where TYPE_ = '" + IdentityLinkType.CANDIDATE + "' and GROUP_ID_ is not null and TASK_ID_ in (:tasks)";

  private final TaskService tasks;
  private final ManagementService management;
  private final RuntimeService runtime;
  private final RepositoryService repository;
  private final IdentityService identity;
  private final RegisterQuery register;
  private final Deadlines deadlines;
  private final SystemActions system;
  private final NamedParameterJdbcTemplate jdbc;

  public OpenDeadlines(TaskService tasks, ManagementService management, RuntimeService runtime, RepositoryService repository,
      IdentityService identity, RegisterQuery register, Deadlines deadlines, SystemActions system, NamedParameterJdbcTemplate jdbc) {
    this.tasks = tasks;
    this.management = management;
    this.runtime = runtime;
    this.repository = repository;
    this.identity = identity;
    this.register = register;
    this.deadlines = deadlines;
    this.system = system;
    this.jdbc = jdbc;
  }

  /**
   * The open deadlines of the given processes' cases, those of cases the caller may not see left out.
   *
   * @param registerClocks whether to include the register's clocks (the register holds reviews only)
   */
  public List<Deadline> list(Collection<String> processKeys, Predicate<String> caseVisible, boolean registerClocks) {
    return system.call(() -> {
      List<Task> openTasks = tasks.createTaskQuery().active().processDefinitionKeyIn(processKeys.toArray(String[]::new)).list()
          .stream().filter(task -> task.getDueDate() != null).toList();
      List<Job> timers = new ArrayList<>();
      Map<String, String> timerActivities = new HashMap<>();
      for (String key : processKeys) {
        management.createJobQuery().timers().active().processDefinitionKey(key).list().stream()
            .filter(job -> job.getProcessInstanceId() != null && job.getDuedate() != null).forEach(timers::add);
        management.createJobDefinitionQuery().processDefinitionKey(key).list()
            .forEach(definition -> timerActivities.put(definition.getId(), definition.getActivityId()));
      }
      Context context = new Context();
      context.readBusinessKeys(Stream.concat(openTasks.stream().map(Task::getProcessInstanceId),
          timers.stream().map(Job::getProcessInstanceId)).collect(Collectors.toSet()));
      context.readCandidateGroups(openTasks.stream().map(Task::getId).toList());

      List<Deadline> found = new ArrayList<>();
      for (Task task : openTasks) {
        String caseReference = context.businessKeys.get(task.getProcessInstanceId());
        if (!caseVisible.test(caseReference)) {
          continue;
        }
        String key = context.processKey(task.getProcessDefinitionId());
        found.add(deadline(context, "task", caseReference, key, context.processName(task.getProcessDefinitionId()), task.getName(),
            context.party(task.getId()), task.getDueDate(), escalation(task.getTaskDefinitionKey()), task.getProcessInstanceId(),
            task.getId()));
      }
      for (Job job : timers) {
        String caseReference = context.businessKeys.get(job.getProcessInstanceId());
        if (!caseVisible.test(caseReference)) {
          continue;
        }
        String activity = timerActivities.get(job.getJobDefinitionId());
        found.add(deadline(context, "timer", caseReference, job.getProcessDefinitionKey(), context.processName(job.getProcessDefinitionId()),
            context.elementName(job.getProcessDefinitionId(), activity), "", job.getDuedate(), escalation(activity),
            job.getProcessInstanceId(), null));
      }
      if (registerClocks) {
        for (RegisterQuery.ClockOfEntry running : register.runningClocks()) {
          if (caseVisible.test(running.caseReference())) {
            found.add(deadline(context, "clock", running.caseReference(), running.entryType(), running.entryType(),
                running.clock().description(), "", deadlines.closeOfBusinessOn(running.clock().dueOn()), false,
                running.processInstanceId(), null));
          }
        }
      }
      found.sort(Comparator.comparing(Deadline::due).thenComparing(Deadline::caseReference, Comparator.nullsLast(String::compareTo)));
      return found;
    });
  }

  private static List<List<String>> chunks(List<String> ids) {
    List<List<String>> chunks = new ArrayList<>();
    for (int from = 0; from < ids.size(); from += CHUNK) {
      chunks.add(ids.subList(from, Math.min(ids.size(), from + CHUNK)));
    }
    return chunks;
  }

  private Deadline deadline(Context context, String kind, String caseReference, String processKey, String process, String what,
      String party, Date due, boolean escalation, String processInstanceId, String taskId) {
    LocalDate dueOn = Deadlines.toLocalDate(due);
    int left = context.workingDaysLeft(dueOn);
    String state = deadlines.hasPassed(due) ? Deadline.OVERDUE : left <= DUE_SOON_WORKING_DAYS ? Deadline.DUE_SOON : Deadline.OPEN;
    return new Deadline(kind, caseReference, processKey, process, what, party, due, dueOn, deadlines.hasPassed(due) ? Math.min(left, 0) : left,
        state, escalation, processInstanceId, taskId,
        processInstanceId == null ? null : "/camunda/app/cockpit/default/#/process-instance/" + processInstanceId + "/runtime",
        taskId == null ? null : "/camunda/app/tasklist/default/#/?task=" + taskId);
  }

  /** A chase or an escalation: the element says so in its id. */
  static boolean escalation(String elementId) {
    String id = elementId == null ? "" : elementId.toLowerCase();
    return id.contains("escalat") || id.contains("chase");
  }

  /**
   * What one listing looks up once, a few queries for all its deadlines rather than some for each: the
   * cases' references, the tasks' candidate groups, process, element and group names, working days left.
   */
  private final class Context {
    final LocalDate today = deadlines.today();
    final Map<String, String> businessKeys = new HashMap<>();
    final Map<String, List<String>> candidateGroups = new HashMap<>();
    final Map<String, ProcessDefinition> definitions = new HashMap<>();
    final Map<String, String> elementNames = new HashMap<>();
    final Map<LocalDate, Integer> workingDaysLeft = new HashMap<>();
    Map<String, String> groupNames;

    void readBusinessKeys(Set<String> processInstanceIds) {
      for (List<String> some : chunks(List.copyOf(processInstanceIds))) {
        runtime.createProcessInstanceQuery().processInstanceIds(Set.copyOf(some)).list()
            .forEach(instance -> businessKeys.put(instance.getId(), instance.getBusinessKey()));
      }
    }

    /**
     * The candidate groups of the tasks, read from the engine's table of task links with one statement for
     * up to {@value #CHUNK} tasks: the engine's API reads one task's links at a time.
     */
    void readCandidateGroups(List<String> taskIds) {
      for (List<String> some : chunks(taskIds)) {
        jdbc.query(CANDIDATE_GROUPS, Map.of("tasks", some),
            (RowCallbackHandler) row -> candidateGroups.computeIfAbsent(row.getString(1), id -> new ArrayList<>()).add(row.getString(2)));
      }
    }

    String party(String taskId) {
      return candidateGroups.getOrDefault(taskId, List.of()).stream().map(this::groupName).sorted().collect(Collectors.joining(", "));
    }

    int workingDaysLeft(LocalDate dueOn) {
      return workingDaysLeft.computeIfAbsent(dueOn, day -> deadlines.calendar().workingDaysBetween(today, day));
    }

    ProcessDefinition definition(String id) {
      return definitions.computeIfAbsent(id, d -> repository.getProcessDefinition(d));
    }

    String processKey(String definitionId) {
      return definition(definitionId).getKey();
    }

    String processName(String definitionId) {
      ProcessDefinition definition = definition(definitionId);
      return definition.getName() == null ? definition.getKey() : definition.getName();
    }

    String elementName(String definitionId, String elementId) {
      return elementNames.computeIfAbsent(definitionId + "/" + elementId, k -> {
        FlowElement element = repository.getBpmnModelInstance(definitionId).getModelElementById(elementId);
        return element == null || element.getName() == null ? elementId : element.getName();
      });
    }

    String groupName(String groupId) {
      if (groupNames == null) {
        groupNames = identity.createGroupQuery().list().stream()
            .collect(Collectors.toMap(Group::getId, g -> g.getName() == null ? g.getId() : g.getName()));
      }
      return groupNames.getOrDefault(groupId, groupId);
    }
  }
}
