package uk.org.safeguarding.reviews.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import de.focus_shift.jollyday.core.Holiday;
import de.focus_shift.jollyday.core.HolidayCalendar;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.ManagerParameters;

/**
 * Working days as a partnership counts them: Monday to Friday, less the England and Wales bank
 * holidays. The rule-based holidays come from jollyday (substitute days included); one-off and
 * moved days come from {@link BankHolidayOverrides}, which an administrator can edit.
 *
 * <p>Counting convention: the anchor day is day 0, so "5 working days after Monday 2 March" is
 * Monday 9 March.
 */
public class WorkingDayCalendar {

  private final HolidayManager holidays =
      HolidayManager.getInstance(ManagerParameters.create(HolidayCalendar.UNITED_KINGDOM));
  private final Map<Integer, Set<LocalDate>> ruleHolidaysByYear = new ConcurrentHashMap<>();
  private final BankHolidayOverrides overrides;

  public WorkingDayCalendar(BankHolidayOverrides overrides) {
    this.overrides = overrides;
  }

  /** The bank holidays observed in England and Wales in a year, overrides applied. */
  public Set<LocalDate> bankHolidays(int year) {
    Set<LocalDate> days = new TreeSet<>(ruleHolidaysByYear.computeIfAbsent(year, this::ruleHolidays));
    days.removeAll(overrides.removedDays());
    overrides.addedDays().stream().filter(d -> d.getYear() == year).forEach(days::add);
    return days;
  }

  private Set<LocalDate> ruleHolidays(int year) {
    return holidays.getHolidays(java.time.Year.of(year), "eng").stream()
        .map(WorkingDayCalendar::observedDate)
        .collect(Collectors.toCollection(TreeSet::new));
  }

  private static LocalDate observedDate(Holiday holiday) {
    return holiday.getObservedDate().orElse(holiday.getActualDate());
  }

  public boolean isBankHoliday(LocalDate day) {
    return bankHolidays(day.getYear()).contains(day);
  }

  public boolean isWorkingDay(LocalDate day) {
    DayOfWeek dow = day.getDayOfWeek();
    return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY && !isBankHoliday(day);
  }

  /** The n-th working day after the anchor (anchor = day 0); n may be negative (before). */
  public LocalDate addWorkingDays(LocalDate anchor, int n) {
    int step = n >= 0 ? 1 : -1;
    int remaining = Math.abs(n);
    LocalDate day = anchor;
    while (remaining > 0) {
      day = day.plusDays(step);
      if (isWorkingDay(day)) {
        remaining--;
      }
    }
    return day;
  }

  /** Working days from {@code from} (exclusive) to {@code to} (inclusive); negative if to is earlier. */
  public int workingDaysBetween(LocalDate from, LocalDate to) {
    if (to.isBefore(from)) {
      return -workingDaysBetween(to, from);
    }
    int count = 0;
    for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
      if (isWorkingDay(d)) {
        count++;
      }
    }
    return count;
  }
}
