package uk.org.safeguarding.reviews.process;

import java.util.ArrayList;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
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

  @Bean
  public CaseFormSchemas caseFormSchemas(ObjectMapper json) {
    return new CaseFormSchemas(json);
  }

  @Bean
  public ProcessEnginePlugin formValidationPlugin(CaseFormSchemas forms, ObjectMapper json) {
    return new AbstractProcessEnginePlugin() {
      @Override
      public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration.getCustomPreBPMNParseListeners() == null) {
          configuration.setCustomPreBPMNParseListeners(new ArrayList<BpmnParseListener>());
        }
        configuration.getCustomPreBPMNParseListeners().add(new FormValidationParseListener(forms, json));
      }

      @Override
      public String toString() {
        return "form validation";
      }
    };
  }
}
