package uk.org.safeguarding.reviews.calendar;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.Locale;

/**
 * Dates as staff read them: "15 Jan 2027" and "15 Jan 2027, 17:00" (London time). English month
 * abbreviations: "Sep", never the UK locale's "Sept".
 */
public final class UkDates {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
  private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH);

  private UkDates() {}

  /** "15 Jan 2027"; empty for no date. */
  public static String day(LocalDate day) {
    return day == null ? "" : DAY.format(day);
  }

  /** "15 Jan 2027, 17:00", London time; empty for no date. */
  public static String moment(Date moment) {
    return moment == null ? "" : MOMENT.format(moment.toInstant().atZone(Deadlines.LONDON));
  }
}
