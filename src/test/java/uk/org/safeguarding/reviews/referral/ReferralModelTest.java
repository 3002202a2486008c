package uk.org.safeguarding.reviews.referral;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaExecutionListener;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.Bean;

import uk.org.safeguarding.reviews.support.ModelChecks;

/** The referral package against its model in bpmn/, read without an engine: its ids and its adapters. */
class ReferralModelTest {

  static final Path MODEL = Path.of("bpmn", ReferralProcess.KEY + ".bpmn");

  @Test
  void everyIdInReferralProcessNamesAnElementOfTheModel() throws Exception {
    assertThat(ModelChecks.model(ReferralProcess.KEY).getModelElementsByType(Process.class)).extracting(Process::getId)
        .containsExactly(ReferralProcess.KEY);
    assertThat(ModelChecks.idsTheModelLacks(ReferralProcess.class, ReferralProcess.KEY)).as("ids in ReferralProcess that the model does not have").isEmpty();
  }

  /** Every bean the model calls by delegate expression is one ReferralDelegates declares, and the other way round. */
  @Test
  void theAdaptersAreExactlyTheBeansTheModelCallsOfThisPackage() throws Exception {
    BpmnModelInstance model = Bpmn.readModelFromFile(MODEL.toFile());
    Set<String> declared = new TreeSet<>();
    for (Method method : ReferralDelegates.class.getDeclaredMethods()) {
      Bean bean = method.getAnnotation(Bean.class);
      if (bean != null) {
        declared.add(bean.value()[0]);
      }
    }
    Set<String> called = new TreeSet<>();
    for (ServiceTask task : model.getModelElementsByType(ServiceTask.class)) {
      if (task.getCamundaDelegateExpression() != null) {
        called.add(bean(task.getCamundaDelegateExpression()));
      }
    }
    for (CamundaExecutionListener listener : model.getModelElementsByType(CamundaExecutionListener.class)) {
      if (listener.getCamundaDelegateExpression() != null) {
        called.add(bean(listener.getCamundaDelegateExpression()));
      }
    }
    assertThat(declared).containsExactlyInAnyOrder("registerReferral", "recordRecommendation", "startSeriousCaseReview",
        "startCaseAudit", "logNoFurtherAction");
    assertThat(called).containsAll(declared);
  }

  /** The recommendation goes on the register as the SCR group chair completes the step that makes it. */
  @Test
  void recordRecommendationRunsAtTheEndOfRecommendOutcome() throws Exception {
    BpmnModelInstance model = Bpmn.readModelFromFile(MODEL.toFile());
    List<String> steps = new ArrayList<>();
    for (CamundaExecutionListener listener : model.getModelElementsByType(CamundaExecutionListener.class)) {
      if ("${recordRecommendation}".equals(listener.getCamundaDelegateExpression())) {
        assertThat(listener.getCamundaEvent()).isEqualTo("end");
        steps.add(((FlowNode) listener.getParentElement().getParentElement()).getId());
      }
    }
    assertThat(steps).containsExactly(ReferralProcess.TASK_RECOMMEND_OUTCOME);
  }

  private static String bean(String expression) {
    assertThat(expression).matches("\\$\\{\\w+\\}");
    return expression.substring(2, expression.length() - 1);
  }
}
