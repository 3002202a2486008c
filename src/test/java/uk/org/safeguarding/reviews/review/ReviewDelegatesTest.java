package uk.org.safeguarding.reviews.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaExecutionListener;
import org.junit.jupiter.api.Test;

/** The adapters against the models, read from bpmn/ without an engine. */
class ReviewDelegatesTest {

  @Test
  void recordAppointmentsKnowsExactlyTheStepsThatRunIt() throws Exception {
    List<String> steps = new ArrayList<>();
    try (Stream<Path> files = Files.list(Path.of("bpmn"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".bpmn")).toList()) {
        BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
        for (CamundaExecutionListener listener : model.getModelElementsByType(CamundaExecutionListener.class)) {
          if ("${recordAppointments}".equals(listener.getCamundaDelegateExpression())) {
            assertThat(listener.getCamundaEvent()).as(file + " recordAppointments event").isEqualTo("end");
            steps.add(((FlowNode) listener.getParentElement().getParentElement()).getId());
          }
        }
      }
    }
    assertThat(steps).containsExactlyInAnyOrderElementsOf(ReviewDelegates.APPOINTING_STEPS.keySet());
  }
}
