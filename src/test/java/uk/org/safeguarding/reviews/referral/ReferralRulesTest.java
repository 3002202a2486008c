package uk.org.safeguarding.reviews.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;

import uk.org.safeguarding.reviews.calendar.BankHolidayOverrides;
import uk.org.safeguarding.reviews.calendar.Deadlines;
import uk.org.safeguarding.reviews.calendar.WorkingDayCalendar;
import uk.org.safeguarding.reviews.engine.ProcessKeys;
import uk.org.safeguarding.reviews.register.Milestone;
import uk.org.safeguarding.reviews.register.Register;
import uk.org.safeguarding.reviews.register.RegisterEntry;

/** The referral's rules, without an engine or a database: today is Monday 2 November 2026. */
class ReferralRulesTest {

  static final LocalDate TODAY = LocalDate.of(2026, 11, 2);
  static final String PI = "pi-1";

  /** One referral's entry, kept in memory. */
  static class OneEntryRegister extends Register {
    final RegisterEntry entry = new RegisterEntry("SCR-1", ReferralProcess.REGISTER_TYPE, PI, TODAY.minusDays(10));

    OneEntryRegister() {
      super(null, null);
    }

    @Override
    public RegisterEntry update(String processInstanceId, Consumer<RegisterEntry> change) {
      assertThat(processInstanceId).isEqualTo(PI);
      change.accept(entry);
      return entry;
    }

    @Override
    public void reach(String processInstanceId, String milestone, String description, String status, LocalDate on) {
      update(processInstanceId, e -> e.reach(milestone, description, status, on));
    }
  }

  final OneEntryRegister register = new OneEntryRegister();
  final Deadlines deadlines = new Deadlines(new WorkingDayCalendar(BankHolidayOverrides.packagedOnly()),
      Clock.fixed(Instant.parse("2026-11-02T10:00:00Z"), Deadlines.LONDON), LocalTime.of(9, 0), LocalTime.of(17, 0));
  final ReferralRules rules = new ReferralRules(register, deadlines);

  Map<String, Object> referral() {
    Map<String, Object> read = new LinkedHashMap<>();
    read.put("caseReference", "SCR-1");
    read.put("incidentSummary", "Summary");
    read.put("boardAwareOn", "2026-10-20");
    read.put("agenciesInvolved", "[\"police\"]");
    read.put("mediaInterest", true);
    read.put("scrCriteria", "criterion-a");
    read.put("decisionReasons", "Board chair's reasons");
    return read;
  }

  @Test
  void aReferralIsReceivedTodayForTriage() {
    assertThat(rules.referredOn()).isEqualTo(TODAY);
    assertThat(ReferralRules.RECEIVED.milestone()).isEqualTo("referral-received");
    assertThat(ReferralRules.RECEIVED.label()).isEqualTo("Referral received");
    assertThat(ReferralRules.RECEIVED.status()).isEqualTo("triage");
  }

  @Test
  void aRecommendedScrAwaitsTheBoardChairOtherRecommendationsLeaveTheStatus() {
    register.entry.setStatus("triage");
    rules.recordRecommendation(PI, ReferralProcess.RECOMMEND_CASE_AUDIT);
    assertThat(register.entry.getStatus()).isEqualTo("triage");
    rules.recordRecommendation(PI, ReferralProcess.RECOMMEND_SCR);
    assertThat(register.entry.getStatus()).isEqualTo("awaiting-board-chair-decision");
    assertThat(register.entry.getMilestones()).extracting(Milestone::milestone, Milestone::description, Milestone::reachedOn)
        .containsExactly(
            tuple("recommendation-case-audit", "SCR group chair recommended: case-audit", TODAY),
            tuple("recommendation-scr", "SCR group chair recommended: scr", TODAY));
  }

  @Test
  void theBoardChairsReasonsWinOverTheScrGroupChairs() {
    assertThat(rules.reasons("board", "group")).isEqualTo("board");
    assertThat(rules.reasons(null, "group")).isEqualTo("group");
    assertThat(rules.reasons(null, null)).isEqualTo("null");
  }

  @Test
  void eachEndClosesTheReferralWithItsOutcomeAndReasons() {
    for (ReferralRules.Outcome end : ReferralRules.Outcome.values()) {
      OneEntryRegister referralRegister = new OneEntryRegister();
      new ReferralRules(referralRegister, deadlines).close(PI, end, "because");
      RegisterEntry entry = referralRegister.entry;
      assertThat(entry.getOutcome()).isEqualTo(end.outcome());
      assertThat(entry.getOutcomeReason()).isEqualTo("because");
      assertThat(entry.getClosedOn()).isEqualTo(TODAY);
      assertThat(entry.getStatus()).isEqualTo(end.status());
      assertThat(entry.getMilestones()).extracting(Milestone::milestone, Milestone::description)
          .containsExactly(tuple("referral-closed-" + end.outcome(), "Referral closed: " + end.outcome()));
    }
    assertThat(ReferralRules.Outcome.values()).extracting(ReferralRules.Outcome::status, ReferralRules.Outcome::outcome,
        ReferralRules.Outcome::processKey).containsExactly(
            tuple("scr-initiated", "scr", ProcessKeys.SERIOUS_CASE_REVIEW),
            tuple("case-audit", "case-audit", ProcessKeys.CASE_AUDIT),
            tuple("no-further-action", "no-further-action", null));
  }

  @Test
  void aStartedScrIsGivenTheCaseTheReferralItsCriteriaAndTheDecisionReasons() {
    assertThat(rules.passedOn(ReferralRules.Outcome.SERIOUS_CASE_REVIEW)).containsExactly("caseReference",
        "incidentSummary", "boardAwareOn", "agenciesInvolved", "mediaInterest", "scrCriteria", "decisionReasons");
    Map<String, Object> given = rules.startVariables(ReferralRules.Outcome.SERIOUS_CASE_REVIEW, PI, referral(), "ignored");
    assertThat(given).containsExactly(
        Map.entry("caseReference", "SCR-1"),
        Map.entry("incidentSummary", "Summary"),
        Map.entry("boardAwareOn", "2026-10-20"),
        Map.entry("agenciesInvolved", "[\"police\"]"),
        Map.entry("mediaInterest", true),
        Map.entry("referralProcessInstanceId", PI),
        Map.entry("scrCriteria", "criterion-a"),
        Map.entry("decisionReasons", "Board chair's reasons"));
  }

  @Test
  void aStartedCaseAuditIsGivenTheCaseTheReferralAndTheReasonsAsAuditReasons() {
    assertThat(rules.passedOn(ReferralRules.Outcome.CASE_AUDIT)).containsExactlyElementsOf(ReferralRules.CASE_VARIABLES);
    Map<String, Object> read = referral();
    read.remove("scrCriteria");
    read.remove("decisionReasons");
    Map<String, Object> given = rules.startVariables(ReferralRules.Outcome.CASE_AUDIT, PI, read, "group's reasons");
    assertThat(given.keySet()).containsExactly("caseReference", "incidentSummary", "boardAwareOn", "agenciesInvolved",
        "mediaInterest", "referralProcessInstanceId", "auditReasons");
    assertThat(given).containsEntry("auditReasons", "group's reasons").containsEntry("referralProcessInstanceId", PI);
  }

  @Test
  void aMissingVariableIsGivenAsNull() {
    Map<String, Object> given = rules.startVariables(ReferralRules.Outcome.CASE_AUDIT, PI, Map.of(), null);
    assertThat(given).containsEntry("incidentSummary", null).containsEntry("auditReasons", null);
  }
}
