package uk.org.safeguarding.reviews.localreview;

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
import uk.org.safeguarding.reviews.calendar.WorkingDayCalendar;
import uk.org.safeguarding.reviews.register.Register;

/** The local learning review's rules without an engine or a database: today is Tuesday 8 December 2026. */
class LocalLearningReviewTest {

  static final LocalDate TODAY = LocalDate.of(2026, 12, 8);

  /** What reached the register, one line per milestone. */
  final List<String> reached = new ArrayList<>();

  final Register register = new Register(null, null) {
    @Override
    public void reach(String processInstanceId, String milestone, String description, String status, LocalDate on) {
      reached.add(processInstanceId + " " + milestone + " | " + description + " | " + status + " | " + on);
    }

    @Override
    public void recordBriefing(String processInstanceId, String briefing, LocalDate publishedOn, String publishedWhere,
        String learningPoints) {
      briefings.add(processInstanceId + " | " + briefing + " | " + publishedOn + " | " + publishedWhere + " | " + learningPoints);
    }
  };

  /** What was recorded of each briefing. */
  final List<String> briefings = new ArrayList<>();

  final LocalLearningReview review = new LocalLearningReview(register, new Deadlines(
      new WorkingDayCalendar(BankHolidayOverrides.packagedOnly()),
      Clock.fixed(Instant.parse("2026-12-08T10:00:00Z"), Deadlines.LONDON), LocalTime.of(9, 0), LocalTime.of(17, 0)));

  @Test
  void theBriefingCanBePublishedTodayOrBeforeButNotInTheFuture() {
    assertThat(review.briefingProblems(TODAY)).isEmpty();
    assertThat(review.briefingProblems(TODAY.minusMonths(1))).isEmpty();
    assertThat(review.briefingProblems(TODAY.plusDays(1)))
        .containsExactly("'Date the briefing was published' cannot be in the future (9 Dec 2026)");
  }

  @Test
  void thePublishedBriefingGoesOnTheRegisterOnTheDayItWasPublishedAndTheActionPlanIsMonitored() {
    review.recordBriefing("pi-1", LocalDate.of(2026, 12, 1), "  Partnership website ", "Seven things to know", "Neglect missed");

    assertThat(reached).containsExactly("pi-1 " + LocalLearningReviewProcess.MILESTONE_BRIEFING_PUBLISHED
        + " | 7-minute briefing published: Partnership website | action-plan-monitoring | 2026-12-01");
    assertThat(briefings).containsExactly("pi-1 | Seven things to know | 2026-12-01 | Partnership website | Neglect missed");
  }

  @Test
  void whereItWasPublishedIsCutToTheRegistersTwoHundredCharacters() {
    String prefix = "7-minute briefing published: ";
    String fits = "w".repeat(200 - prefix.length());
    review.recordBriefing("pi-1", TODAY, fits, null, null);
    review.recordBriefing("pi-2", TODAY, fits + "x", null, null);

    assertThat(reached.get(0)).contains(" | " + prefix + fits + " | ");
    assertThat(reached.get(1)).contains(" | " + prefix + fits.substring(0, fits.length() - 3) + "... | ");
  }

  @Test
  void itOpensInProgressWithItsOwnMilestone() {
    assertThat(LocalLearningReview.OPENING_REFUSAL).isEqualTo("Cannot open the local learning review");
    assertThat(LocalLearningReview.STARTED.milestone()).isEqualTo("local-review-started");
    assertThat(LocalLearningReview.STARTED.label()).isEqualTo("Local learning review started");
    assertThat(LocalLearningReview.STARTED.status()).isEqualTo("in-progress");
  }
}
