package uk.org.safeguarding.reviews.contribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;

import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaExecutionListener;
import org.junit.jupiter.api.Test;

import uk.org.safeguarding.reviews.support.ModelChecks;

/** The contribution package against the models in bpmn/, read without an engine: its ids and its adapters. */
class ContributionModelTest {

  static final Path MODEL = Path.of("bpmn", ContributionProcess.KEY + ".bpmn");

  /** Beans the contribution model calls that belong to shared packages, not to this one. */
  static final Set<String> SHARED_BEANS = Set.of("registerMilestone", "notesKeptFromTheAgency");

  @Test
  void everyIdInContributionProcessNamesAnElementOfTheModel() throws Exception {
    assertThat(ModelChecks.model(ContributionProcess.KEY).getModelElementsByType(Process.class)).extracting(Process::getId)
        .containsExactly(ContributionProcess.KEY);
    assertThat(ModelChecks.idsTheModelLacks(ContributionProcess.class, ContributionProcess.KEY))
        .as("ids in ContributionProcess that the model does not have").isEmpty();
  }

  @Test
  void everyAdapterIsOneAModelCallsAndEveryBeanTheModelCallsIsAnAdapter() throws Exception {
    assertThat(ModelChecks.beansNoModelCalls(ContributionDelegates.class)).as("adapters no model calls").isEmpty();
    Set<String> called = new TreeSet<>(ModelChecks.delegatesTheModelCalls(ContributionProcess.KEY));
    called.removeAll(SHARED_BEANS);
    assertThat(ModelChecks.beansDeclaredBy(ContributionDelegates.class)).as("the beans " + MODEL + " calls").isEqualTo(called);
  }

  @Test
  void theStartListenerSetsTheDeadlinesAndTheReworkStepItsOwnBean() throws Exception {
    BpmnModelInstance model = ModelChecks.model(ContributionProcess.KEY);
    assertThat(model.getModelElementsByType(CamundaExecutionListener.class))
        .filteredOn(l -> "${setContributionDeadlines}".equals(l.getCamundaDelegateExpression()))
        .extracting(CamundaExecutionListener::getCamundaEvent).containsExactly("start");
    assertThat(model.getModelElementsByType(ServiceTask.class))
        .filteredOn(t -> "${setReworkDeadline}".equals(t.getCamundaDelegateExpression()))
        .extracting(ServiceTask::getId).containsExactly("ServiceTask_SetReworkDeadline");
    assertThat(ContributionDelegates.class.getMethod("setContributionDeadlines").getReturnType()).isEqualTo(ExecutionListener.class);
    assertThat(ContributionDelegates.class.getMethod("setReworkDeadline").getReturnType()).isEqualTo(JavaDelegate.class);
  }
}
