package uk.org.safeguarding.reviews.drafts;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;

import uk.org.safeguarding.reviews.engine.EveryUserTask;

/**
 * A task's drafts end with the task: when it is completed, or deleted (its case cancelled, a
 * boundary event or another path ending it), everyone's draft of it is removed, in the engine's own
 * transaction (the drafts table is on the engine's data source), so a draft never outlives its task.
 */
@Configuration
public class DraftsEngineSetup {

  /** Lazy: the engine plugin is built before the engine and the data source's JDBC helpers. */
  @Bean
  public ProcessEnginePlugin draftsClearedOnCompletion(@Lazy TaskDrafts drafts) {
    return EveryUserTask.builtInListener("drafts cleared on completion", TaskListener.EVENTNAME_COMPLETE, clear(drafts));
  }

  @Bean
  public ProcessEnginePlugin draftsClearedOnDeletion(@Lazy TaskDrafts drafts) {
    return EveryUserTask.builtInListener("drafts cleared on deletion", TaskListener.EVENTNAME_DELETE, clear(drafts));
  }

  private static TaskListener clear(TaskDrafts drafts) {
    return (DelegateTask task) -> drafts.deleteAll(task.getId());
  }
}
