package uk.org.safeguarding.reviews.report;

import java.time.LocalDate;
import java.util.List;

import uk.org.safeguarding.reviews.calendar.UkDates;
import uk.org.safeguarding.reviews.lado.LadoFigures;

/**
 * A reporting year: twelve months from the first of {@code startMonth} {@code year} (April to March
 * by default, {@code safeguarding.report.year-start-month}), labelled "2010/11" ("2010" when it
 * starts in January), in four quarters.
 */
public record ReportingYear(int year, int startMonth, String label, LocalDate from, LocalDate to) {

  public static final int FIRST_YEAR = 2000;
  public static final int LAST_YEAR = 2100;

  public static ReportingYear of(int year, int startMonth) {
    if (year < FIRST_YEAR || year > LAST_YEAR) {
      throw new IllegalArgumentException("year must be the year the reporting year starts in, " + FIRST_YEAR + " to "
          + LAST_YEAR + " (2010 for 2010/11)");
    }
    if (startMonth < 1 || startMonth > 12) {
      throw new IllegalArgumentException("the reporting year's first month must be 1 to 12, not " + startMonth);
    }
    LocalDate from = LocalDate.of(year, startMonth, 1);
    return new ReportingYear(year, startMonth, LadoFigures.yearLabel(year, startMonth), from, from.plusYears(1).minusDays(1));
  }

  /** The reporting year a day falls in. */
  public static ReportingYear containing(LocalDate day, int startMonth) {
    return of(day.getMonthValue() >= startMonth ? day.getYear() : day.getYear() - 1, startMonth);
  }

  public boolean contains(LocalDate day) {
    return day != null && !day.isBefore(from) && !day.isAfter(to);
  }

  /** "1 Apr 2010 to 31 Mar 2011". */
  public String span() {
    return UkDates.day(from) + " to " + UkDates.day(to);
  }

  /** "Q1 (Apr–Jun)" … for the quarters in order. */
  public List<String> quarterNames() {
    return LadoFigures.QUARTERS.stream().map(q -> {
      LocalDate first = from.plusMonths(3L * LadoFigures.QUARTERS.indexOf(q));
      return q + " (" + first.getMonth().getDisplayName(java.time.format.TextStyle.SHORT, java.util.Locale.ENGLISH) + "–"
          + first.plusMonths(2).getMonth().getDisplayName(java.time.format.TextStyle.SHORT, java.util.Locale.ENGLISH) + ")";
    }).toList();
  }
}
