package uk.org.safeguarding.reviews.engine;

import java.util.ArrayList;

import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.camunda.bpm.engine.impl.jobexecutor.JobHandler;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Engine tweaks, as plugins (no XML engine configuration). */
@Configuration
public class ProcessEngineSetup {

  /** Due dates and timers agree on "now", also when a test moves the engine clock. */
  @Bean
  public java.time.Clock clock() {
    return new EngineClock();
  }

  /** Adds a job handler of the application's to the engine's own (one of the same type takes the engine's place). */
  @SuppressWarnings("rawtypes")
  public static void addJobHandler(ProcessEngineConfigurationImpl configuration, JobHandler handler) {
    if (configuration.getCustomJobHandlers() == null) {
      configuration.setCustomJobHandlers(new ArrayList<JobHandler>());
    }
    configuration.getCustomJobHandlers().add(handler);
  }

  /** A plugin that adds a parse listener running before the engine's own, for every deployed model. */
  public static ProcessEnginePlugin parseListenerPlugin(String description, BpmnParseListener listener) {
    return new AbstractProcessEnginePlugin() {
      @Override
      public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration.getCustomPreBPMNParseListeners() == null) {
          configuration.setCustomPreBPMNParseListeners(new ArrayList<BpmnParseListener>());
        }
        configuration.getCustomPreBPMNParseListeners().add(listener);
      }

      @Override
      public String toString() {
        return description;
      }
    };
  }
}
