package uk.org.safeguarding.reviews.drafts;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.camunda.bpm.engine.impl.context.Context;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import uk.org.safeguarding.reviews.engine.EveryUserTask;

/**
 * A task's drafts end with the task: when it is completed, or deleted (its case cancelled, a
 * boundary event or another path ending it), everyone's draft of it is removed, in the engine's own
 * transaction (the drafts table is on the engine's data source), so a draft never outlives its task.
 */
@Configuration
public class DraftsEngineSetup {

  @Bean
  public ProcessEnginePlugin draftsClearedOnCompletion() {
    return EveryUserTask.builtInListener("drafts cleared on completion", TaskListener.EVENTNAME_COMPLETE, CLEAR);
  }

  @Bean
  public ProcessEnginePlugin draftsClearedOnDeletion() {
    return EveryUserTask.builtInListener("drafts cleared on deletion", TaskListener.EVENTNAME_DELETE, CLEAR);
  }

  private static final TaskListener CLEAR = (DelegateTask task) ->
      TaskDrafts.deleteAll(Context.getCommandContext().getDbSqlSession().getSqlSession().getConnection(), task.getId());
}
