package uk.org.safeguarding.reviews.engine;

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

/**
 * An engine plugin that adds a task listener to every user task of every deployed model, after the
 * listeners the model declares itself. For rules that hold for all work (who may see it, who is told).
 */
public final class EveryUserTask {

  private EveryUserTask() {}

  public static ProcessEnginePlugin listener(String description, String eventName, TaskListener listener) {
    return listener(description, eventName, listener, false);
  }

  /**
   * A listener the engine calls even when a process instance is deleted skipping custom listeners
   * (Cockpit's "Cancel" does so by default): for housekeeping that must follow every task's end.
   */
  public static ProcessEnginePlugin builtInListener(String description, String eventName, TaskListener listener) {
    return listener(description, eventName, listener, true);
  }

  private static ProcessEnginePlugin listener(String description, String eventName, TaskListener listener, boolean builtIn) {
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
              if (builtIn) {
                behaviour.getTaskDefinition().addBuiltInTaskListener(eventName, listener);
              } else {
                behaviour.getTaskDefinition().addTaskListener(eventName, listener);
              }
            }
          }
        });
      }

      @Override
      public String toString() {
        return description;
      }
    };
  }
}
