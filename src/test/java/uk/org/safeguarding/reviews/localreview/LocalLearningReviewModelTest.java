package uk.org.safeguarding.reviews.localreview;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.model.bpmn.instance.Process;
import org.junit.jupiter.api.Test;

import uk.org.safeguarding.reviews.support.ModelChecks;

/** The localreview package against the models in bpmn/, read without an engine: its ids and its adapters. */
class LocalLearningReviewModelTest {

  @Test
  void everyIdInLocalLearningReviewProcessNamesAnElementOfTheModel() throws Exception {
    assertThat(ModelChecks.model(LocalLearningReviewProcess.KEY).getModelElementsByType(Process.class))
        .extracting(Process::getId).containsExactly(LocalLearningReviewProcess.KEY);
    assertThat(ModelChecks.idsTheModelLacks(LocalLearningReviewProcess.class, LocalLearningReviewProcess.KEY))
        .as("ids in LocalLearningReviewProcess that the model does not have").isEmpty();
  }

  @Test
  void everyAdapterIsOneAModelCallsAndEveryBeanTheModelCallsExists() throws Exception {
    assertThat(ModelChecks.beansNoModelCalls(LocalReviewDelegates.class)).as("adapters no model calls").isEmpty();
    assertThat(ModelChecks.delegatesTheModelCalls(LocalLearningReviewProcess.KEY))
        .contains("openLocalReview", "recordSevenMinuteBriefing", "recordAppointments", "closeReview");
    assertThat(ModelChecks.undeclaredBeans(ModelChecks.delegatesTheModelCalls(LocalLearningReviewProcess.KEY)))
        .as("beans the model calls that nothing declares").isEmpty();
  }
}
