package uk.org.safeguarding.reviews.contribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaExecutionListener;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.Bean;

/** The contribution package against the models in bpmn/, read without an engine: its ids and its adapters. */
class ContributionModelTest {

  static final Path MODEL = Path.of("bpmn", ContributionProcess.KEY + ".bpmn");

  /** Beans the contribution model calls that belong to shared packages, not to this one. */
  static final Set<String> SHARED_BEANS = Set.of("registerMilestone");

  static List<Path> models() throws Exception {
    try (Stream<Path> files = Files.list(Path.of("bpmn"))) {
      return files.filter(f -> f.toString().endsWith(".bpmn")).sorted().toList();
    }
  }

  @Test
  void everyIdInContributionProcessNamesAnElementOfTheModel() throws Exception {
    BpmnModelInstance model = Bpmn.readModelFromFile(MODEL.toFile());
    assertThat(model.getModelElementsByType(Process.class)).extracting(Process::getId)
        .containsExactly(ContributionProcess.KEY);
    List<String> missing = new ArrayList<>();
    for (Field field : ContributionProcess.class.getDeclaredFields()) {
      if (Modifier.isStatic(field.getModifiers()) && field.getName().matches("(TASK|START|END|CALL|TIMER|SUBPROCESS)_.*")
          && model.getModelElementById((String) field.get(null)) == null) {
        missing.add(field.getName() + " = " + field.get(null));
      }
    }
    assertThat(missing).as("ids in ContributionProcess that the model does not have").isEmpty();
  }

  @Test
  void everyAdapterIsOneAModelCallsAndEveryBeanTheModelCallsIsAnAdapter() throws Exception {
    Set<String> adapters = new TreeSet<>();
    for (Method method : ContributionDelegates.class.getDeclaredMethods()) {
      Bean bean = method.getAnnotation(Bean.class);
      if (bean != null) {
        adapters.add(bean.value()[0]);
      }
    }
    String models = String.join("\n", models().stream().map(ContributionModelTest::read).toList());
    for (String adapter : adapters) {
      assertThat(models).as("a model calls bean " + adapter).contains("${" + adapter + "}");
    }
    Set<String> called = new TreeSet<>();
    Matcher call = Pattern.compile("delegateExpression=\"\\$\\{(\\w+)\\}\"").matcher(read(MODEL));
    while (call.find()) {
      called.add(call.group(1));
    }
    called.removeAll(SHARED_BEANS);
    assertThat(adapters).as("the beans " + MODEL + " calls").isEqualTo(called);
  }

  @Test
  void contributionDeadlinesServesBothTheStartListenerAndTheReworkStep() throws Exception {
    BpmnModelInstance model = Bpmn.readModelFromFile(MODEL.toFile());
    assertThat(model.getModelElementsByType(CamundaExecutionListener.class))
        .filteredOn(l -> "${contributionDeadlines}".equals(l.getCamundaDelegateExpression()))
        .extracting(CamundaExecutionListener::getCamundaEvent).containsExactly("start");
    assertThat(model.getModelElementsByType(ServiceTask.class))
        .filteredOn(t -> "${contributionDeadlines}".equals(t.getCamundaDelegateExpression()))
        .extracting(ServiceTask::getId).containsExactly("ServiceTask_SetReworkDeadline");
    Class<?> type = ContributionDelegates.class.getMethod("contributionDeadlines").getReturnType();
    assertThat(ExecutionListener.class.isAssignableFrom(type)).isTrue();
    assertThat(JavaDelegate.class.isAssignableFrom(type)).isTrue();
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
