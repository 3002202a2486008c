package uk.org.safeguarding.reviews.identity;

import java.util.ArrayList;

import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;

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
    TaskListener listener = task -> access.notify(task);
    return new AbstractProcessEnginePlugin() {
      @Override
      public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration.getCustomPostBPMNParseListeners() == null) {
          configuration.setCustomPostBPMNParseListeners(new ArrayList<BpmnParseListener>());
        }
        configuration.getCustomPostBPMNParseListeners().add(new AbstractBpmnParseListener() {
          @Override
          public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
            if (activity.getActivityBehavior() instanceof UserTaskActivityBehavior behaviour) {
              behaviour.getTaskDefinition().addTaskListener(TaskListener.EVENTNAME_CREATE, listener);
            }
          }
        });
      }

      @Override
      public String toString() {
        return "agency work access";
      }
    };
  }
}
