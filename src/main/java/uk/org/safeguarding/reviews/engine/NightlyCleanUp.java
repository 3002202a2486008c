package uk.org.safeguarding.reviews.engine;

import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.jobexecutor.historycleanup.HistoryCleanupJobHandler;
import org.camunda.bpm.engine.impl.jobexecutor.historycleanup.HistoryCleanupRemovalTime;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The engine's own nightly history clean-up job, doing more than Camunda's: after all of the engine's
 * clean-up, in the same job and its batch window, on one node of a cluster (the job is the engine's,
 * locked like any other), it removes
 * <ul>
 *   <li>the engine's execution metrics (Admin's <em>Execution metrics</em>: how many activities, decisions
 *       and root instances ran, in {@code ACT_RU_METER_LOG}, about ten rows per node every 15 minutes),
 *       kept as long as its count of who worked on tasks ({@code task-metrics-time-to-live}, two years).
 *       Camunda 7.24 removes the task-worker count by its time-to-live but never the execution metrics,
 *       which would grow for as long as the system runs. No time-to-live for task metrics: none removed;</li>
 *   <li>what each {@link NightlyCleanUpStep} bean removes (the identity audit trail past its time).</li>
 * </ul>
 */
@Component
public class NightlyCleanUp extends AbstractProcessEnginePlugin {

  /** Looked up when the job runs: the plugin is built before the engine, the steps are plain beans. */
  private final ObjectProvider<NightlyCleanUpStep> steps;

  public NightlyCleanUp(ObjectProvider<NightlyCleanUpStep> steps) {
    this.steps = steps;
  }

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
            CommandContext commandContext = Context.getCommandContext();
            removeExecutionMetricsPastTheirTime(commandContext);
            List<NightlyCleanUpStep> ours = steps.orderedStream().toList();
            ours.forEach(step -> step.removePastItsTime(commandContext));
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
    return "nightly clean-up";
  }
}
