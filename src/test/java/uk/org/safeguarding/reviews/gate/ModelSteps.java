package uk.org.safeguarding.reviews.gate;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** Every human step of every deployed model, read from {@code bpmn/} with Camunda's model API. */
final class ModelSteps {

  private static final Pattern VARIABLE = Pattern.compile("\\$\\{\\s*([A-Za-z_]\\w*)\\s*}");

  /** A user task with its form. {@code computed}: variables the process itself sets for its dates. */
  record TaskStep(String processKey, String activityId, String formRef, String candidateGroups, String dueDate,
      Set<String> computed) {
    @Override
    public String toString() {
      return processKey + " / " + activityId + " (" + formRef + ")";
    }
  }

  /** A process that people start with a start form. */
  record StartStep(String processKey, String formRef, Set<String> computed) {
    @Override
    public String toString() {
      return processKey + " (" + formRef + ")";
    }
  }

  private ModelSteps() {}

  static List<BpmnModelInstance> models() {
    List<BpmnModelInstance> models = new ArrayList<>();
    try {
      for (Resource resource : new PathMatchingResourcePatternResolver().getResources("classpath*:bpmn/**/*.bpmn")) {
        try (InputStream in = resource.getInputStream()) {
          models.add(Bpmn.readModelFromStream(in));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return models;
  }

  static List<TaskStep> userTasks() {
    List<TaskStep> steps = new ArrayList<>();
    for (BpmnModelInstance model : models()) {
      Set<String> computed = computedVariables(model);
      for (UserTask task : model.getModelElementsByType(UserTask.class)) {
        Process process = processOf(task);
        if (task.getCamundaFormRef() != null) {
          steps.add(new TaskStep(process.getId(), task.getId(), task.getCamundaFormRef(), task.getCamundaCandidateGroups(),
              task.getCamundaDueDate(), computed));
        }
      }
    }
    return steps;
  }

  static List<StartStep> startForms() {
    List<StartStep> steps = new ArrayList<>();
    for (BpmnModelInstance model : models()) {
      for (Process process : model.getModelElementsByType(Process.class)) {
        for (StartEvent start : process.getChildElementsByType(StartEvent.class)) {
          String form = start.getAttributeValueNs("http://camunda.org/schema/1.0/bpmn", "formRef");
          if (form != null) {
            steps.add(new StartStep(process.getId(), form, computedVariables(model)));
          }
        }
      }
    }
    return steps;
  }

  private static final Pattern SET_BY_MODEL = Pattern.compile("setVariable\\(\\s*'(\\w+)'");

  /**
   * Names the process computes itself: variables its own expressions set ({@code execution.setVariable('x', …)})
   * and those its due dates and timers read.
   */
  static Set<String> computedVariables(BpmnModelInstance model) {
    Set<String> names = new LinkedHashSet<>();
    for (org.camunda.bpm.model.bpmn.instance.camunda.CamundaExecutionListener listener
        : model.getModelElementsByType(org.camunda.bpm.model.bpmn.instance.camunda.CamundaExecutionListener.class)) {
      if (listener.getCamundaExpression() != null) {
        Matcher m = SET_BY_MODEL.matcher(listener.getCamundaExpression());
        while (m.find()) {
          names.add(m.group(1));
        }
      }
    }
    for (UserTask task : model.getModelElementsByType(UserTask.class)) {
      names.addAll(variablesIn(task.getCamundaDueDate()));
    }
    for (org.camunda.bpm.model.bpmn.instance.TimerEventDefinition timer
        : model.getModelElementsByType(org.camunda.bpm.model.bpmn.instance.TimerEventDefinition.class)) {
      if (timer.getTimeDate() != null) {
        names.addAll(variablesIn(timer.getTimeDate().getTextContent()));
      }
    }
    return names;
  }

  static Set<String> variablesIn(String expression) {
    Set<String> names = new LinkedHashSet<>();
    if (expression != null) {
      Matcher m = VARIABLE.matcher(expression);
      while (m.find()) {
        names.add(m.group(1));
      }
    }
    return names;
  }

  private static Process processOf(UserTask task) {
    for (org.camunda.bpm.model.xml.instance.ModelElementInstance e = task.getParentElement(); e != null; e = e.getParentElement()) {
      if (e instanceof Process process) {
        return process;
      }
    }
    throw new IllegalStateException(task.getId() + " is in no process");
  }
}
