package uk.org.safeguarding.reviews.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;

import uk.org.safeguarding.reviews.calendar.BankHolidayOverrides;
import uk.org.safeguarding.reviews.calendar.Deadlines;
import uk.org.safeguarding.reviews.calendar.Timescales;
import uk.org.safeguarding.reviews.calendar.WorkingDayCalendar;
import uk.org.safeguarding.reviews.register.Milestone;
import uk.org.safeguarding.reviews.register.Register;
import uk.org.safeguarding.reviews.register.RegisterEntry;

/** The review's rules without an engine or a database: today is Monday 2 November 2026. */
class SeriousCaseReviewTest {

  static final LocalDate TODAY = LocalDate.of(2026, 11, 2);
  static final String PI = "pi-1";

  /** The register in memory: one entry per process instance. */
  static class RegisterInMemory extends Register {
    final Map<String, RegisterEntry> entries = new HashMap<>();

    RegisterInMemory() {
      super(null, null);
    }

    @Override
    public RegisterEntry open(String caseReference, String entryType, String processInstanceId, LocalDate on,
        Consumer<RegisterEntry> details) {
      RegisterEntry entry = entries.computeIfAbsent(processInstanceId, id -> new RegisterEntry(caseReference, entryType, id, on));
      details.accept(entry);
      return entry;
    }

    @Override
    public RegisterEntry update(String processInstanceId, Consumer<RegisterEntry> change) {
      RegisterEntry entry = entry(processInstanceId);
      change.accept(entry);
      return entry;
    }

    @Override
    public void reach(String processInstanceId, String milestone, String description, String status, LocalDate on) {
      update(processInstanceId, e -> e.reach(milestone, description, status, on));
    }

    @Override
    public RegisterEntry entry(String processInstanceId) {
      RegisterEntry entry = entries.get(processInstanceId);
      if (entry == null) {
        throw new IllegalStateException("No register entry for process instance " + processInstanceId);
      }
      return entry;
    }
  }

  final RegisterInMemory register = new RegisterInMemory();
  final Deadlines deadlines = new Deadlines(new WorkingDayCalendar(BankHolidayOverrides.packagedOnly()),
      Clock.fixed(Instant.parse("2026-11-02T10:00:00Z"), Deadlines.LONDON), LocalTime.of(9, 0), LocalTime.of(17, 0));
  final SeriousCaseReview review = new SeriousCaseReview(register, deadlines, new Timescales());

  SeriousCaseReview.Deadline open(boolean cspr) {
    return review.open(new SeriousCaseReview.Opening(PI, "SCR-1", cspr, TODAY, LocalDate.of(2026, 10, 20), "Summary", null));
  }

  RegisterEntry entry() {
    return register.entry(PI);
  }

  @Test
  void anScrIsDueSixMonthsAfterTheDecisionOnAWorkingDayWithTheReminderTwentyWorkingDaysBefore() {
    // 2 May 2027 + 1 day: Monday 3 May 2027 is a bank holiday -> Tuesday 4 May; Easter Monday is 29 March
    assertThat(review.deadline(false, TODAY))
        .isEqualTo(new SeriousCaseReview.Deadline(LocalDate.of(2027, 5, 4), LocalDate.of(2027, 4, 5)));
  }

  @Test
  void theDecisionDefaultsToTodayAndCannotBeInTheFuture() {
    assertThat(review.decidedOn(null)).isEqualTo(TODAY);
    assertThat(review.decidedOn(LocalDate.of(2026, 10, 1))).isEqualTo(LocalDate.of(2026, 10, 1));
    assertThat(review.decisionProblems(TODAY)).isEmpty();
    assertThat(review.decisionProblems(TODAY.plusDays(1)))
        .containsExactly("the decision to initiate cannot be in the future (3 Nov 2026)");
    assertThat(review.openingRefusal(false)).isEqualTo("Cannot open the serious case review");
    assertThat(review.openingRefusal(true)).isEqualTo("Cannot open the local child safeguarding practice review");
  }

  @Test
  void anScrGoesOnTheRegisterWithItsCompletionClock() {
    SeriousCaseReview.Deadline deadline = open(false);

    RegisterEntry entry = entry();
    assertThat(entry.getEntryType()).isEqualTo(ReviewProcess.REGISTER_TYPE);
    assertThat(entry.getSummary()).isEqualTo("Summary");
    assertThat(entry.getStatus()).isEqualTo("in-progress");
    assertThat(entry.getDueOn()).isEqualTo(deadline.dueOn());
    assertThat(entry.getMilestones()).extracting(Milestone::milestone, Milestone::description, Milestone::reachedOn)
        .containsExactly(
            tuple("board-aware", "Board became aware", LocalDate.of(2026, 10, 20)),
            tuple("scr-initiated", "Board chair decided to initiate the SCR", TODAY));
    assertThat(entry.clock(ReviewProcess.CLOCK_COMPLETION).dueOn()).isEqualTo(deadline.dueOn());
    assertThat(entry.clock(ReviewProcess.CLOCK_PUBLICATION)).isNull();
  }

  @Test
  void aLocalCsprGoesOnTheRegisterWithItsPublicationClock() {
    SeriousCaseReview.Deadline deadline = open(true);

    RegisterEntry entry = entry();
    assertThat(entry.getEntryType()).isEqualTo(ReviewProcess.REGISTER_TYPE_CSPR);
    assertThat(entry.getMilestones()).extracting(Milestone::milestone).containsExactly("board-aware", "cspr-commissioned");
    assertThat(entry.getMilestones().get(0).description()).isEqualTo("Local authority became aware");
    assertThat(entry.clock(ReviewProcess.CLOCK_PUBLICATION).dueOn()).isEqualTo(deadline.dueOn());
    assertThat(entry.clock(ReviewProcess.CLOCK_COMPLETION)).isNull();
  }

  @Test
  void anExtensionMustMoveTheDeadlineLaterAndIntoTheFuture() {
    LocalDate current = LocalDate.of(2027, 5, 4);
    assertThat(review.extensionRequestProblems(current, LocalDate.of(2027, 6, 1))).isEmpty();
    assertThat(review.extensionRequestProblems(current, current)).containsExactly(
        "'Proposed new completion date' (2027-05-04) must be after the current deadline (2027-05-04) and after today");
    // an overdue review: later than the deadline is not enough, it must be after today too
    assertThat(review.extensionRequestProblems(LocalDate.of(2026, 10, 1), TODAY)).hasSize(1);
  }

  @Test
  void anApprovedExtensionMovesTheDeadlineAndTheReviewsClock() {
    open(true);
    SeriousCaseReview.ExtensionOutcome outcome = review.decideExtension(PI, new SeriousCaseReview.ExtensionDecision(true,
        LocalDate.of(2027, 5, 4), LocalDate.of(2027, 6, 30), "More time for the family", "Agreed"));

    assertThat(outcome.newDeadline().dueOn()).isEqualTo(LocalDate.of(2027, 6, 30));
    assertThat(outcome.newDeadline().remindOn()).isEqualTo(deadlines.calendar().addWorkingDays(LocalDate.of(2027, 6, 30), -20));
    assertThat(outcome.record()).containsExactly(
        Map.entry("decidedOn", "2026-11-02"), Map.entry("previousDueDate", "2027-05-04"),
        Map.entry("proposedDueDate", "2027-06-30"), Map.entry("reason", "More time for the family"),
        Map.entry("decision", "approved"), Map.entry("decisionReasons", "Agreed"));
    RegisterEntry entry = entry();
    assertThat(entry.getDueOn()).isEqualTo(LocalDate.of(2027, 6, 30));
    assertThat(entry.clock(ReviewProcess.CLOCK_PUBLICATION).dueOn()).isEqualTo(LocalDate.of(2027, 6, 30));
    assertThat(entry.clock(ReviewProcess.CLOCK_COMPLETION)).isNull();
    assertThat(entry.milestoneDate("extension-approved")).isEqualTo(TODAY);
  }

  @Test
  void aRefusedExtensionLeavesTheDeadline() {
    SeriousCaseReview.Deadline deadline = open(false);
    SeriousCaseReview.ExtensionOutcome outcome = review.decideExtension(PI, new SeriousCaseReview.ExtensionDecision(false,
        deadline.dueOn(), LocalDate.of(2027, 6, 30), "More time", "No"));

    assertThat(outcome.newDeadline()).isNull();
    assertThat(outcome.record()).containsEntry("decision", "refused");
    assertThat(entry().getDueOn()).isEqualTo(deadline.dueOn());
    assertThat(entry().clock(ReviewProcess.CLOCK_COMPLETION).dueOn()).isEqualTo(deadline.dueOn());
    assertThat(entry().milestoneDate("extension-refused")).isEqualTo(TODAY);
  }

  @Test
  void thePanelAndTheSecretaryOfStateHaveSevenWorkingDaysNoticeOfPublication() {
    LocalDate sent = LocalDate.of(2026, 10, 26);
    assertThat(review.prePublicationNoticeProblems(sent, LocalDate.of(2026, 11, 4))).isEmpty();
    assertThat(review.prePublicationNoticeProblems(sent, LocalDate.of(2026, 11, 3))).containsExactly(
        "publication on 2026-11-03 would give the Panel and the Secretary of State less than 7 working days' notice:"
            + " publish on or after 2026-11-04");
    assertThat(review.prePublicationNoticeProblems(TODAY.plusDays(1), LocalDate.of(2027, 1, 1)))
        .containsExactly("'Date the report was sent' cannot be in the future (3 Nov 2026)");

    open(true);
    review.recordPrePublicationNotice(PI, sent, LocalDate.of(2026, 11, 20));
    assertThat(entry().clock(ReviewProcess.CLOCK_PRE_PUBLICATION_NOTICE).dueOn()).isEqualTo(LocalDate.of(2026, 11, 11));
    assertThat(entry().clock(ReviewProcess.CLOCK_PRE_PUBLICATION_NOTICE).doneOn()).isEqualTo(sent);
    assertThat(entry().milestoneDate("report-sent-to-panel")).isEqualTo(sent);
  }

  @Test
  void theLeadsGoOnTheRegister() {
    open(false);
    review.recordAppointments(PI, "Prity Patel", "Karen Tudor");
    assertThat(entry().getPanelChair()).isEqualTo("Prity Patel");
    assertThat(entry().getOverviewAuthor()).isEqualTo("Karen Tudor");
    assertThat(entry().getMilestones()).last().extracting(Milestone::description).isEqualTo("Appointed: Prity Patel");

    review.recordAppointments(PI, null, null);
    assertThat(entry().getPanelChair()).isEqualTo("Prity Patel");
    assertThat(entry().getMilestones()).last().extracting(Milestone::description).isEqualTo("Appointed");
  }

  @Test
  void publicationIsRecordedOnTheDayGivenOrToday() {
    open(true);
    review.recordPublication(PI, ReviewProcess.PUBLISH_SUMMARY, LocalDate.of(2026, 10, 30), "good", null, null);
    assertThat(entry().getOutcome()).isEqualTo("good");
    assertThat(entry().getMilestones()).last().extracting(Milestone::description).isEqualTo("Executive summary published");
    assertThat(entry().clock(ReviewProcess.CLOCK_PUBLICATION).doneOn()).isEqualTo(LocalDate.of(2026, 10, 30));

    review.recordPublication(PI, ReviewProcess.NOT_PUBLISH, null, "not-evaluated", "Family's wishes", null);
    assertThat(entry().getOutcomeReason()).isEqualTo("Family's wishes");
    assertThat(entry().milestoneDate("not-published")).isEqualTo(TODAY);
  }

  @Test
  void anScrHasNoPublicationClockToStop() {
    open(false);
    review.recordPublication(PI, ReviewProcess.PUBLISH_FULL, null, "good", null, null);
    assertThat(entry().milestoneDate("published")).isEqualTo(TODAY);
    assertThat(entry().getMilestones()).last().extracting(Milestone::description).isEqualTo("Report published");
  }

  @Test
  void theReminderAndTheClosingGoOnTheRegister() {
    open(false);
    review.recordReminder(PI, LocalDate.of(2027, 5, 4));
    assertThat(entry().getMilestones()).last().extracting(Milestone::description).isEqualTo("Reminder: review due 2027-05-04");

    review.close(PI);
    assertThat(entry().getClosedOn()).isEqualTo(TODAY);
    assertThat(entry().getStatus()).isEqualTo("closed");
  }
}
