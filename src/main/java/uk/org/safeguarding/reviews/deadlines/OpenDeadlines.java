package uk.org.safeguarding.reviews.deadlines;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
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

  private final TaskService tasks;
  private final ManagementService management;
  private final RuntimeService runtime;
  private final RepositoryService repository;
  private final IdentityService identity;
  private final RegisterQuery register;
  private final Deadlines deadlines;
  private final SystemActions system;

  public OpenDeadlines(TaskService tasks, ManagementService management, RuntimeService runtime, RepositoryService repository,
      IdentityService identity, RegisterQuery register, Deadlines deadlines, SystemActions system) {
    this.tasks = tasks;
    this.management = management;
    this.runtime = runtime;
    this.repository = repository;
    this.identity = identity;
    this.register = register;
    this.deadlines = deadlines;
    this.system = system;
  }

  /**
   * The open deadlines of the given processes' cases, those of cases the caller may not see left out.
   *
   * @param registerClocks whether to include the register's clocks (the register holds reviews only)
   */
  public List<Deadline> list(Collection<String> processKeys, Predicate<String> caseVisible, boolean registerClocks) {
    return system.call(() -> {
      Context context = new Context();
      List<Deadline> found = new ArrayList<>();
      for (Task task : tasks.createTaskQuery().active().processDefinitionKeyIn(processKeys.toArray(String[]::new)).list()) {
        if (task.getDueDate() == null) {
          continue;
        }
        String caseReference = context.businessKey(task.getProcessInstanceId());
        if (!caseVisible.test(caseReference)) {
          continue;
        }
        String key = context.processKey(task.getProcessDefinitionId());
        found.add(deadline("task", caseReference, key, context.processName(task.getProcessDefinitionId()), task.getName(),
            party(task.getId(), context), task.getDueDate(), escalation(task.getTaskDefinitionKey()), task.getProcessInstanceId(),
            task.getId()));
      }
      for (String key : processKeys) {
        for (Job job : management.createJobQuery().timers().active().processDefinitionKey(key).list()) {
          if (job.getProcessInstanceId() == null || job.getDuedate() == null) {
            continue;
          }
          String caseReference = context.businessKey(job.getProcessInstanceId());
          if (!caseVisible.test(caseReference)) {
            continue;
          }
          String activity = management.createJobDefinitionQuery().jobDefinitionId(job.getJobDefinitionId()).singleResult()
              .getActivityId();
          found.add(deadline("timer", caseReference, key, context.processName(job.getProcessDefinitionId()),
              context.elementName(job.getProcessDefinitionId(), activity), "", job.getDuedate(), escalation(activity),
              job.getProcessInstanceId(), null));
        }
      }
      if (registerClocks) {
        for (RegisterQuery.ClockOfEntry running : register.runningClocks()) {
          if (caseVisible.test(running.caseReference())) {
            found.add(deadline("clock", running.caseReference(), running.entryType(), running.entryType(),
                running.clock().description(), "", deadlines.closeOfBusinessOn(running.clock().dueOn()), false,
                running.processInstanceId(), null));
          }
        }
      }
      found.sort(Comparator.comparing(Deadline::due).thenComparing(Deadline::caseReference, Comparator.nullsLast(String::compareTo)));
      return found;
    });
  }

  private Deadline deadline(String kind, String caseReference, String processKey, String process, String what, String party,
      Date due, boolean escalation, String processInstanceId, String taskId) {
    LocalDate today = deadlines.today();
    LocalDate dueOn = Deadlines.toLocalDate(due);
    int left = deadlines.calendar().workingDaysBetween(today, dueOn);
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

  private String party(String taskId, Context context) {
    return tasks.getIdentityLinksForTask(taskId).stream()
        .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
        .map(IdentityLink::getGroupId).map(context::groupName).sorted().collect(Collectors.joining(", "));
  }

  /** What one listing looks up once: business keys, process names, element names, group names. */
  private final class Context {
    final Map<String, String> businessKeys = new HashMap<>();
    final Map<String, ProcessDefinition> definitions = new HashMap<>();
    final Map<String, String> elementNames = new HashMap<>();
    Map<String, String> groupNames;

    String businessKey(String processInstanceId) {
      return businessKeys.computeIfAbsent(processInstanceId, id -> {
        ProcessInstance instance = runtime.createProcessInstanceQuery().processInstanceId(id).singleResult();
        return instance == null ? null : instance.getBusinessKey();
      });
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
