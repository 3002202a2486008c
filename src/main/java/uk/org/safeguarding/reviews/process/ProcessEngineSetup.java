package uk.org.safeguarding.reviews.process;

import java.util.ArrayList;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;

import uk.org.safeguarding.reviews.identity.Agencies;

/** Engine tweaks, as plugins (no XML engine configuration). */
@Configuration
public class ProcessEngineSetup {

  /** Due dates and timers agree on "now", also when a test moves the engine clock. */
  @Bean
  public java.time.Clock clock() {
    return new EngineClock();
  }

  @Bean
  public CaseFormSchemas caseFormSchemas(ObjectMapper json) {
    return new CaseFormSchemas(json);
  }

  @Bean
  public ProcessEnginePlugin formValidationPlugin(CaseFormSchemas forms, ObjectMapper json) {
    return parseListenerPlugin("form validation", new FormValidationParseListener(forms, json));
  }

  /** Diagrams name the step; Tasklist shows "step — case — agency", set as each task is created. */
  @Bean
  public ProcessEnginePlugin taskTitlesPlugin(@Lazy Agencies agencies) {
    return parseListenerPlugin("task titles", new TaskTitles(agencies));
  }

  private static ProcessEnginePlugin parseListenerPlugin(String description, BpmnParseListener listener) {
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
