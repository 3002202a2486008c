package uk.org.safeguarding.reviews.gate;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import uk.org.safeguarding.reviews.forms.CaseFormSchemas;

/**
 * Puts the {@link SubmissionGate} in the engine's command chain: at the door (the first interceptor
 * every command passes, before a transaction or command context exists) and inside the command (the
 * last, in the command's own context and transaction). It is an engine plugin, not
 * a servlet filter or a REST resource, because only the engine sees every way in: both HTTP APIs
 * and the Java API reach the engine as commands.
 */
@Configuration
public class GateSetup {

  @Bean
  public FormContracts formContracts(CaseFormSchemas forms, ObjectMapper json) {
    return new FormContracts(forms, json);
  }

  @Bean
  public ProcessEnginePlugin submissionGatePlugin(FormContracts contracts) {
    return new AbstractProcessEnginePlugin() {
      @Override
      public void preInit(ProcessEngineConfigurationImpl configuration) {
        SubmissionGate gate = new SubmissionGate(configuration, contracts);
        List<CommandInterceptor> first = configuration.getCustomPreCommandInterceptorsTxRequired() == null
            ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPreCommandInterceptorsTxRequired());
        first.add(0, gate.atTheDoor());
        configuration.setCustomPreCommandInterceptorsTxRequired(first);
        List<CommandInterceptor> last = configuration.getCustomPostCommandInterceptorsTxRequired() == null
            ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPostCommandInterceptorsTxRequired());
        last.add(gate.insideTheCommand());
        configuration.setCustomPostCommandInterceptorsTxRequired(last);
      }

      @Override
      public String toString() {
        return "submission gate";
      }
    };
  }
}
