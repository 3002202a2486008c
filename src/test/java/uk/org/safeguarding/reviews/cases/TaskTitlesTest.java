package uk.org.safeguarding.reviews.cases;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import uk.org.safeguarding.reviews.support.ProcessTest;
import uk.org.safeguarding.reviews.support.ProcessTestBase;

/**
 * The task names the real models get are asserted in each process's test; here, what no model in
 * bpmn/ shows: a version deployed while names were expressions, and a task started with "skip
 * listeners".
 */
@ProcessTest
class TaskTitlesTest extends ProcessTestBase {

  private static final String KEY = "task-titles-test";
  private static final String TASK_NAMED_BY_EXPRESSION = "UserTask_NamedByExpression";
  private static final String TASK_PLAIN = "UserTask_Plain";

  private Deployment deployment;

  @BeforeEach
  void deploy() {
    BpmnModelInstance model = Bpmn.createExecutableProcess(KEY).camundaHistoryTimeToLive(1)
        .startEvent()
        .userTask(TASK_NAMED_BY_EXPRESSION).name("IMR — ${caseReference} — ${agencies.name(agency)}")
        .userTask(TASK_PLAIN).name("Plain step")
        .endEvent()
        .done();
    deployment = repositoryService.createDeployment().addModelInstance(KEY + ".bpmn", model).deploy();
  }

  @AfterEach
  void undeploy() {
    repositoryService.deleteDeployment(deployment.getId(), true);
  }

  @Test
  void aVersionWhoseNameIsAnExpressionKeepsItsOwnName() {
    String caseRef = newCase("Child T");
    ProcessInstance pi = runtimeService.startProcessInstanceByKey(KEY, vars("caseReference", caseRef, "agency", "dorset-police"));

    assertThat(task(pi, TASK_NAMED_BY_EXPRESSION).getName()).isEqualTo("IMR — " + caseRef + " — Dorset Police");
  }

  @Test
  void aTaskStartedWithoutCustomListenersIsNamedToo() {
    String caseRef = newCase("Child T");
    ProcessInstance pi = runtimeService.createProcessInstanceByKey(KEY).setVariable("caseReference", caseRef)
        .startBeforeActivity(TASK_PLAIN).execute(true, false);

    assertThat(task(pi, TASK_PLAIN).getName()).isEqualTo("Plain step — " + caseRef);
  }
}
