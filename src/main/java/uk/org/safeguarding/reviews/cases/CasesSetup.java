package uk.org.safeguarding.reviews.cases;

import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;

import uk.org.safeguarding.reviews.engine.ProcessEngineSetup;
import uk.org.safeguarding.reviews.identity.Agencies;

/** What every case's processes share, as engine plugins. */
@Configuration
public class CasesSetup {

  /** Diagrams name the step; Tasklist shows "step — case — agency", set as each task is created. */
  // Lazy: an engine plugin is built before the engine, and Agencies needs the engine's identity service.
  @Bean
  public ProcessEnginePlugin taskTitlesPlugin(@Lazy Agencies agencies) {
    return ProcessEngineSetup.parseListenerPlugin("task titles", new TaskTitles(agencies));
  }
}
