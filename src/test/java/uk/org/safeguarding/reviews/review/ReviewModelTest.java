package uk.org.safeguarding.reviews.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaExecutionListener;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.Bean;

import uk.org.safeguarding.reviews.support.ModelChecks;

/** The review package against the models in bpmn/, read without an engine: its ids and its adapters. */
class ReviewModelTest {

  static final Path MODEL = Path.of("bpmn", ReviewProcess.KEY + ".bpmn");

  static List<Path> models() throws Exception {
    try (Stream<Path> files = Files.list(Path.of("bpmn"))) {
      return files.filter(f -> f.toString().endsWith(".bpmn")).sorted().toList();
    }
  }

  @Test
  void everyIdInReviewProcessNamesAnElementOfTheModel() throws Exception {
    assertThat(ModelChecks.model(ReviewProcess.KEY).getModelElementsByType(Process.class)).extracting(Process::getId)
        .containsExactly(ReviewProcess.KEY);
    assertThat(ModelChecks.idsTheModelLacks(ReviewProcess.class, ReviewProcess.KEY)).as("ids in ReviewProcess that the model does not have").isEmpty();
  }

  @Test
  void everyAdapterIsOneAModelCallsAndEveryDeadlineStepItCallsExists() throws Exception {
    String models = String.join("\n", models().stream().map(ReviewModelTest::read).toList());
    for (Method method : ReviewDelegates.class.getDeclaredMethods()) {
      Bean bean = method.getAnnotation(Bean.class);
      if (bean != null) {
        assertThat(models).as("a model calls bean " + bean.value()[0]).contains("${" + bean.value()[0]);
      }
    }
    Set<String> called = new TreeSet<>();
    Matcher call = Pattern.compile("\\$\\{reviewDeadline\\.(\\w+)\\(").matcher(models);
    while (call.find()) {
      called.add(call.group(1));
    }
    Set<String> provided = new TreeSet<>(Arrays.stream(ReviewDelegates.DeadlineSteps.class.getDeclaredMethods())
        .filter(m -> Modifier.isPublic(m.getModifiers())).map(Method::getName).toList());
    assertThat(called).isNotEmpty();
    assertThat(provided).containsAll(called);
  }

  @Test
  void recordAppointmentsKnowsExactlyTheStepsThatRunIt() throws Exception {
    List<String> steps = new ArrayList<>();
    for (Path file : models()) {
      BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
      for (CamundaExecutionListener listener : model.getModelElementsByType(CamundaExecutionListener.class)) {
        if ("${recordAppointments}".equals(listener.getCamundaDelegateExpression())) {
          assertThat(listener.getCamundaEvent()).as(file + " recordAppointments event").isEqualTo("end");
          steps.add(((FlowNode) listener.getParentElement().getParentElement()).getId());
        }
      }
    }
    assertThat(steps).containsExactlyInAnyOrderElementsOf(ReviewDelegates.APPOINTING_STEPS.keySet());
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
