package uk.org.safeguarding.reviews.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static uk.org.safeguarding.reviews.contribution.ContributionProcess.TASK_SUBMIT_BRIEFING_NOTE;
import static uk.org.safeguarding.reviews.referral.ReferralProcess.*;

import java.time.LocalDate;
import java.util.List;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;

import uk.org.safeguarding.reviews.forms.InvalidCaseDataException;
import uk.org.safeguarding.reviews.engine.JsonVariables;
import uk.org.safeguarding.reviews.register.RegisterEntry;
import uk.org.safeguarding.reviews.support.ProcessTest;
import uk.org.safeguarding.reviews.support.CaseSteps;

@ProcessTest
class ReferralProcessTest extends CaseSteps {

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
    List<Task> notes = tasksOfCase(caseRef, TASK_SUBMIT_BRIEFING_NOTE);
    assertThat(notes).extracting(Task::getName).containsExactlyInAnyOrder(
        "Briefing note — " + caseRef + " — Dorset Police",
        "Briefing note — " + caseRef + " — Borough of Poole",
        "Briefing note — " + caseRef + " — Dorset Healthcare University Foundation Trust");
    assertThat(notes).allSatisfy(t -> assertThat(day(t.getDueDate())).isEqualTo(LocalDate.of(2026, 11, 16)));
    assertThat(briefingNoteTask(pi, "dorset-police")).isNotNull();
    // an agency's note is kept in its own process: what it sees holds no other agency's note
    complete(briefingNoteTask(pi, "dorset-police"), vars("agencyInvolvement", "Known", "briefingNote", "Police note"));
    assertThat(taskService.getVariables(briefingNoteTask(pi, "poole-council").getId()).toString()).doesNotContain("Police note");
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
  void eachBriefingNoteNamesTheUserWhoSubmittedIt() {
    ProcessInstance pi = refer(newCase("Child I"), false, "dorset-police");
    complete(pi, TASK_TRIAGE_REFERRAL, vars("agenciesInvolved", json(List.of("dorset-police", "poole-council"))));
    for (String agency : List.of("dorset-police", "poole-council")) {
      Task note = briefingNoteTask(pi, agency);
      as(agency, List.of("agency-" + agency), () -> {
        taskService.complete(note.getId(), vars("agencyInvolvement", "Known", "briefingNote", "Note from " + agency));
        return null;
      });
      runAsynchronousContinuations(); // the note joins the case in a job of its own, with no user signed in
    }
    assertThat(JsonVariables.records(runtimeService.getVariable(pi.getId(), "briefingNotes")))
        .extracting(n -> n.get("agency"), n -> n.get("submittedBy"))
        .containsExactlyInAnyOrder(tuple("dorset-police", "dorset-police"), tuple("poole-council", "poole-council"));
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

    complete(media, vars("mediaHandlingNotes", "Press office briefed; Gold group not needed"));
    assertThat(tasks(pi, TASK_NOTE_MEDIA_INTEREST)).isEmpty();
    assertThat(task(pi, TASK_TRIAGE_REFERRAL)).as("the referral goes on").isNotNull();
  }

  @Test
  void triageCannotAskAnAgencyThatIsNotAMember() {
    ProcessInstance pi = refer(newCase("Child O"), false, "dorset-police");
    assertRefused(() -> complete(pi, TASK_TRIAGE_REFERRAL, vars("agenciesInvolved", json(List.of("dorset-police", "mi5")))),
        "unknown agencies: [mi5]");
    assertThat(tasksOfCase(pi.getBusinessKey(), TASK_SUBMIT_BRIEFING_NOTE)).isEmpty();
  }

  @Test
  void triageRefusesAnAgencyListSentAsPlainText() {
    ProcessInstance pi = refer(newCase("Child Q"), false, "dorset-police");
    for (String text : List.of("[\"dorset-police\"]", "dorset-police")) {
      assertRefused(() -> complete(pi, TASK_TRIAGE_REFERRAL, vars("agenciesInvolved", Variables.stringValue(text))),
          "'Agencies involved with the child or family' must be a list");
    }
    assertThat(tasksOfCase(pi.getBusinessKey(), TASK_SUBMIT_BRIEFING_NOTE)).isEmpty();
    assertThat(task(pi, TASK_TRIAGE_REFERRAL)).as("the triage stays open").isNotNull();
  }

  @Test
  void aReferralWithoutTheMediaInterestBoxIsTakenAsNoMediaInterest() {
    String caseRef = newCase("Child W");
    ProcessInstance pi = runtimeService.startProcessInstanceByKey(KEY, vars("caseReference", caseRef,
        "incidentSummary", "x", "referringAgency", "Police", "boardAwareOn", "2026-10-30",
        "agenciesInvolved", json(List.of("dorset-police"))));
    assertThat(tasks(pi, TASK_NOTE_MEDIA_INTEREST)).isEmpty();
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
        "'Recommendation' must be one of", "'Reasons for the recommendation' is required");
    assertThat(runtimeService.getVariable(pi.getId(), "recommendation")).isNull();
    assertThat(task(pi, TASK_RECOMMEND_OUTCOME).getId()).isEqualTo(recommend.getId());
  }

  @Test
  void anScrRecommendationGoesToTheBoardChairWhoInitiatesTheReview() {
    String caseRef = newCase("Child G");
    ProcessInstance pi = refer(caseRef, false, "dorset-police");
    triageAndBrief(pi, "dorset-police", "poole-council");
    complete(pi, TASK_RECOMMEND_OUTCOME, scrRecommendation());
    assertThat(registerEntry(pi).getStatus()).isEqualTo("awaiting-board-chair-decision");
    Task decide = task(pi, TASK_DECIDE_SCR);
    // normally within one month of the board becoming aware (30 October 2026) -> Monday 30 November
    assertThat(day(decide.getDueDate())).isEqualTo(LocalDate.of(2026, 11, 30));

    complete(decide, vars("scrDecision", DECISION_INITIATE, "decisionReasons", "The criteria are met"));
    assertThat(isEnded(pi)).isTrue();
    assertThat(registerEntry(pi).getOutcome()).isEqualTo("scr");
    ProcessInstance review = processOfCase("serious-case-review", caseRef);
    assertThat(review).isNotNull();
    assertThat(runtimeService.getVariable(review.getId(), "agenciesInvolved").toString()).contains("dorset-police", "poole-council");
    assertThat(runtimeService.getVariable(review.getId(), "referralProcessInstanceId")).isEqualTo(pi.getId());
    assertThat(register.forCase(caseRef)).extracting(RegisterEntry::getEntryType).containsExactly("referral", "serious-case-review");
  }

  @Test
  void theBoardChairMayDeclineAnScrAndChooseACaseAudit() {
    String caseRef = newCase("Mr and Mrs C");
    ProcessInstance pi = refer(caseRef, false, "dorset-police");
    triageAndBrief(pi, "dorset-police");
    complete(pi, TASK_RECOMMEND_OUTCOME, scrRecommendation());
    assertRefused(() -> complete(pi, TASK_DECIDE_SCR, vars("scrDecision", DECISION_DECLINE, "decisionReasons", "Below threshold")),
        "'Instead' is required");
    complete(pi, TASK_DECIDE_SCR, vars("scrDecision", DECISION_DECLINE, "alternative", RECOMMEND_CASE_AUDIT,
        "decisionReasons", "Did not meet serious case review threshold"));
    assertThat(registerEntry(pi).getOutcome()).isEqualTo("case-audit");
    assertThat(registerEntry(pi).getOutcomeReason()).isEqualTo("Did not meet serious case review threshold");
    assertThat(processOfCase("case-audit", caseRef)).isNotNull();
  }

  @Test
  void theBoardChairMayDeclineWithNoFurtherAction() {
    String caseRef = newCase("Child D");
    ProcessInstance pi = refer(caseRef, false, "dorset-police");
    triageAndBrief(pi, "dorset-police");
    complete(pi, TASK_RECOMMEND_OUTCOME, scrRecommendation());
    complete(pi, TASK_DECIDE_SCR, vars("scrDecision", DECISION_DECLINE, "alternative", RECOMMEND_NO_FURTHER_ACTION,
        "decisionReasons", "Learning taken forward by single agencies"));
    assertThat(registerEntry(pi).getStatus()).isEqualTo("no-further-action");
    assertThat(registerEntry(pi).getOutcomeReason()).isEqualTo("Learning taken forward by single agencies");
    assertThat(processOfCase("case-audit", caseRef)).isNull();
    assertThat(processOfCase("serious-case-review", caseRef)).isNull();
  }

  @Test
  void aCaseAuditRecommendationStartsTheAuditWithoutTheBoardChair() {
    String caseRef = newCase("Child A");
    ProcessInstance pi = refer(caseRef, false, "poole-council");
    triageAndBrief(pi, "poole-council");
    complete(pi, TASK_RECOMMEND_OUTCOME, vars("recommendation", RECOMMEND_CASE_AUDIT, "recommendationReasons", "Close to threshold"));
    assertThat(tasks(pi, TASK_DECIDE_SCR)).isEmpty();
    ProcessInstance audit = processOfCase("case-audit", caseRef);
    assertThat(runtimeService.getVariable(audit.getId(), "auditReasons")).isEqualTo("Close to threshold");
  }
}
