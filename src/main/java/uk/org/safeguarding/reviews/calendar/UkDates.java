package uk.org.safeguarding.reviews.calendar;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.List;
import java.util.Locale;

/**
 * Dates as staff read them: "15 Jan 2027" and "15 Jan 2027, 17:00" (London time). English month
 * abbreviations: "Sep", never the UK locale's "Sept".
 */
public final class UkDates {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
  private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH);

  private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);
  private static final List<DateTimeFormatter> DAYS_READ = List.of(DateTimeFormatter.ISO_LOCAL_DATE,
      DateTimeFormatter.ofPattern("d/M/uuuu", Locale.ENGLISH), DateTimeFormatter.ofPattern("d MMM uuuu", Locale.ENGLISH),
      DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH));
  private static final List<DateTimeFormatter> MONTHS_READ = List.of(DateTimeFormatter.ofPattern("uuuu-MM", Locale.ENGLISH),
      DateTimeFormatter.ofPattern("MMM uuuu", Locale.ENGLISH), DateTimeFormatter.ofPattern("MMMM uuuu", Locale.ENGLISH));

  private UkDates() {}

  /** "April 2009" (how a yearly report dates a review); empty for no date. */
  public static String month(LocalDate day) {
    return day == null ? "" : MONTH.format(day);
  }

  /**
   * A date as staff write it: "2009-04-15", "15/04/2009", "15 Apr 2009", "15 April 2009", or a month
   * alone ("April 2009", "Apr 2009", "2009-04"), read as its first day; null when it is none of these.
   */
  public static LocalDate read(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String t = text.trim().replaceAll("\\s+", " ");
    for (DateTimeFormatter format : DAYS_READ) {
      try {
        return LocalDate.parse(t, format.withResolverStyle(java.time.format.ResolverStyle.STRICT));
      } catch (DateTimeParseException notThis) {
        // next
      }
    }
    for (DateTimeFormatter format : MONTHS_READ) {
      try {
        return YearMonth.parse(t, format).atDay(1);
      } catch (DateTimeParseException notThis) {
        // next
      }
    }
    return null;
  }

  /** "15 Jan 2027"; empty for no date. */
  public static String day(LocalDate day) {
    return day == null ? "" : DAY.format(day);
  }

  /** "15 Jan 2027, 17:00", London time; empty for no date. */
  public static String moment(Date moment) {
    return moment == null ? "" : MOMENT.format(moment.toInstant().atZone(Deadlines.LONDON));
  }
}
