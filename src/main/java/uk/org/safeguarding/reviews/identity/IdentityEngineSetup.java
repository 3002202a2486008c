package uk.org.safeguarding.reviews.identity;

import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;

import uk.org.safeguarding.reviews.process.EveryUserTask;

/** The engine's side of access control. */
@Configuration
public class IdentityEngineSetup {

  /**
   * Camunda makes {@code camunda-admin} a superuser that passes every authorization check, case
   * content included. Here administrators manage users, groups and authorizations through the
   * grants in {@link AccessRules}, and see no case unless a partnership role is added to them.
   */
  @Bean
  public ProcessEnginePlugin administratorsAreNotSuperusers() {
    return new AbstractProcessEnginePlugin() {
      @Override
      public void postInit(ProcessEngineConfigurationImpl configuration) {
        configuration.getAdminGroups().remove(Groups.ADMINISTRATORS);
      }

      @Override
      public String toString() {
        return "administrators are not superusers";
      }
    };
  }

  /** Every user task that may go to an agency grants the agency sight of its process instance. */
  @Bean
  public ProcessEnginePlugin agencyWorkAccessPlugin(@Lazy AgencyWorkAccess access) {
    return EveryUserTask.listener("agency work access", TaskListener.EVENTNAME_CREATE, task -> access.notify(task));
  }
}
