package uk.org.safeguarding.reviews.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.org.safeguarding.reviews.referral.ReferralProcess.*;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;

import uk.org.safeguarding.reviews.process.InvalidCaseDataException;
import uk.org.safeguarding.reviews.register.RegisterEntry;
import uk.org.safeguarding.reviews.support.ProcessTest;
import uk.org.safeguarding.reviews.support.ProcessTestBase;

@ProcessTest
class ReferralProcessTest extends ProcessTestBase {

  ProcessInstance refer(String caseReference, boolean mediaInterest, String... agencies) {
    return runtimeService.startProcessInstanceByKey(KEY, vars(
        "caseReference", caseReference,
        "incidentSummary", "Child injured during an incident of domestic violence",
        "referringAgency", "Borough of Poole children's social care",
        "boardAwareOn", "2026-10-30",
        "agenciesInvolved", json(List.of(agencies)),
        "mediaInterest", mediaInterest));
  }

  void triageAndBrief(ProcessInstance pi, String... agencies) {
    complete(pi, TASK_TRIAGE_REFERRAL, vars("agenciesInvolved", json(List.of(agencies)), "triageNotes", "Ask both"));
    for (String agency : agencies) {
      complete(agencyTask(pi, TASK_SUBMIT_BRIEFING_NOTE, agency),
          vars("agencyInvolvement", "Known to " + agency, "briefingNote", "Note from " + agency));
    }
  }

  @Test
  void triageAsksEachAgencyForABriefingNoteNamedForTheCaseWithADueDate() {
    String caseRef = newCase("Child G");
    ProcessInstance pi = refer(caseRef, false, "dorset-police", "poole-council");
    assertThat(pi.getBusinessKey()).isEqualTo(caseRef);
    Task triage = task(pi, TASK_TRIAGE_REFERRAL);
    assertThat(triage.getName()).isEqualTo("Triage referral — " + caseRef);
    // referred Monday 2 Nov; triage due 5 working days later: Monday 9 Nov, close of business
    assertThat(day(triage.getDueDate())).isEqualTo(LocalDate.of(2026, 11, 9));

    complete(triage, vars("agenciesInvolved", json(List.of("dorset-police", "poole-council", "dorset-healthcare"))));
    List<Task> notes = tasks(pi, TASK_SUBMIT_BRIEFING_NOTE);
    assertThat(notes).extracting(Task::getName).containsExactlyInAnyOrder(
        "Briefing note — " + caseRef + " — Dorset Police",
        "Briefing note — " + caseRef + " — Borough of Poole",
        "Briefing note — " + caseRef + " — Dorset Healthcare University Foundation Trust");
    assertThat(notes).allSatisfy(t -> assertThat(day(t.getDueDate())).isEqualTo(LocalDate.of(2026, 11, 16)));
    assertThat(agencyTask(pi, TASK_SUBMIT_BRIEFING_NOTE, "dorset-police")).isNotNull();
    assertThat(registerEntry(pi).getStatus()).isEqualTo("triage");
  }

  @Test
  void briefingNotesAreKeptPerAgencyForTheChairsRecommendation() {
    ProcessInstance pi = refer(newCase("Child H"), false, "dorset-police");
    triageAndBrief(pi, "dorset-police", "poole-council");
    Object notes = runtimeService.getVariable(pi.getId(), "briefingNotes");
    assertThat(notes.toString()).contains("Note from dorset-police").contains("Note from poole-council")
        .contains("Borough of Poole");
    assertThat(task(pi, TASK_RECOMMEND_OUTCOME)).isNotNull();
  }

  @Test
  void noFurtherActionIsLoggedOnTheTrackerWithItsReason() {
    ProcessInstance pi = refer(newCase("Child J"), false, "dorset-police");
    triageAndBrief(pi, "dorset-police");
    complete(pi, TASK_RECOMMEND_OUTCOME, vars("recommendation", RECOMMEND_NO_FURTHER_ACTION,
        "recommendationReasons", "Single-agency learning only"));
    assertThat(isEnded(pi)).isTrue();
    RegisterEntry entry = registerEntry(pi);
    assertThat(entry.getStatus()).isEqualTo("no-further-action");
    assertThat(entry.getOutcome()).isEqualTo("no-further-action");
    assertThat(entry.getOutcomeReason()).isEqualTo("Single-agency learning only");
    assertThat(entry.getClosedOn()).isEqualTo(LocalDate.of(2026, 11, 2));
  }

  @Test
  void mediaInterestInformsTheBoardChairAtOnce() {
    String caseRef = newCase("Child K");
    ProcessInstance pi = refer(caseRef, true, "dorset-police");
    Task media = task(pi, TASK_NOTE_MEDIA_INTEREST);
    assertThat(taskService.getIdentityLinksForTask(media.getId()))
        .anySatisfy(l -> assertThat(l.getGroupId()).isEqualTo("board-chair"));
    assertThat(media.getName()).isEqualTo("Media interest — " + caseRef);
    assertThat(task(pi, TASK_TRIAGE_REFERRAL)).isNotNull();
  }

  @Test
  void noMediaInterestNoBoardChairTask() {
    ProcessInstance pi = refer(newCase("Child L"), false, "dorset-police");
    assertThat(tasks(pi, TASK_NOTE_MEDIA_INTEREST)).isEmpty();
  }

  @Test
  void aReferralWithoutItsRequiredFieldsIsRefusedAndLeavesNothing() {
    String caseRef = newCase("Child M");
    long before = runtimeService.createProcessInstanceQuery().count();
    assertThatThrownBy(() -> runtimeService.startProcessInstanceByKey(KEY, caseRef,
        vars("caseReference", caseRef, "boardAwareOn", "30/10/2026", "mediaInterest", "perhaps")))
        .isInstanceOf(InvalidCaseDataException.class)
        .hasMessageContaining("'Summary of the incident' is required")
        .hasMessageContaining("'Date the board became aware' must be a date")
        .hasMessageContaining("must be true or false");
    assertThat(runtimeService.createProcessInstanceQuery().count()).isEqualTo(before);
    assertThat(register.forCase(caseRef)).isEmpty();
  }

  @Test
  void aFutureAwarenessDateOrUnknownAgencyIsRefused() {
    String caseRef = newCase("Child N");
    assertThatThrownBy(() -> runtimeService.startProcessInstanceByKey(KEY, vars(
        "caseReference", caseRef, "incidentSummary", "x", "referringAgency", "Police",
        "boardAwareOn", "2027-01-01", "agenciesInvolved", json(List.of("dorset-police")))))
        .isInstanceOf(InvalidCaseDataException.class)
        .hasMessageContaining("cannot be in the future");
    assertThat(register.forCase(caseRef)).isEmpty();
  }

  @Test
  void aCaseAlreadyOpenCannotBeReferredTwice() {
    String caseRef = newCase("Child P");
    refer(caseRef, false, "dorset-police");
    assertThatThrownBy(() -> refer(caseRef, false, "dorset-police"))
        .isInstanceOf(InvalidCaseDataException.class).hasMessageContaining("already open");
  }

  @Test
  void aRecommendationWithoutReasonsIsRefusedAndTheTaskStaysOpen() {
    ProcessInstance pi = refer(newCase("Child Q"), false, "dorset-police");
    triageAndBrief(pi, "dorset-police");
    Task recommend = task(pi, TASK_RECOMMEND_OUTCOME);
    assertRefused(() -> complete(recommend, vars("recommendation", "maybe")),
        "'Recommendation' must be one of", "'Reasons' is required");
    assertThat(runtimeService.getVariable(pi.getId(), "recommendation")).isNull();
    assertThat(task(pi, TASK_RECOMMEND_OUTCOME).getId()).isEqualTo(recommend.getId());
  }

  static Map<String, Object> scrRecommendation() {
    return vars("recommendation", RECOMMEND_SCR, "scrCriteria", "discretionary",
        "recommendationReasons", "Serious harm; concerns about information sharing");
  }
}
