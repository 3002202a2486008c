package uk.org.safeguarding.reviews.notification;

import org.camunda.bpm.engine.impl.bpmn.parser.FailedJobRetryConfiguration;
import org.camunda.bpm.engine.impl.cmd.DefaultJobRetryCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.jobexecutor.FailedJobCommandFactory;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.util.ParseUtil;

/**
 * The engine's retry of a failed job, with the notices' own retry cycle (e.g. {@code R3/PT5M}: three
 * tries five minutes apart) for notice jobs; every other job keeps the engine's default strategy.
 * After the last try the job has no retries left and the engine raises a failed-job incident.
 */
class NoticeRetry implements FailedJobCommandFactory {

  private final String retryCycle;

  NoticeRetry(String retryCycle) {
    this.retryCycle = retryCycle;
  }

  @Override
  public Command<Object> getCommand(String jobId, Throwable exception) {
    return new DefaultJobRetryCmd(jobId, exception) {
      @Override
      public Object execute(CommandContext commandContext) {
        JobEntity job = getJob();
        if (job == null || !NoticeJob.TYPE.equals(job.getJobHandlerType())) {
          return super.execute(commandContext);
        }
        try {
          executeCustomStrategy(commandContext, job, null);
        } catch (Exception e) {
          executeStandardStrategy(commandContext);
        }
        return null;
      }

      @Override
      public FailedJobRetryConfiguration getFailedJobRetryConfiguration(JobEntity job, ActivityImpl activity) {
        return NoticeJob.TYPE.equals(job.getJobHandlerType()) ? ParseUtil.parseRetryIntervals(retryCycle)
            : super.getFailedJobRetryConfiguration(job, activity);
      }
    };
  }
}
