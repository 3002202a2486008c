package uk.org.safeguarding.reviews.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WorkingDayCalendarTest {

  private final WorkingDayCalendar calendar = new WorkingDayCalendar(BankHolidayOverrides.packagedOnly());

  /** The official England and Wales list (GOV.UK data, in shared/domain/reference.md §6). */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "2019|01-01 04-19 04-22 05-06 05-27 08-26 12-25 12-26",
      "2020|01-01 04-10 04-13 05-08 05-25 08-31 12-25 12-28",
      "2021|01-01 04-02 04-05 05-03 05-31 08-30 12-27 12-28",
      "2022|01-03 04-15 04-18 05-02 06-02 06-03 08-29 09-19 12-26 12-27",
      "2023|01-02 04-07 04-10 05-01 05-08 05-29 08-28 12-25 12-26",
      "2024|01-01 03-29 04-01 05-06 05-27 08-26 12-25 12-26",
      "2025|01-01 04-18 04-21 05-05 05-26 08-25 12-25 12-26",
      "2026|01-01 04-03 04-06 05-04 05-25 08-31 12-25 12-28",
      "2027|01-01 03-26 03-29 05-03 05-31 08-30 12-27 12-28",
      "2028|01-03 04-14 04-17 05-01 05-29 08-28 12-25 12-26"})
  void matchesTheOfficialList(int year, String days) {
    Set<LocalDate> expected = Arrays.stream(days.split(" "))
        .map(d -> LocalDate.parse(year + "-" + d)).collect(Collectors.toCollection(TreeSet::new));
    assertThat(calendar.bankHolidays(year)).isEqualTo(expected);
  }

  @Test
  void rulesGiveHolidaysForYearsBeyondTheList() {
    // 2032: Easter Sunday 28 March; Christmas on a Saturday, so substitutes on Monday 27 and Tuesday 28
    assertThat(calendar.bankHolidays(2032)).containsExactly(
        LocalDate.of(2032, 1, 1), LocalDate.of(2032, 3, 26), LocalDate.of(2032, 3, 29),
        LocalDate.of(2032, 5, 3), LocalDate.of(2032, 5, 31), LocalDate.of(2032, 8, 30),
        LocalDate.of(2032, 12, 27), LocalDate.of(2032, 12, 28));
    // 2011: the SCR era, with the royal wedding one-off from the packaged overrides
    assertThat(calendar.bankHolidays(2011)).contains(LocalDate.of(2011, 4, 29), LocalDate.of(2011, 4, 22),
        LocalDate.of(2011, 4, 25), LocalDate.of(2011, 5, 2), LocalDate.of(2011, 5, 30));
  }

  @ParameterizedTest(name = "{1} working days after {0} is {2}")
  @CsvSource({
      "2026-03-30, 5, 2026-04-08",   // Easter: Good Friday 3 April and Easter Monday 6 April skipped
      "2026-12-21, 5, 2026-12-30",   // Christmas 2026: Friday 25 Dec and substitute Monday 28 Dec skipped
      "2026-12-29, 3, 2027-01-04",   // New Year 2027: Friday 1 January skipped
      "2027-12-23, 2, 2027-12-29",   // Christmas 2027 on a Saturday: substitutes Mon 27 and Tue 28
      "2026-11-02, 0, 2026-11-02",   // the anchor is day 0
      "2026-11-06, 1, 2026-11-09",   // Friday + 1 = Monday
      "2026-11-07, 1, 2026-11-09",   // from a Saturday anchor
      "2026-11-09, -1, 2026-11-06"}) // counting back
  void addsWorkingDays(LocalDate anchor, int days, LocalDate expected) {
    assertThat(calendar.addWorkingDays(anchor, days)).isEqualTo(expected);
  }

  @Test
  void countsWorkingDaysBetweenDates() {
    assertThat(calendar.workingDaysBetween(LocalDate.of(2026, 12, 21), LocalDate.of(2027, 1, 4))).isEqualTo(7);
    assertThat(calendar.workingDaysBetween(LocalDate.of(2027, 1, 4), LocalDate.of(2026, 12, 21))).isEqualTo(-7);
  }

  @Test
  void aConfiguredOneOffHolidayIsSkippedAndTheFileIsReReadWhenItChanges(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("overrides.txt");
    Files.writeString(file, "# a proclaimed one-off\n2027-06-04 add Jubilee (test)\n");
    WorkingDayCalendar withOverride = new WorkingDayCalendar(new BankHolidayOverrides(file));
    assertThat(withOverride.isWorkingDay(LocalDate.of(2027, 6, 4))).isFalse();
    assertThat(withOverride.addWorkingDays(LocalDate.of(2027, 6, 3), 1)).isEqualTo(LocalDate.of(2027, 6, 7));

    Files.writeString(file, "2027-06-04 add Jubilee (test)\n2027-06-07 add Another (test)\n");
    Files.setLastModifiedTime(file, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() + 5000));
    assertThat(withOverride.addWorkingDays(LocalDate.of(2027, 6, 3), 1)).isEqualTo(LocalDate.of(2027, 6, 8));
  }

  @Test
  void aBadOverrideLineIsRefusedWithItsLineNumber(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("overrides.txt");
    Files.writeString(file, "2027-06-04 add ok\n04/06/2027 add wrong\n");
    assertThatThrownBy(() -> new BankHolidayOverrides(file))
        .hasMessageContaining("line 2").hasMessageContaining("is not a date");
  }
}
