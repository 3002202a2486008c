package uk.org.safeguarding.reviews.engine;

import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** How the engine stores variables: long text whole, and no objects of types we did not allow. */
@Configuration
public class VariableStorageSetup {

  @Bean
  public ProcessEnginePlugin longTextPlugin() {
    return new LongTextPlugin();
  }

  @Bean
  public ProcessEnginePlugin objectVariablesPlugin() {
    return new ObjectVariablesPlugin();
  }
}
