package uk.org.safeguarding.reviews.lado;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.org.safeguarding.reviews.lado.LadoAllegationProcess.*;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

import uk.org.safeguarding.reviews.support.ProcessTest;
import uk.org.safeguarding.reviews.support.ProcessTestBase;

/**
 * A LADO allegation through the real engine: every initial-consideration outcome, a threshold-met
 * case through the meeting, parallel strands, review meetings and each outcome, the 1-week, 1-, 3-
 * and 12-month marks (fired with the job API, dates asserted), the malicious route, retention and
 * repeat concerns. The clock starts on Monday 2 November 2026.
 */
@ProcessTest
class LadoAllegationProcessTest extends ProcessTestBase {

  static final String POLICE = "dorset-police";

  @Autowired LadoRecords records;

  private static int people;

  /** A referral made today (2 Nov 2026) about an allegation the employer heard of on Friday 30 October 2026. */
  Map<String, Object> referral(String personName, String dateOfBirth) {
    Map<String, Object> v = vars(
        "referrerName", "Head teacher", "referrerOrganisation", "Oak Primary School", "sector", "education",
        "personRole", "Teaching assistant", "employerName", "Oak Primary School",
        "allegation", "Pupil says the assistant grabbed her arm hard", "allegationWhen", "29 October 2026",
        "childrenInvolved", "Child A", "employerAwareOn", "2026-10-30", "referredOn", "2026-11-02",
        "leadAuthority", THIS_AUTHORITY);
    if (personName != null) {
      v.put("personName", personName);
    }
    if (dateOfBirth != null) {
      v.put("personDateOfBirth", dateOfBirth);
    }
    return v;
  }

  String newPerson() {
    return "Person " + (++people) + "-" + System.nanoTime() % 100000;
  }

  ProcessInstance refer(Map<String, Object> referral) {
    return runtimeService.startProcessInstanceByKey(KEY, referral);
  }

  ProcessInstance referAndMeet(String initialConsideration) {
    ProcessInstance pi = refer(referral(newPerson(), "1980-02-01"));
    complete(pi, TASK_INITIAL_CONSIDERATION, vars("initialConsideration", initialConsideration,
        "considerationNotes", "Physical harm alleged"));
    return pi;
  }

  Map<String, Object> meeting(String route) {
    return vars("meetingHeldOn", "2026-11-02", "attendees", "LADO, police, head teacher",
        "suspensionDecision", "alternative-arrangements", "suspensionReasons", "Moved to a role without pupils",
        "route", route, "reviewMeetingWeeks", 4L);
  }

  List<String> candidateGroups(Task task) {
    return taskService.getIdentityLinksForTask(task.getId()).stream().map(IdentityLink::getGroupId).filter(g -> g != null).toList();
  }

  ProcessInstance strand(ProcessInstance pi, String strand) {
    return runtimeService.createProcessInstanceQuery().processDefinitionKey(InvestigationStrandProcess.KEY)
        .processInstanceBusinessKey(pi.getBusinessKey() == null ? reference(pi) : pi.getBusinessKey())
        .variableValueEquals("strand", strand).singleResult();
  }

  String reference(ProcessInstance pi) {
    return (String) historyService.createHistoricVariableInstanceQuery().processInstanceId(pi.getId())
        .variableName("ladoReference").singleResult().getValue();
  }

  LadoCase recorded(ProcessInstance pi) {
    return records.find(reference(pi)).orElseThrow();
  }

  String endEvent(ProcessInstance pi) {
    HistoricProcessInstance done = historyService.createHistoricProcessInstanceQuery().processInstanceId(pi.getId()).singleResult();
    return done.getEndActivityId();
  }

  @Test
  void aThresholdMetCaseRunsItsMeetingParallelStrandsReviewMeetingsAndOutcome() {
    ProcessInstance pi = refer(referral(newPerson(), "1980-02-01"));
    String reference = reference(pi);
    assertThat(reference).matches("LADO-2026-\\d{4}");
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(pi.getId()).singleResult().getBusinessKey())
        .isEqualTo(reference);

    // initial consideration: 1 working day after the referral (Monday 2 Nov -> Tuesday 3 Nov 2026, 17:00)
    Task consideration = task(pi, TASK_INITIAL_CONSIDERATION);
    assertThat(consideration.getName()).isEqualTo("Initial consideration — " + reference);
    assertThat(candidateGroups(consideration)).containsExactly("lado");
    assertThat(consideration.getDueDate()).isEqualTo(deadlines.closeOfBusinessOn(LocalDate.of(2026, 11, 3)));
    assertThat(taskService.getVariable(consideration.getId(), "earlierConcerns").toString())
        .contains("No earlier allegations or consultations");
    complete(consideration, vars("initialConsideration", THRESHOLD_MET, "considerationNotes", "Physical harm alleged"));

    // the meeting: 5 working days; police to Dorset Police, children's social care tracked by the LADO, no employer action
    Task meeting = task(pi, TASK_ALLEGATION_MEETING);
    assertThat(meeting.getDueDate()).isEqualTo(deadlines.closeOfBusinessOn(LocalDate.of(2026, 11, 9)));
    setToday(LocalDate.of(2026, 11, 4));
    Map<String, Object> agreed = meeting(ROUTE_INVESTIGATE);
    agreed.putAll(vars("policeAction", "Interview the assistant under caution", "policeAgency", POLICE,
        "socialCareAction", "Section 47 enquiry for Child A", "employerAction", "Governors consider the suspension",
        "actionsDueOn", "2026-12-04"));
    complete(meeting, agreed);

    ProcessInstance police = strand(pi, InvestigationStrandProcess.POLICE);
    ProcessInstance socialCare = strand(pi, InvestigationStrandProcess.SOCIAL_CARE);
    ProcessInstance employer = strand(pi, InvestigationStrandProcess.EMPLOYER);
    assertThat(candidateGroups(task(employer, InvestigationStrandProcess.TASK_REPORT_STRAND_OUTCOME)))
        .as("an employer that is not a member agency: the LADO records it").containsExactly("lado");
    Task policeTask = task(police, InvestigationStrandProcess.TASK_REPORT_STRAND_OUTCOME);
    assertThat(candidateGroups(policeTask)).containsExactly("agency-" + POLICE);
    assertThat(policeTask.getDueDate()).isEqualTo(deadlines.closeOfBusinessOn(LocalDate.of(2026, 12, 4)));
    assertThat(candidateGroups(task(socialCare, InvestigationStrandProcess.TASK_REPORT_STRAND_OUTCOME))).containsExactly("lado");
    // the agency's strand holds the LADO reference and what it was asked, nothing of the person or the child
    assertThat(runtimeService.getVariables(police.getId()).keySet())
        .containsExactlyInAnyOrder("caseReference", "ladoReference", "strand", "strandAction", "strandGroup", "strandDueDate");

    // review meetings every 4 weeks, then at the interval each review meeting sets
    assertThat(timer(pi, TIMER_NEXT_REVIEW_MEETING).getDuedate()).isEqualTo(deadlines.closeOfBusinessOn(LocalDate.of(2026, 12, 2)));
    setToday(LocalDate.of(2026, 12, 2));
    fireTimer(pi, TIMER_NEXT_REVIEW_MEETING);
    complete(pi, TASK_REVIEW_MEETING, vars("reviewHeldOn", "2026-12-02", "reviewProgress", "Police interview held",
        "reviewMeetingWeeks", 2L));
    assertThat(timer(pi, TIMER_NEXT_REVIEW_MEETING).getDuedate()).isEqualTo(deadlines.closeOfBusinessOn(LocalDate.of(2026, 12, 16)));

    // past its due date a strand is chased by the LADO; reporting it ends the chase too
    setNow(LocalDateTime.of(2026, 12, 4, 17, 1));
    assertThat(timer(employer, InvestigationStrandProcess.TIMER_STRAND_OVERDUE).getDuedate())
        .isEqualTo(deadlines.closeOfBusinessOn(LocalDate.of(2026, 12, 4)));
    fireTimer(employer, InvestigationStrandProcess.TIMER_STRAND_OVERDUE);
    Task chase = task(employer, InvestigationStrandProcess.TASK_CHASE_STRAND);
    assertThat(candidateGroups(chase)).containsExactly("lado");
    // what the LADO writes about the late agency goes to the LADO case, never into the strand the agency reads,
    // a text longer than a column (kept in a byte array of its own) included
    Integer storedTexts = jdbc.queryForObject("select count(*) from ACT_GE_BYTEARRAY where NAME_ = 'chaseAction'", Integer.class);
    String chaseAction = "Rang the chair of governors: meeting on Monday. " + "Notes of the call. ".repeat(250);
    complete(chase, vars("chaseAction", chaseAction));
    assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(employer.getId()).variableName("chaseAction")
        .count()).as("in the strand's history").isZero();
    assertThat(jdbc.queryForObject("select count(*) from ACT_GE_BYTEARRAY where NAME_ = 'chaseAction'", Integer.class))
        .as("no stored text left behind").isEqualTo(storedTexts);
    assertThat(String.valueOf(runtimeService.getVariable(pi.getId(), uk.org.safeguarding.reviews.cases.NotesKeptFromTheAgency.CASE_VARIABLE)))
        .as("the LADO case's record").contains("Rang the chair of governors", "Chase the overdue strand");
    complete(employer, InvestigationStrandProcess.TASK_REPORT_STRAND_OUTCOME,
        vars("strandOutcome", "Governors: alternative duties continue", "strandConcludedOn", "2026-12-04"));
    assertThat(isEnded(employer)).isTrue();

    // the police report while their chase is still open: the report ends the strand and the chase with it
    fireTimer(police, InvestigationStrandProcess.TIMER_STRAND_OVERDUE);
    assertThat(tasks(police, InvestigationStrandProcess.TASK_CHASE_STRAND)).hasSize(1);
    // the strands report in parallel; the outcome waits for all, then the pending review meeting is cancelled
    complete(police, InvestigationStrandProcess.TASK_REPORT_STRAND_OUTCOME,
        vars("strandOutcome", "No further police action", "strandConcludedOn", "2026-12-01"));
    assertThat(isEnded(police)).isTrue();
    assertThat(tasks(pi, TASK_RECORD_OUTCOME)).isEmpty();
    complete(socialCare, InvestigationStrandProcess.TASK_REPORT_STRAND_OUTCOME,
        vars("strandOutcome", "Child A safe; no further enquiries", "strandConcludedOn", "2026-12-02"));
    Task outcome = task(pi, TASK_RECORD_OUTCOME);
    assertThat(timers(pi, TIMER_NEXT_REVIEW_MEETING)).isEmpty();
    assertThat(taskService.getVariable(outcome.getId(), "investigationFindings").toString())
        .contains("Police: No further police action", "Children's social care: Child A safe", "Employer: Governors");
    complete(outcome, vars("outcomeCategory", SUBSTANTIATED, "outcomeReasons", "Admitted",
        "conclusionActions", json(List.of(DBS_REFERRAL, DISCIPLINARY_ACTION)), "disciplinaryOutcome", "Final written warning"));

    assertThat(isEnded(pi)).isTrue();
    assertThat(endEvent(pi)).isEqualTo(END_ALLEGATION_CONCLUDED);
    LadoCase concluded = recorded(pi);
    assertThat(concluded.getOutcome()).isEqualTo(SUBSTANTIATED);
    assertThat(concluded.conclusionActionList()).containsExactly(DBS_REFERRAL, DISCIPLINARY_ACTION);
    assertThat(concluded.getConcludedOn()).isEqualTo(LocalDate.of(2026, 12, 4));
    // retention: the 67th birthday (1 Feb 2047) is later than 10 years from the allegation (30 Oct 2036)
    assertThat(concluded.getRetentionUntil()).isEqualTo(LocalDate.of(2047, 2, 1));
  }

  @Test
  void adviceOnlyIsAConsultationKeptWithoutThePersonsName() {
    String person = newPerson();
    ProcessInstance pi = refer(referral(person, "1985-06-15"));
    complete(pi, TASK_INITIAL_CONSIDERATION, vars("initialConsideration", ADVICE_ONLY, "considerationNotes", "Advice on conduct",
        "adviceGiven", "Employer to speak to the member of staff"));
    assertThat(endEvent(pi)).isEqualTo(END_CONSULTATION_RECORDED);
    LadoCase kept = recorded(pi);
    assertThat(kept.isReferral()).isFalse();
    assertThat(kept.getPersonKey()).isNull();
    assertThat(kept.getPersonLabel()).isNull();
    assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(pi.getId())
        .variableNameIn("personName", "personDateOfBirth").count()).isZero();
    assertThat(historyService.createHistoricDetailQuery().processInstanceId(pi.getId()).list())
        .noneMatch(d -> d.toString().contains(person));
  }

  @Test
  void belowThresholdAndHandedOverCasesCloseWithoutAnOutcome() {
    ProcessInstance below = referAndMeet(DOES_NOT_MEET_THRESHOLD);
    assertThat(endEvent(below)).isEqualTo(END_THRESHOLD_NOT_MET);
    assertThat(recorded(below).getConcludedOn()).isEqualTo(LocalDate.of(2026, 11, 2));
    assertThat(recorded(below).getInitialOutcome()).isEqualTo(DOES_NOT_MEET_THRESHOLD);

    Map<String, Object> crossBorder = referral(newPerson(), null);
    crossBorder.putAll(vars("leadAuthority", "other-authority", "otherAuthority", "Dorset Council"));
    ProcessInstance handed = refer(crossBorder);
    complete(handed, TASK_INITIAL_CONSIDERATION, vars("initialConsideration", HAND_OVER, "considerationNotes", "Lives in Dorset"));
    Task handover = task(handed, TASK_RECORD_HANDOVER);
    assertThat(handover.getDueDate()).isEqualTo(deadlines.closeOfBusinessOn(LocalDate.of(2026, 11, 3)));
    complete(handover, vars("receivingAuthority", "Dorset Council", "handedOverOn", "2026-11-02",
        "handoverNotes", "Referral and notes sent by secure transfer to the Dorset LADO"));
    assertThat(endEvent(handed)).isEqualTo(END_HANDED_OVER);
    assertThat(recorded(handed).getLeadAuthority()).contains("Dorset Council");
  }

  @Test
  void aPossibleOffenceGoesToAStrategyDiscussionWithThePoliceFirst() {
    ProcessInstance pi = referAndMeet(POLICE_INVESTIGATION);
    Task discussion = task(pi, TASK_POLICE_STRATEGY_DISCUSSION);
    assertThat(discussion.getDueDate()).isEqualTo(deadlines.closeOfBusinessOn(LocalDate.of(2026, 11, 3)));
    assertThat(tasks(pi, TASK_ALLEGATION_MEETING)).isEmpty();
    complete(discussion, vars("strategyDiscussionOn", "2026-11-02", "policeView", "Police will investigate first"));
    assertThat(tasks(pi, TASK_ALLEGATION_MEETING)).hasSize(1);
  }

  @Test
  void theOneThreeAndTwelveMonthMarksEachGiveTheLadoAReviewAndTheLastGoesToTheBoardChairWithoutNames() {
    ProcessInstance pi = referAndMeet(THRESHOLD_MET);
    // from the employer's awareness, Friday 30 October 2026; a mark on a weekend moves to the next working day
    assertThat(timer(pi, TIMER_ONE_MONTH_MARK).getDuedate()).isEqualTo(deadlines.closeOfBusinessOn(LocalDate.of(2026, 11, 30)));
    assertThat(timer(pi, TIMER_THREE_MONTH_MARK).getDuedate()).isEqualTo(deadlines.closeOfBusinessOn(LocalDate.of(2027, 2, 1)));
    assertThat(timer(pi, TIMER_TWELVE_MONTH_MARK).getDuedate()).isEqualTo(deadlines.closeOfBusinessOn(LocalDate.of(2027, 11, 1)));

    setNow(LocalDateTime.of(2026, 11, 30, 17, 1));
    fireTimer(pi, TIMER_ONE_MONTH_MARK);
    Task oneMonth = task(pi, TASK_REVIEW_AT_ONE_MONTH);
    assertThat(candidateGroups(oneMonth)).containsExactly("lado");
    assertThat(oneMonth.getDueDate()).isEqualTo(deadlines.closeOfBusinessOn(LocalDate.of(2026, 12, 2)));
    complete(oneMonth, vars("delayReasons", "Police enquiries", "planToConclude", "Meeting next week"));
    assertThat(tasks(pi, TASK_ALLEGATION_MEETING)).as("the case goes on").hasSize(1);

    setToday(LocalDate.of(2027, 2, 2));
    fireTimer(pi, TIMER_THREE_MONTH_MARK);
    complete(pi, TASK_REVIEW_AT_THREE_MONTHS, vars("delayReasons", "Awaiting the CPS", "planToConclude", "Review in March"));

    setToday(LocalDate.of(2027, 11, 2));
    fireTimer(pi, TIMER_TWELVE_MONTH_MARK);
    complete(pi, TASK_REVIEW_AT_TWELVE_MONTHS, vars("delayReasons", "Trial listed for January", "planToConclude", "Outcome after the trial"));
    ProcessInstance escalation = runtimeService.createProcessInstanceQuery().superProcessInstanceId(pi.getId())
        .processDefinitionKey(LadoEscalationProcess.KEY).singleResult();
    Task boardChair = task(escalation, LadoEscalationProcess.TASK_NOTE_LADO_ESCALATION);
    assertThat(candidateGroups(boardChair)).containsExactly("board-chair");
    assertThat(taskService.getVariables(boardChair.getId()).keySet()).containsExactlyInAnyOrder("caseReference", "ladoReference", "markDue");
    complete(boardChair, vars("boardChairResponse", "Please report progress monthly"));
    assertThat(isEnded(escalation)).isTrue();
  }

  @Test
  void aPlainlyUnfoundedAllegationHasItsOneWeekMarkAndAMaliciousOutcomeAsksAboutTheChildsReferral() {
    ProcessInstance pi = referAndMeet(THRESHOLD_MET);
    complete(pi, TASK_ALLEGATION_MEETING, meeting(ROUTE_PLAINLY_UNFOUNDED));
    Task resolve = task(pi, TASK_RESOLVE_PLAINLY);
    // 1 week = 5 working days from Friday 30 October 2026
    assertThat(resolve.getDueDate()).isEqualTo(deadlines.closeOfBusinessOn(LocalDate.of(2026, 11, 6)));
    assertThat(timer(pi, TIMER_ONE_WEEK_MARK).getDuedate()).isEqualTo(resolve.getDueDate());
    setNow(LocalDateTime.of(2026, 11, 6, 17, 1));
    fireTimer(pi, TIMER_ONE_WEEK_MARK);
    complete(pi, TASK_REVIEW_AT_ONE_WEEK, vars("delayReasons", "Waiting for the child's account", "planToConclude", "Monday"));

    assertRefused(() -> complete(resolve, vars("outcomeCategory", MALICIOUS, "outcomeReasons", "Invented",
        "conclusionActions", json(List.of(DBS_REFERRAL)))), "not referred to the DBS");
    complete(resolve, vars("outcomeCategory", MALICIOUS, "outcomeReasons", "The child said it was invented",
        "conclusionActions", json(List.of(NO_FURTHER_ACTION))));
    Task child = task(pi, TASK_CONSIDER_CHILD_REFERRAL);
    assertRefused(() -> complete(child, vars("childReferralNeedsAction", "yes")), "What action, and by whom");
    complete(child, vars("childReferralNeedsAction", "yes", "childReferralAction", "Early help assessment for Child A"));

    assertThat(endEvent(pi)).isEqualTo(END_ALLEGATION_CONCLUDED);
    LadoCase concluded = recorded(pi);
    assertThat(concluded.getOutcome()).isEqualTo(MALICIOUS);
    assertThat(concluded.isRemoveFromEmploymentRecord()).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {SUBSTANTIATED, FALSE, UNSUBSTANTIATED, UNFOUNDED})
  void everyOtherOutcomeCategoryConcludesTheCase(String category) {
    ProcessInstance pi = referAndMeet(THRESHOLD_MET);
    complete(pi, TASK_ALLEGATION_MEETING, meeting(ROUTE_PLAINLY_UNFOUNDED));
    complete(pi, TASK_RESOLVE_PLAINLY, vars("outcomeCategory", category, "outcomeReasons", "Agreed with the employer",
        "conclusionActions", json(List.of(NO_FURTHER_ACTION))));
    assertThat(tasks(pi, TASK_CONSIDER_CHILD_REFERRAL)).isEmpty();
    assertThat(endEvent(pi)).isEqualTo(END_ALLEGATION_CONCLUDED);
    assertThat(recorded(pi).getOutcome()).isEqualTo(category);
    assertThat(recorded(pi).isRemoveFromEmploymentRecord()).isFalse();
    // no date of birth known for this person? it is: 1 Feb 1980, so the 67th birthday
    assertThat(recorded(pi).getRetentionUntil()).isEqualTo(LocalDate.of(2047, 2, 1));
  }

  @Test
  void withoutADateOfBirthTheCaseIsKeptTenYearsFromTheAllegation() {
    ProcessInstance pi = refer(referral(newPerson(), null));
    complete(pi, TASK_INITIAL_CONSIDERATION, vars("initialConsideration", THRESHOLD_MET, "considerationNotes", "Harm"));
    complete(pi, TASK_ALLEGATION_MEETING, meeting(ROUTE_PLAINLY_UNFOUNDED));
    complete(pi, TASK_RESOLVE_PLAINLY, vars("outcomeCategory", UNFOUNDED, "outcomeReasons", "No basis",
        "conclusionActions", json(List.of(NO_FURTHER_ACTION))));
    assertThat(recorded(pi).getRetentionUntil()).isEqualTo(LocalDate.of(2036, 10, 30));
  }

  @Test
  void theLadoSeesEarlierAllegationsAndConsultationsAboutTheSamePerson() {
    String person = newPerson();
    ProcessInstance first = refer(referral(person, "1975-03-03"));
    complete(first, TASK_INITIAL_CONSIDERATION, vars("initialConsideration", DOES_NOT_MEET_THRESHOLD, "considerationNotes", "Low level"));
    ProcessInstance other = refer(referral(newPerson(), "1975-03-03"));

    ProcessInstance second = refer(referral("  " + person.toUpperCase() + " ", "1975-03-03"));
    String shown = (String) runtimeService.getVariable(second.getId(), "earlierConcerns");
    assertThat(shown).contains(reference(first)).doesNotContain(reference(other)).doesNotContain(reference(second));
  }

  @Test
  void badReferralsAndMeetingsAreRefusedWithTheirReasons() {
    Map<String, Object> future = referral(newPerson(), null);
    future.put("referredOn", "2026-11-20");
    assertRefused(() -> refer(future), "cannot be in the future");
    Map<String, Object> awareAfter = referral(newPerson(), null);
    awareAfter.put("employerAwareOn", "2026-11-02");
    awareAfter.put("referredOn", "2026-11-01");
    assertRefused(() -> refer(awareAfter), "cannot be after the referral");
    Map<String, Object> crossBorder = referral(newPerson(), null);
    crossBorder.put("leadAuthority", "shared");
    assertRefused(() -> refer(crossBorder), "'The other authority' is needed");

    ProcessInstance pi = referAndMeet(THRESHOLD_MET);
    Task meeting = task(pi, TASK_ALLEGATION_MEETING);
    assertRefused(() -> complete(meeting, meeting(ROUTE_INVESTIGATE)), "at least one action");
    Map<String, Object> noDate = meeting(ROUTE_INVESTIGATE);
    noDate.put("policeAction", "Interview");
    assertRefused(() -> complete(meeting, noDate), "'Actions due by' is needed");
    Map<String, Object> agencyOnly = meeting(ROUTE_PLAINLY_UNFOUNDED);
    agencyOnly.put("employerAgency", POLICE);
    assertRefused(() -> complete(meeting, agencyOnly), "no action is set");
    assertThat(tasks(pi, TASK_ALLEGATION_MEETING)).as("nothing moved").hasSize(1);
  }
}
