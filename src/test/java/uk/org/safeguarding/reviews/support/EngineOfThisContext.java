package uk.org.safeguarding.reviews.support;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;
import org.springframework.core.Ordered;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * Camunda keeps one JVM-wide registry of engines by name, which the REST API and the web apps look
 * engines up in. The tests run more than one Spring context in one JVM (ProcessCoverageIT has its own;
 * TwoNodesOnOnePostgresIT starts two nodes of its own and closes them), each with an engine named
 * "default", and the last one registered wins. Before each test class, the engine of the context it
 * runs in is registered again, so its HTTP calls reach its own engine and database.
 * (Registered in META-INF/spring.factories; runs after the context is loaded for the test instance.)
 */
public class EngineOfThisContext implements TestExecutionListener, Ordered {

  @Override
  public void prepareTestInstance(TestContext testContext) {
    if (testContext.hasApplicationContext()) {
      testContext.getApplicationContext().getBeanProvider(ProcessEngine.class)
          .ifAvailable(ProcessEngines::registerProcessEngine);
    }
  }

  @Override
  public int getOrder() {
    return Ordered.LOWEST_PRECEDENCE;
  }
}
