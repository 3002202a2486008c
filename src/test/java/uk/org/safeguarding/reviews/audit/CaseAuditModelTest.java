package uk.org.safeguarding.reviews.audit;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.model.bpmn.instance.Process;
import org.junit.jupiter.api.Test;

import uk.org.safeguarding.reviews.support.ModelChecks;

/** The audit package against the models in bpmn/, read without an engine: its ids and its adapter. */
class CaseAuditModelTest {

  @Test
  void everyIdInCaseAuditProcessNamesAnElementOfTheModel() throws Exception {
    assertThat(ModelChecks.model(CaseAuditProcess.KEY).getModelElementsByType(Process.class))
        .extracting(Process::getId).containsExactly(CaseAuditProcess.KEY);
    assertThat(ModelChecks.idsTheModelLacks(CaseAuditProcess.class, CaseAuditProcess.KEY))
        .as("ids in CaseAuditProcess that the model does not have").isEmpty();
  }

  @Test
  void everyAdapterIsOneAModelCallsAndEveryBeanTheModelCallsExists() throws Exception {
    assertThat(ModelChecks.beansNoModelCalls(CaseAuditDelegates.class)).as("adapters no model calls").isEmpty();
    assertThat(ModelChecks.delegatesTheModelCalls(CaseAuditProcess.KEY))
        .contains("openCaseAudit", "recordAppointments", "closeReview");
    assertThat(ModelChecks.undeclaredBeans(ModelChecks.delegatesTheModelCalls(CaseAuditProcess.KEY)))
        .as("beans the model calls that nothing declares").isEmpty();
  }
}
