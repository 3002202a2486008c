package uk.org.safeguarding.reviews.contribution;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.org.safeguarding.reviews.contribution.ContributionProcess.TASK_SUBMIT_BRIEFING_NOTE;
import static uk.org.safeguarding.reviews.referral.ReferralProcess.KEY;
import static uk.org.safeguarding.reviews.referral.ReferralProcess.TASK_RECOMMEND_OUTCOME;
import static uk.org.safeguarding.reviews.referral.ReferralProcess.TASK_TRIAGE_REFERRAL;

import java.util.List;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;

import uk.org.safeguarding.reviews.support.OverlappingTransactions;
import uk.org.safeguarding.reviews.support.ProcessTest;
import uk.org.safeguarding.reviews.support.ProcessTestBase;

/**
 * Two agencies submit their briefing notes in the same instant: both are saved (each touches only
 * its own contribution), and the case takes both in, one job after the other.
 */
@ProcessTest
class SimultaneousContributionsTest extends ProcessTestBase {

  @Autowired PlatformTransactionManager transactions;

  @Test
  void twoAgenciesSubmittingAtTheSameMomentAreBothSavedAndBothReachTheCase() {
    String caseRef = newCase("Child S");
    ProcessInstance referral = runtimeService.startProcessInstanceByKey(KEY, vars(
        "caseReference", caseRef, "incidentSummary", "Child injured", "referringAgency", "Police",
        "boardAwareOn", "2026-10-30", "agenciesInvolved", json(List.of("dorset-police")), "mediaInterest", false));
    complete(referral, TASK_TRIAGE_REFERRAL, vars("agenciesInvolved", json(List.of("dorset-police", "poole-council"))));
    List<Task> notes = tasksOfCase(caseRef, TASK_SUBMIT_BRIEFING_NOTE);
    assertThat(notes).hasSize(2);

    List<Throwable> outcomes = OverlappingTransactions.run(transactions, notes.stream().<Runnable>map(note -> () ->
        taskService.complete(note.getId(), vars("agencyInvolvement", "Known", "briefingNote", "Note for " + note.getName())))
        .toList());

    assertThat(outcomes).as("both submissions committed").containsOnlyNulls();
    assertThat(tasksOfCase(caseRef, TASK_SUBMIT_BRIEFING_NOTE)).as("both notes saved").isEmpty();
    runAsynchronousContinuations();
    assertThat(runtimeService.getVariable(referral.getId(), "briefingNotes").toString())
        .contains("Dorset Police").contains("Borough of Poole");
    assertThat(task(referral, TASK_RECOMMEND_OUTCOME)).as("the case moved on to the recommendation").isNotNull();
  }
}
