package uk.org.safeguarding.reviews.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.org.safeguarding.reviews.contribution.ContributionProcess.TASK_SUBMIT_BRIEFING_NOTE;
import static uk.org.safeguarding.reviews.referral.ReferralProcess.KEY;
import static uk.org.safeguarding.reviews.referral.ReferralProcess.TASK_TRIAGE_REFERRAL;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;

import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import uk.org.safeguarding.reviews.support.ProcessTest;
import uk.org.safeguarding.reviews.support.ProcessTestBase;

/**
 * A mail server that is down costs the notices, never the work: the step completes at once, and the
 * notice's job fails, is tried again on the retry cycle (three tries five minutes apart) and after the
 * last try is an incident in Cockpit.
 */
@ProcessTest
class MailServerDownTest extends ProcessTestBase {

  @Autowired
  NoticeFailures failures;

  @DynamicPropertySource
  static void unreachableMailServer(DynamicPropertyRegistry registry) throws IOException {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }
    registry.add("spring.mail.host", () -> "127.0.0.1");
    registry.add("spring.mail.port", () -> closedPort);
  }

  /** This context's notices are never sent: gone when a test ends, so no other test sends them. */
  @AfterEach
  void dropUnsentNotices() {
    managementService.createJobQuery().list().stream()
        .filter(job -> NoticeJob.TYPE.equals(((JobEntity) job).getJobHandlerType()))
        .forEach(job -> managementService.deleteJob(job.getId()));
  }

  List<Job> noticeJobs(String processInstanceId) {
    return managementService.createJobQuery().processInstanceId(processInstanceId).list().stream()
        .filter(job -> NoticeJob.TYPE.equals(((JobEntity) job).getJobHandlerType())).toList();
  }

  ProcessInstance refer(String caseRef) {
    return runtimeService.startProcessInstanceByKey(KEY, vars("caseReference", caseRef, "incidentSummary", "Child injured",
        "referringAgency", "Police", "boardAwareOn", "2026-10-30", "agenciesInvolved", json(List.of("dorset-police")),
        "mediaInterest", false));
  }

  @Test
  void theReferralIsTriagedAndTheAgenciesGetTheirTasksThoughNoEmailCanBeSent() {
    String caseRef = newCase("Child M");
    ProcessInstance referral = refer(caseRef);

    complete(referral, TASK_TRIAGE_REFERRAL, vars("agenciesInvolved", json(List.of("dorset-police", "poole-council"))));

    assertThat(tasksOfCase(caseRef, TASK_SUBMIT_BRIEFING_NOTE)).hasSize(2);
    assertThat(registerEntry(referral).getStatus()).isEqualTo("triage");
  }

  @Test
  void aNoticeTheMailServerDoesNotTakeIsTriedThreeTimesFiveMinutesApartThenIsAnIncident() {
    String caseRef = newCase("Child N");
    ProcessInstance referral = refer(caseRef);
    Job notice = noticeJobs(referral.getId()).get(0);
    double failedBefore = failures.count();

    for (int retriesLeft = 2; retriesLeft >= 0; retriesLeft--) {
      String jobId = notice.getId();
      assertThatThrownBy(() -> managementService.executeJob(jobId)).hasMessageContaining("mail server did not take");
      notice = managementService.createJobQuery().jobId(jobId).singleResult();
      assertThat(notice.getRetries()).isEqualTo(retriesLeft);
      assertThat(notice.getExceptionMessage()).contains("Task for you: Triage referral");
      if (retriesLeft > 0) {
        // the engine takes it up again five minutes later
        assertThat(Duration.between(engineNow(), notice.getDuedate().toInstant()))
            .isBetween(Duration.ofMinutes(4), Duration.ofMinutes(6));
        assertThat(incidents(referral)).isEmpty();
      }
    }

    String failedJobId = notice.getId();
    assertThat(incidents(referral)).singleElement().satisfies(incident -> {
      assertThat(incident.getIncidentType()).isEqualTo(Incident.FAILED_JOB_HANDLER_TYPE);
      assertThat(incident.getConfiguration()).isEqualTo(failedJobId);
      // in Cockpit, on the referral
      assertThat(incident.getProcessInstanceId()).isEqualTo(referral.getId());
    });
    assertThat(failures.count()).isEqualTo(failedBefore + 3);
    assertThat(task(referral, TASK_TRIAGE_REFERRAL)).as("the work is still in Tasklist").isNotNull();
  }

  List<Incident> incidents(ProcessInstance pi) {
    return runtimeService.createIncidentQuery().processInstanceId(pi.getId()).list().stream()
        .filter(incident -> noticeJobs(pi.getId()).stream().anyMatch(job -> job.getId().equals(incident.getConfiguration())))
        .toList();
  }

  java.time.Instant engineNow() {
    return org.camunda.bpm.engine.impl.util.ClockUtil.getCurrentTime().toInstant();
  }
}
