package uk.org.safeguarding.reviews.support;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.spring.SpringProcessEngineConfiguration;
import org.camunda.bpm.spring.boot.starter.configuration.impl.AbstractCamundaConfiguration;
import org.camunda.community.process_test_coverage.core.model.DefaultCollector;
import org.camunda.community.process_test_coverage.core.model.Run;
import org.camunda.community.process_test_coverage.core.model.Suite;
import org.camunda.community.process_test_coverage.engine.platform7.ExecutionContextModelProvider;
import org.camunda.community.process_test_coverage.engine.platform7.ProcessCoverageConfigurator;
import org.camunda.community.process_test_coverage.engine.platform7.ProcessEngineAdapter;
import org.camunda.community.process_test_coverage.report.CoverageReportUtil;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * Records, with camunda-process-test-coverage, the flow nodes and sequence flows a {@link ProcessTest}
 * class reaches: a suite for the class, a run for each test method, written when the class ends to
 * {@value #REPORTS}/&lt;class&gt;/ as report.json and report.html (the model with what was reached).
 * {@code ProcessCoverageIT} joins them per process and holds each to its floor.
 *
 * <p>The library's own Spring listener is not used: it registers itself for every Spring test and
 * loads the application context before the test class's extensions have started (a GreenMail
 * server the context connects to, say). This one starts when the first test instance is prepared.
 */
public class ProcessCoverageListener implements TestExecutionListener {

  static final String REPORTS = "target/process-test-coverage";

  /** The engine plugin that lets the collector see each flow node and sequence flow taken. */
  @TestConfiguration(proxyBeanMethods = false)
  public static class EngineSetup {
    @Bean
    AbstractCamundaConfiguration processCoverage() {
      return new AbstractCamundaConfiguration() {
        @Override
        public void preInit(SpringProcessEngineConfiguration configuration) {
          ProcessCoverageConfigurator.initializeProcessCoverageExtensions(configuration);
        }
      };
    }
  }

  private DefaultCollector collector;

  @Override
  public void prepareTestInstance(TestContext testContext) {
    if (collector == null) {
      collector = new DefaultCollector(new ExecutionContextModelProvider());
      new ProcessEngineAdapter(testContext.getApplicationContext().getBean(ProcessEngine.class), collector).initializeListeners();
      String name = testContext.getTestClass().getName();
      collector.createSuite(new Suite(name, name));
      collector.activateSuite(name);
    }
  }

  @Override
  public void beforeTestMethod(TestContext testContext) {
    String name = testContext.getTestMethod().getName();
    collector.createRun(new Run(name, name), collector.getActiveSuite().getId());
    collector.activateRun(name);
  }

  @Override
  public void afterTestClass(TestContext testContext) {
    if (collector != null && !collector.getModels().isEmpty()) {
      CoverageReportUtil.createReport(collector, REPORTS);
      CoverageReportUtil.createJsonReport(collector, REPORTS);
    }
  }
}
