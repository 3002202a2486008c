package uk.org.safeguarding.reviews.support;

import java.util.List;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.runtime.Job;

import uk.org.safeguarding.reviews.notification.NoticeJob;

/**
 * The tests run with the job executor off. Where a model continues asynchronously (a contribution
 * passed on to its case), the tests run those jobs as the job executor would at once. Timers are
 * left alone: they fire only when a test fires them; so are e-mail notices (notification/NoticeJob),
 * which the notices' own tests send.
 */
public final class AsyncContinuations {

  private AsyncContinuations() {}

  public static void run(ManagementService managementService) {
    for (int round = 0; round < 100; round++) {
      List<Job> due = managementService.createJobQuery().messages().executable().unlimitedList().stream()
          .filter(job -> !NoticeJob.TYPE.equals(((JobEntity) job).getJobHandlerType()))
          .limit(10).toList();
      if (due.isEmpty()) {
        return;
      }
      due.forEach(job -> managementService.executeJob(job.getId()));
    }
    throw new AssertionError("asynchronous continuations did not settle after 100 rounds");
  }
}
