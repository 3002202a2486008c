package uk.org.safeguarding.reviews.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.org.safeguarding.reviews.contribution.ContributionProcess.TASK_SUBMIT_BRIEFING_NOTE;
import static uk.org.safeguarding.reviews.referral.ReferralProcess.KEY;
import static uk.org.safeguarding.reviews.referral.ReferralProcess.TASK_TRIAGE_REFERRAL;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.List;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import uk.org.safeguarding.reviews.support.ProcessTest;
import uk.org.safeguarding.reviews.support.ProcessTestBase;

/** A mail server that is down costs the notices, never the work. */
@ProcessTest
class MailServerDownTest extends ProcessTestBase {

  @DynamicPropertySource
  static void unreachableMailServer(DynamicPropertyRegistry registry) throws IOException {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }
    registry.add("spring.mail.host", () -> "127.0.0.1");
    registry.add("spring.mail.port", () -> closedPort);
  }

  @Test
  void theReferralIsTriagedAndTheAgenciesGetTheirTasksThoughNoEmailCanBeSent() {
    String caseRef = newCase("Child M");
    ProcessInstance referral = runtimeService.startProcessInstanceByKey(KEY, vars(
        "caseReference", caseRef, "incidentSummary", "Child injured", "referringAgency", "Police",
        "boardAwareOn", "2026-10-30", "agenciesInvolved", json(List.of("dorset-police")), "mediaInterest", false));

    complete(referral, TASK_TRIAGE_REFERRAL, vars("agenciesInvolved", json(List.of("dorset-police", "poole-council"))));

    assertThat(tasksOfCase(caseRef, TASK_SUBMIT_BRIEFING_NOTE)).hasSize(2);
    assertThat(registerEntry(referral).getStatus()).isEqualTo("triage");
  }
}
