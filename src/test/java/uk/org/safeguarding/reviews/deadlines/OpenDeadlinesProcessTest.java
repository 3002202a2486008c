package uk.org.safeguarding.reviews.deadlines;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.org.safeguarding.reviews.referral.ReferralProcess.TASK_TRIAGE_REFERRAL;

import java.util.List;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import uk.org.safeguarding.reviews.engine.ProcessKeys;
import uk.org.safeguarding.reviews.support.CaseSteps;
import uk.org.safeguarding.reviews.support.ProcessTest;

/**
 * The deadlines view's reading of the engine, on H2 (the default run) and PostgreSQL: each open task with
 * the case it belongs to and whom it is with (its candidate groups, by name), and each timer still to fire
 * with the case and the step it belongs to, every one of them read for the whole listing at once.
 */
@ProcessTest
class OpenDeadlinesProcessTest extends CaseSteps {

  @Autowired private OpenDeadlines openDeadlines;

  @Test
  void eachOpenTaskAndTimerIsListedWithItsCaseAndWhomItIsWith() {
    String caseReference = newCase("Child Deadlines");
    ProcessInstance referral = refer(caseReference, false, "dorset-police", "poole-council");
    complete(referral, TASK_TRIAGE_REFERRAL, vars("agenciesInvolved", json(List.of("dorset-police", "poole-council")),
        "triageNotes", "Ask both"));
    Task policeNote = briefingNoteTask(referral, "dorset-police");

    List<Deadline> listed = openDeadlines.list(ProcessKeys.REVIEWS, caseReference::equals, false);

    assertThat(listed).as("the case's deadlines alone").isNotEmpty().allSatisfy(deadline -> {
      assertThat(deadline.caseReference()).isEqualTo(caseReference);
      assertThat(deadline.due()).isNotNull();
    });
    assertThat(listed).filteredOn(deadline -> policeNote.getId().equals(deadline.taskId())).singleElement()
        .satisfies(deadline -> {
          assertThat(deadline.kind()).isEqualTo("task");
          assertThat(deadline.party()).isEqualTo("Dorset Police");
          assertThat(deadline.what()).isEqualTo(policeNote.getName());
          assertThat(deadline.due()).isEqualTo(policeNote.getDueDate());
        });
    String council = identityService.createGroupQuery().groupId("agency-poole-council").singleResult().getName();
    assertThat(listed).filteredOn(deadline -> "task".equals(deadline.kind())).extracting(Deadline::party)
        .contains("Dorset Police", council);
    assertThat(listed).filteredOn(deadline -> "timer".equals(deadline.kind())).as("the briefing notes' timers")
        .isNotEmpty().allSatisfy(deadline -> {
          assertThat(deadline.what()).as("the timer's step, by name").isNotBlank().doesNotContain("Timer_");
          assertThat(deadline.processInstanceId()).isNotNull();
        });
    assertThat(listed).extracting(Deadline::due).isSorted();
  }
}
