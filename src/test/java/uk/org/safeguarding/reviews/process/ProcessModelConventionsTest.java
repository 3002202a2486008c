package uk.org.safeguarding.reviews.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import uk.org.safeguarding.reviews.support.ProcessTest;

/**
 * Reads every model in bpmn/ as a person reviewing it would: every user task has a name in plain
 * words, a Camunda Form that exists in forms/, a candidate group the application seeds, and a due
 * date; every timer has a time; every process keeps its history for a set time.
 */
@ProcessTest
class ProcessModelConventionsTest {

  private static final Path BPMN = Path.of("bpmn");
  private static final Path FORMS = Path.of("forms");

  @Autowired IdentityService identityService;

  private static List<Path> files(Path dir, String ending) throws Exception {
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(p -> p.toString().endsWith(ending)).sorted().toList();
    }
  }

  private Map<String, JsonNode> forms() throws Exception {
    Map<String, JsonNode> forms = new HashMap<>();
    ObjectMapper json = new ObjectMapper();
    for (Path f : files(FORMS, ".form")) {
      JsonNode form = json.readTree(f.toFile());
      assertThat(form.path("id").asText()).as("form id of " + f).isEqualTo(f.getFileName().toString().replace(".form", ""));
      forms.put(form.path("id").asText(), form);
    }
    return forms;
  }

  @Test
  void everyUserTaskHasAPlainNameAnExistingFormASeededCandidateGroupAndADueDate() throws Exception {
    Map<String, JsonNode> forms = forms();
    Set<String> groups = identityService.createGroupQuery().list().stream().map(Group::getId).collect(Collectors.toSet());
    List<String> problems = new ArrayList<>();
    int userTasks = 0;
    for (Path file : files(BPMN, ".bpmn")) {
      BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
      for (UserTask task : model.getModelElementsByType(UserTask.class)) {
        userTasks++;
        String where = file.getFileName() + " " + task.getId() + ": ";
        if (!task.getId().startsWith("UserTask_")) {
          problems.add(where + "id should start with UserTask_");
        }
        if (task.getCamundaFormRef() == null || !forms.containsKey(task.getCamundaFormRef())) {
          problems.add(where + "formRef '" + task.getCamundaFormRef() + "' is not a form in forms/");
        }
        if (!"deployment".equals(task.getCamundaFormRefBinding())) {
          problems.add(where + "formRefBinding should be 'deployment'");
        }
        String candidates = task.getCamundaCandidateGroups();
        if (candidates == null || candidates.isBlank()) {
          problems.add(where + "no candidate group");
        } else {
          for (String group : candidates.split(",")) {
            String g = group.trim();
            // a family of groups chosen at run time (agency-${agency}, partner-${partner}): the family must be seeded
            boolean seededFamily = g.matches("[a-z]+-\\$\\{[A-Za-z]+\\}")
                && groups.stream().anyMatch(seeded -> seeded.startsWith(g.substring(0, g.indexOf("${"))));
            // a LADO strand goes to the member agency named at the meeting, or to the LADO (LadoAllegation.plan)
            if (g.equals("${strandGroup}")) {
              seededFamily = groups.contains("lado") && groups.stream().anyMatch(seeded -> seeded.startsWith("agency-"));
            }
            if (!seededFamily && !groups.contains(g)) {
              problems.add(where + "candidate group '" + g + "' is not seeded");
            }
          }
        }
        if (task.getCamundaDueDate() == null || task.getCamundaDueDate().isBlank()) {
          problems.add(where + "no due date");
        }
        // the diagram names the step; Tasklist adds the case and the agency (TaskTitles)
        if (task.getName() == null || task.getName().isBlank() || task.getName().contains("${")) {
          problems.add(where + "name should be the step in plain words: " + task.getName());
        }
      }
      for (StartEvent start : model.getModelElementsByType(StartEvent.class)) {
        if (start.getCamundaFormRef() != null && !forms.containsKey(start.getCamundaFormRef())) {
          problems.add(file.getFileName() + " " + start.getId() + ": start form '" + start.getCamundaFormRef() + "' missing");
        }
      }
      for (TimerEventDefinition timer : model.getModelElementsByType(TimerEventDefinition.class)) {
        String id = ((org.camunda.bpm.model.bpmn.instance.BaseElement) timer.getParentElement()).getId();
        if (timer.getTimeDate() == null && timer.getTimeDuration() == null && timer.getTimeCycle() == null) {
          problems.add(file.getFileName() + " " + id + ": timer without a time");
        }
        if (!id.startsWith("Timer_")) {
          problems.add(file.getFileName() + " " + id + ": timer id should start with Timer_");
        }
      }
      for (Process process : model.getModelElementsByType(Process.class)) {
        if (process.isExecutable() && process.getCamundaHistoryTimeToLiveString() == null) {
          problems.add(file.getFileName() + " " + process.getId() + ": no historyTimeToLive");
        }
        assertThat(file.getFileName().toString()).isEqualTo(process.getId() + ".bpmn");
      }
    }
    assertThat(problems).isEmpty();
    assertThat(userTasks).isGreaterThan(0);
  }

  @Test
  void everyFormIsUsedByAModel() throws Exception {
    StringBuilder models = new StringBuilder();
    for (Path file : files(BPMN, ".bpmn")) {
      models.append(Files.readString(file));
    }
    assertThat(forms().keySet()).allSatisfy(id -> assertThat(models.toString()).contains("camunda:formRef=\"" + id + "\""));
  }
}
