package uk.org.safeguarding.reviews.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Date;

import org.junit.jupiter.api.Test;

class DeadlinesTest {

  private final Deadlines deadlines = new Deadlines(new WorkingDayCalendar(BankHolidayOverrides.packagedOnly()),
      Clock.fixed(Instant.parse("2026-11-02T10:00:00Z"), Deadlines.LONDON), LocalTime.of(9, 0), LocalTime.of(17, 0));

  private static ZonedDateTime london(Date d) {
    return d.toInstant().atZone(Deadlines.LONDON);
  }

  @Test
  void aDeadlineFallsAtCloseOfBusinessOnItsWorkingDay() {
    ZonedDateTime due = london(deadlines.workingDaysAfter("2026-12-21", 5));
    assertThat(due.toLocalDate()).isEqualTo(LocalDate.of(2026, 12, 30));
    assertThat(due.toLocalTime()).isEqualTo(LocalTime.of(17, 0));
  }

  @Test
  void aReminderGoesAtStartOfBusinessWorkingDaysBefore() {
    ZonedDateTime reminder = london(deadlines.workingDaysBefore(deadlines.workingDaysAfter("2027-01-04", 0), 5));
    // back over New Year's Day and the Christmas substitute days
    assertThat(reminder.toLocalDate()).isEqualTo(LocalDate.of(2026, 12, 23));
    assertThat(reminder.toLocalTime()).isEqualTo(LocalTime.of(9, 0));
  }

  @Test
  void monthsAreCalendarMonthsMovedOffNonWorkingDays() {
    // 31 August + 6 months = 28 February 2027 (a Sunday) -> Monday 1 March
    assertThat(london(deadlines.monthsAfter(LocalDate.of(2026, 8, 31), 6)).toLocalDate()).isEqualTo(LocalDate.of(2027, 3, 1));
    assertThat(london(deadlines.monthsAfter("2026-11-02", 6)).toLocalDate()).isEqualTo(LocalDate.of(2027, 5, 4));
  }

  @Test
  void acceptsTheDateFormsWeMeet() {
    assertThat(Deadlines.toLocalDate("2026-11-02")).isEqualTo(LocalDate.of(2026, 11, 2));
    assertThat(Deadlines.toLocalDate("2026-11-02T23:30:00.000+0000")).isEqualTo(LocalDate.of(2026, 11, 2));
    assertThat(Deadlines.toLocalDate("2026-06-30T23:30:00Z")).isEqualTo(LocalDate.of(2026, 7, 1)); // BST
    assertThatThrownBy(() -> Deadlines.toLocalDate("30/10/2026")).hasMessageContaining("is not a date");
  }

  @Test
  void todayIsTheLondonDate() {
    assertThat(deadlines.today()).isEqualTo(LocalDate.of(2026, 11, 2));
  }
}
