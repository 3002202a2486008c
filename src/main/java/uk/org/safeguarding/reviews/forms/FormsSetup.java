package uk.org.safeguarding.reviews.forms;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import uk.org.safeguarding.reviews.engine.ProcessEngineSetup;

/** The forms in {@code forms/}, and their rules applied by the engine on every start and completion. */
@Configuration
public class FormsSetup {

  @Bean
  public CaseFormSchemas caseFormSchemas(ObjectMapper json) {
    return new CaseFormSchemas(json);
  }

  /** Dates on forms in words: see {@link DatesShownInWords}. */
  @Bean
  public ProcessEnginePlugin datesShownInWordsPlugin(CaseFormSchemas forms) {
    return uk.org.safeguarding.reviews.engine.EveryUserTask.listener("dates shown in words",
        org.camunda.bpm.engine.delegate.TaskListener.EVENTNAME_CREATE, new DatesShownInWords(forms));
  }

  @Bean
  public ProcessEnginePlugin formValidationPlugin(CaseFormSchemas forms, ObjectMapper json) {
    return ProcessEngineSetup.parseListenerPlugin("form validation", new FormValidationParseListener(forms, json));
  }
}
