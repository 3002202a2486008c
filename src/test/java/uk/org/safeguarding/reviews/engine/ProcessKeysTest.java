package uk.org.safeguarding.reviews.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.junit.jupiter.api.Test;

/** The process keys the code names are exactly the processes in {@code bpmn/}. */
class ProcessKeysTest {

  @Test
  void everyModelHasItsKeyAndEveryKeyItsModel() {
    List<String> inModels = new ArrayList<>();
    for (File model : new File("bpmn").listFiles((dir, name) -> name.endsWith(".bpmn"))) {
      for (Process process : Bpmn.readModelFromFile(model).getModelElementsByType(Process.class)) {
        inModels.add(process.getId());
        assertThat(model.getName()).as("file name = process key").isEqualTo(process.getId() + ".bpmn");
      }
    }
    assertThat(ProcessKeys.ALL).containsExactlyInAnyOrderElementsOf(inModels);
  }
}
