package uk.org.safeguarding.reviews.engine;

import java.time.temporal.ChronoUnit;
import java.util.Date;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.jobexecutor.historycleanup.HistoryCleanupJobHandler;
import org.camunda.bpm.engine.impl.jobexecutor.historycleanup.HistoryCleanupRemovalTime;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * The engine's execution metrics (Admin's <em>Execution metrics</em>: how many activities, decisions and
 * root instances ran, in the table {@code ACT_RU_METER_LOG}, about ten rows per node every 15 minutes)
 * are kept as long as its count of who worked on tasks ({@code task-metrics-time-to-live}, two years),
 * and removed by the engine's own nightly history clean-up job at the same time as that count. Camunda
 * 7.24 removes the task-worker count by its time-to-live but never the execution metrics, which would
 * grow for as long as the system runs.
 *
 * <p>The clean-up job is the engine's: its handler is replaced by one that does all the engine's own
 * clean-up and then this, in the same job and its batch window, on one node of a cluster (the job is
 * the engine's, locked like any other). No time-to-live for task metrics: nothing is removed here either.
 */
@Component
public class ExecutionMetricsRetention extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    // of the engine's type: it takes the place of the engine's history clean-up
    ProcessEngineSetup.addJobHandler(configuration, new HistoryCleanupJobHandler() {
      @Override
      protected HistoryCleanupRemovalTime getTimeBasedHandler() {
        return new HistoryCleanupRemovalTime() {
          @Override
          public void performCleanup() {
            super.performCleanup();
            removeExecutionMetricsPastTheirTime(Context.getCommandContext());
          }
        };
      }
    });
  }

  /** Removes the execution metrics older than the task metrics' time-to-live (in days), if it has one. */
  static void removeExecutionMetricsPastTheirTime(CommandContext commandContext) {
    Integer timeToLiveDays = commandContext.getProcessEngineConfiguration().getParsedTaskMetricsTimeToLive();
    if (timeToLiveDays == null) {
      return;
    }
    Date before = Date.from(ClockUtil.getCurrentTime().toInstant().minus(timeToLiveDays, ChronoUnit.DAYS));
    commandContext.getMeterLogManager().deleteByTimestampAndReporter(before, null);
  }

  @Override
  public String toString() {
    return "execution metrics retention";
  }
}
