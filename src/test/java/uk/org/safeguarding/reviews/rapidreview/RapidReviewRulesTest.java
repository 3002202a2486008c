package uk.org.safeguarding.reviews.rapidreview;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Date;
import java.util.Map;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;

import uk.org.safeguarding.reviews.calendar.BankHolidayOverrides;
import uk.org.safeguarding.reviews.calendar.Deadlines;
import uk.org.safeguarding.reviews.calendar.Timescales;
import uk.org.safeguarding.reviews.calendar.WorkingDayCalendar;
import uk.org.safeguarding.reviews.register.Register;
import uk.org.safeguarding.reviews.register.RegisterEntry;

/** The rapid review's rules, without an engine or a database. */
class RapidReviewRulesTest {

  static final LocalDate TODAY = LocalDate.of(2026, 11, 2);
  static final LocalDate AWARE = LocalDate.of(2026, 10, 30);
  static final LocalDate NOTIFIED = LocalDate.of(2026, 11, 3);

  /** One entry, kept in memory. */
  static class OneEntryRegister extends Register {
    RegisterEntry entry;

    OneEntryRegister() {
      super(null, null);
    }

    @Override
    public RegisterEntry open(String caseReference, String entryType, String processInstanceId, LocalDate on,
        Consumer<RegisterEntry> details) {
      entry = new RegisterEntry(caseReference, entryType, processInstanceId, on);
      details.accept(entry);
      return entry;
    }

    @Override
    public RegisterEntry update(String processInstanceId, Consumer<RegisterEntry> change) {
      change.accept(entry);
      return entry;
    }
  }

  private final Deadlines deadlines = new Deadlines(new WorkingDayCalendar(BankHolidayOverrides.packagedOnly()),
      Clock.fixed(Instant.parse("2026-11-02T10:00:00Z"), Deadlines.LONDON), LocalTime.of(9, 0), LocalTime.of(17, 0));
  private final Timescales timescales = new Timescales();
  private final OneEntryRegister register = new OneEntryRegister();
  private final RapidReviewRules rules = new RapidReviewRules(deadlines, timescales, register);

  private static LocalDate day(Date date) {
    return Deadlines.toLocalDate(date);
  }

  @Test
  void theNotificationCannotPredateTheAwarenessNorBeInTheFuture() {
    assertThat(rules.notificationProblems(AWARE, AWARE, TODAY)).isEmpty();
    assertThat(rules.notificationProblems(AWARE, TODAY, TODAY)).isEmpty();
    assertThat(rules.notificationProblems(AWARE, AWARE.minusDays(1), TODAY))
        .containsExactly("the notification (29 Oct 2026) cannot be before the local authority became aware (30 Oct 2026)");
    assertThat(rules.notificationProblems(AWARE, TODAY.plusDays(1), TODAY))
        .containsExactly("the notification date cannot be in the future (3 Nov 2026)");
  }

  @Test
  void openingPutsTheAwarenessAndTheNotificationClockOnTheRegister() {
    Date due = rules.notificationDue(AWARE);
    assertThat(day(due)).isEqualTo(LocalDate.of(2026, 11, 6));
    rules.open("Alex", "pi-1", "summary", "Borsetshire", AWARE, due, TODAY);
    RegisterEntry entry = register.entry;
    assertThat(entry.getEntryType()).isEqualTo(RapidReviewProcess.REGISTER_TYPE);
    assertThat(entry.getOpenedOn()).isEqualTo(TODAY);
    assertThat(entry.getSummary()).isEqualTo("summary");
    assertThat(entry.getReferringAgency()).isEqualTo("Borsetshire");
    assertThat(entry.getStatus()).isEqualTo("notification");
    assertThat(entry.milestoneDate("la-aware")).isEqualTo(AWARE);
    assertThat(entry.clock(RapidReviewProcess.CLOCK_NOTIFICATION).dueOn()).isEqualTo(LocalDate.of(2026, 11, 6));
  }

  @Test
  void theFifteenWorkingDaysCountFromTheNotificationByDefault() {
    rules.open("Alex", "pi-1", "summary", "Borsetshire", AWARE, rules.notificationDue(AWARE), TODAY);
    RapidReviewRules.Clock clock = rules.startClock("pi-1", AWARE, NOTIFIED);
    assertThat(clock.anchor()).isEqualTo("notification");
    assertThat(day(clock.rapidReviewDue())).isEqualTo(LocalDate.of(2026, 11, 24));
    assertThat(day(clock.agencySummaryDue())).isEqualTo(LocalDate.of(2026, 11, 17));
    RegisterEntry entry = register.entry;
    assertThat(entry.clock(RapidReviewProcess.CLOCK_NOTIFICATION).doneOn()).isEqualTo(NOTIFIED);
    assertThat(entry.clock(RapidReviewProcess.CLOCK_RAPID_REVIEW).dueOn()).isEqualTo(LocalDate.of(2026, 11, 24));
    assertThat(entry.getDueOn()).isEqualTo(LocalDate.of(2026, 11, 24));
    assertThat(entry.getStatus()).isEqualTo("rapid-review");
  }

  @Test
  void orFromTheAwarenessWhenSoConfigured() {
    timescales.setRapidReviewAnchor("awareness");
    rules.open("Alex", "pi-1", "summary", "Borsetshire", AWARE, rules.notificationDue(AWARE), TODAY);
    RapidReviewRules.Clock clock = rules.startClock("pi-1", AWARE, NOTIFIED);
    assertThat(clock.anchor()).isEqualTo("awareness");
    assertThat(day(clock.rapidReviewDue())).isEqualTo(LocalDate.of(2026, 11, 20));
    assertThat(register.entry.clock(RapidReviewProcess.CLOCK_RAPID_REVIEW).description())
        .endsWith("working days of the local authority becoming aware");
  }

  @Test
  void signOffRoundsCountFromOneAndFallDueADayBeforeThePanel() {
    assertThat(rules.nextSignOffRound(0)).isEqualTo(1);
    assertThat(rules.nextSignOffRound(1)).isEqualTo(2);
    assertThat(day(rules.signOffDue(deadlines.workingDaysAfter(NOTIFIED, 15)))).isEqualTo(LocalDate.of(2026, 11, 23));
  }

  @Test
  void aPartnerThatDoesNotAgreeIsKeptWithItsCommentsAndOnTheCase() {
    assertThat(rules.agreed("agreed")).isTrue();
    assertThat(rules.agreed("not-agreed")).isFalse();
    assertThat(rules.signOff(2, "health", false, "not yet", "hana", TODAY)).containsExactly(
        Map.entry("round", 2), Map.entry("partner", "health"),
        Map.entry("decision", "not-agreed"), Map.entry("comments", "not yet"),
        Map.entry("by", "hana"), Map.entry("on", "2026-11-02"));
    assertThat(rules.withNotAgreedNote("", "health", "not yet")).isEqualTo("Health (ICB): not yet\n");
    assertThat(rules.partnerName("police")).isEqualTo("Police");
    rules.open("Alex", "pi-1", "summary", "Borsetshire", AWARE, rules.notificationDue(AWARE), TODAY);
    rules.recordSignOff("pi-1", "health", false, TODAY);
    rules.recordSignOff("pi-1", "police", true, TODAY);
    assertThat(register.entry.milestoneDate("not-agreed-by-health")).isEqualTo(TODAY);
    assertThat(register.entry.milestoneDate("signed-off-by-police")).isEqualTo(TODAY);
  }

  @Test
  void theSubmissionFollowsTheNotificationAndStopsTheClock() {
    assertThat(rules.submissionProblems(NOTIFIED, NOTIFIED, NOTIFIED)).isEmpty();
    assertThat(rules.submissionProblems(AWARE, NOTIFIED, TODAY))
        .containsExactly("the rapid review cannot reach the Panel (30 Oct 2026) before the notification (3 Nov 2026)");
    assertThat(rules.submissionProblems(NOTIFIED, AWARE, TODAY))
        .containsExactly("the submission date cannot be in the future (3 Nov 2026)");
    rules.open("Alex", "pi-1", "summary", "Borsetshire", AWARE, rules.notificationDue(AWARE), TODAY);
    rules.startClock("pi-1", AWARE, AWARE);
    rules.recordSubmission("pi-1", TODAY);
    assertThat(register.entry.clock(RapidReviewProcess.CLOCK_RAPID_REVIEW).doneOn()).isEqualTo(TODAY);
    assertThat(register.entry.milestoneDate("submitted-to-panel")).isEqualTo(TODAY);
  }

  @Test
  void thePanelsResponseIsTheOutcomeAndClosesTheCase() {
    assertThat(rules.panelResponseProblems(TODAY, AWARE, TODAY)).isEmpty();
    assertThat(rules.panelResponseProblems(AWARE.minusDays(1), AWARE, TODAY))
        .containsExactly("'Date of the response' must be between the submission (30 Oct 2026) and today");
    assertThat(rules.panelResponseProblems(TODAY.plusDays(1), AWARE, TODAY)).hasSize(1);
    rules.open("Alex", "pi-1", "summary", "Borsetshire", AWARE, rules.notificationDue(AWARE), TODAY);
    rules.recordPanelResponse("pi-1", RapidReviewProcess.AGREE_NO_REVIEW, TODAY, "learning only");
    assertThat(register.entry.milestoneDate("panel-response-agree_no_review")).isEqualTo(TODAY);
    assertThat(register.entry.getOutcome()).isEqualTo(RapidReviewProcess.AGREE_NO_REVIEW);
    assertThat(register.entry.getOutcomeReason()).isEqualTo("learning only");
    rules.close("pi-1", RapidReviewProcess.AGREE_NO_REVIEW, TODAY);
    assertThat(register.entry.getClosedOn()).isEqualTo(TODAY);
    assertThat(register.entry.getStatus()).isEqualTo("closed");
  }

  @Test
  void aLocalReviewStartsForThePanelsCommentsOrElseThePartnersReasons() {
    assertThat(rules.localReviewReasons("Panel says so", "ours")).isEqualTo("Panel says so");
    assertThat(rules.localReviewReasons(" ", "ours")).isEqualTo("Following the rapid review: ours");
    assertThat(rules.localReviewReasons(null, "ours")).isEqualTo("Following the rapid review: ours");
  }

  @Test
  void theMeetingIsAMilestoneOnTheDayItWasHeld() {
    rules.open("Alex", "pi-1", "summary", "Borsetshire", AWARE, rules.notificationDue(AWARE), TODAY);
    rules.recordMeeting("pi-1", AWARE);
    assertThat(register.entry.milestoneDate("rapid-review-meeting")).isEqualTo(AWARE);
  }
}
