package uk.org.safeguarding.reviews.contribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import uk.org.safeguarding.reviews.calendar.BankHolidayOverrides;
import uk.org.safeguarding.reviews.calendar.Deadlines;
import uk.org.safeguarding.reviews.calendar.Timescales;
import uk.org.safeguarding.reviews.calendar.WorkingDayCalendar;
import uk.org.safeguarding.reviews.identity.Agencies;
import uk.org.safeguarding.reviews.register.Register;

/** An agency contribution's rules, without an engine or a database. */
class ContributionRulesTest {

  static final LocalDate TODAY = LocalDate.of(2026, 11, 2);

  /** One member agency, {@code police}. */
  static class OneAgency extends Agencies {
    OneAgency() {
      super(null, null, null);
    }

    @Override
    public String name(String slug) {
      return "police".equals(slug) ? "Borsetshire Police" : slug;
    }

    @Override
    public boolean isActive(String slug) {
      return "police".equals(slug);
    }
  }

  /** The milestones reached, as "instance | milestone | description | on". */
  static class Milestones extends Register {
    final List<String> reached = new ArrayList<>();

    Milestones() {
      super(null, null);
    }

    @Override
    public void reach(String processInstanceId, String milestone, String description, String status, LocalDate on) {
      reached.add(processInstanceId + " | " + milestone + " | " + description + " | " + status + " | " + on);
    }
  }

  private final Deadlines deadlines = new Deadlines(new WorkingDayCalendar(BankHolidayOverrides.packagedOnly()),
      Clock.fixed(Instant.parse("2026-11-02T10:00:00Z"), Deadlines.LONDON), LocalTime.of(9, 0), LocalTime.of(17, 0));
  private final Milestones register = new Milestones();
  private final ContributionRules rules = new ContributionRules(deadlines, new Timescales(), new OneAgency(), register);

  @Test
  void aRequestNamesAKnownKindAMemberAgencyAndADueDate() {
    assertThat(rules.requestProblems(ContributionProcess.TYPE_IMR, "police", true)).isEmpty();
    assertThat(rules.requestProblems("essay", "acme", false)).containsExactly(
        "contributionType must be one of [briefing-note, imr, audit-information, agency-summary, practice-contribution,"
            + " national-review-information], not 'essay'",
        "'acme' is not a member agency",
        "contributionDueDate is required");
    assertThat(rules.requestProblems(null, null, true)).containsExactly(
        "contributionType must be one of [briefing-note, imr, audit-information, agency-summary, practice-contribution,"
            + " national-review-information], not 'null'",
        "'null' is not a member agency");
  }

  @Test
  void eachKindHasItsLabel() {
    assertThat(rules.label(ContributionProcess.TYPE_IMR)).isEqualTo("IMR");
    assertThat(rules.label(ContributionProcess.TYPE_AGENCY_SUMMARY)).isEqualTo("rapid review agency summary");
    assertThat(rules.label(ContributionProcess.TYPE_AUDIT_INFORMATION)).isEqualTo("case audit information");
  }

  @Test
  void theReminderGoesFiveWorkingDaysBeforeAndTheEscalationFiveAfter() {
    assertThat(rules.dates(LocalDate.of(2026, 11, 20))).isEqualTo(new ContributionRules.Dates(
        LocalDate.of(2026, 11, 20), LocalDate.of(2026, 11, 13), LocalDate.of(2026, 11, 27)));
    // over a weekend and Christmas
    assertThat(rules.dates(LocalDate.of(2026, 12, 23))).isEqualTo(new ContributionRules.Dates(
        LocalDate.of(2026, 12, 23), LocalDate.of(2026, 12, 16), LocalDate.of(2027, 1, 4)));
  }

  @Test
  void theReworkDateIsRequiredAndAfterToday() {
    assertThat(rules.reworkProblems(null)).containsExactly("'Rework due by' is required");
    assertThat(rules.reworkProblems(TODAY)).containsExactly("'Rework due by' must be after today (2 Nov 2026)");
    assertThat(rules.reworkProblems(TODAY.plusDays(1))).isEmpty();
  }

  @Test
  void theReminderNamesTheAgencyAndGoesOnTheRegister() {
    assertThat(rules.reminderSubject("IMR", "SCR-2026-001", "police")).isEqualTo("IMR — SCR-2026-001 — Borsetshire Police");
    rules.recordReminder("review-1", "IMR", "police");
    assertThat(register.reached)
        .containsExactly("review-1 | contribution-reminder | Reminder sent: IMR due — Borsetshire Police | null | 2026-11-02");
  }

  @Test
  void anAcceptedContributionGoesOnTheRegister() {
    rules.recordAccepted("review-1", ContributionProcess.Kind.IMR, "police");
    rules.recordAccepted("review-1", ContributionProcess.Kind.BRIEFING_NOTE, "health");
    assertThat(register.reached).containsExactly(
        "review-1 | imr-accepted | IMR accepted — Borsetshire Police | null | 2026-11-02",
        "review-1 | briefing-note-accepted | Received: briefing note — health | null | 2026-11-02");
  }
}
