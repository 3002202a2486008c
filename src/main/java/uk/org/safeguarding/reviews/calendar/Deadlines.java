package uk.org.safeguarding.reviews.calendar;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Date;

/**
 * The one deadline service. Every due date a task shows and every date a timer fires on comes from
 * here, so the whole product counts days one way. BPMN calls it as {@code deadlines}, e.g.
 * {@code ${deadlines.workingDaysAfter(boardAwareOn, timescales.briefingNoteWorkingDays)}}.
 *
 * <p>A deadline falls at close of business on its day; a reminder at start of business. Dates are
 * London dates. Anchors may be a {@link Date}, a {@link LocalDate} or an ISO-8601 string (what a
 * Camunda Form date field submits).
 */
public class Deadlines {

  public static final ZoneId LONDON = ZoneId.of("Europe/London");

  private final WorkingDayCalendar calendar;
  private final Clock clock;
  private final LocalTime startOfBusiness;
  private final LocalTime closeOfBusiness;

  public Deadlines(WorkingDayCalendar calendar, Clock clock, LocalTime startOfBusiness, LocalTime closeOfBusiness) {
    this.calendar = calendar;
    this.clock = clock;
    this.startOfBusiness = startOfBusiness;
    this.closeOfBusiness = closeOfBusiness;
  }

  public WorkingDayCalendar calendar() {
    return calendar;
  }

  /** Today's date in London, as a deadline anchor. */
  public LocalDate today() {
    return LocalDate.now(clock.withZone(LONDON));
  }

  /** Close of business on the n-th working day after the anchor (anchor = day 0). */
  public Date workingDaysAfter(Object anchor, int workingDays) {
    return closeOfBusinessOn(calendar.addWorkingDays(toLocalDate(anchor), workingDays));
  }

  /** Start of business n working days before a deadline: when a reminder goes out. */
  public Date workingDaysBefore(Object deadline, int workingDays) {
    return startOfBusinessOn(calendar.addWorkingDays(toLocalDate(deadline), -workingDays));
  }

  /** Close of business n working days before a deadline: when something must be done ahead of it. */
  public Date dueWorkingDaysBefore(Object deadline, int workingDays) {
    return closeOfBusinessOn(calendar.addWorkingDays(toLocalDate(deadline), -workingDays));
  }

  /**
   * Close of business a number of calendar months after the anchor (clamped to month end), moved on
   * to the next working day if it falls on a weekend or bank holiday.
   */
  public Date monthsAfter(Object anchor, int months) {
    LocalDate day = toLocalDate(anchor).plusMonths(months);
    while (!calendar.isWorkingDay(day)) {
      day = day.plusDays(1);
    }
    return closeOfBusinessOn(day);
  }

  /** Close of business on a date a person chose (e.g. a new deadline in an extension request). */
  public Date closeOfBusiness(Object day) {
    return closeOfBusinessOn(toLocalDate(day));
  }

  public Date closeOfBusinessOn(LocalDate day) {
    return Date.from(day.atTime(closeOfBusiness).atZone(LONDON).toInstant());
  }

  public Date startOfBusinessOn(LocalDate day) {
    return Date.from(day.atTime(startOfBusiness).atZone(LONDON).toInstant());
  }

  /** Whether a deadline has passed now. */
  public boolean hasPassed(Object deadline) {
    return toInstantDate(deadline).toInstant().isBefore(clock.instant());
  }

  /** The London date of a date-like value: Date, LocalDate, LocalDateTime or an ISO-8601 string. */
  public static LocalDate toLocalDate(Object value) {
    if (value == null) {
      throw new IllegalArgumentException("a date is required");
    }
    if (value instanceof LocalDate d) {
      return d;
    }
    if (value instanceof LocalDateTime dt) {
      return dt.toLocalDate();
    }
    if (value instanceof ZonedDateTime z) {
      return z.withZoneSameInstant(LONDON).toLocalDate();
    }
    if (value instanceof Date d) {
      return d.toInstant().atZone(LONDON).toLocalDate();
    }
    return toInstantDate(value.toString()).toInstant().atZone(LONDON).toLocalDate();
  }

  private static Date toInstantDate(Object value) {
    if (value instanceof Date d) {
      return d;
    }
    if (!(value instanceof String) && value != null && !(value instanceof CharSequence)) {
      return Date.from(toLocalDate(value).atStartOfDay(LONDON).toInstant());
    }
    String text = value == null ? "" : value.toString().trim();
    try {
      if (text.length() == 10) {
        return Date.from(LocalDate.parse(text).atStartOfDay(LONDON).toInstant());
      }
      try {
        return Date.from(OffsetDateTime.parse(text).toInstant());
      } catch (DateTimeParseException e) {
        try {
          // Camunda's REST date format: 2026-11-23T17:00:00.000+0000
          return Date.from(OffsetDateTime.parse(text, DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ")).toInstant());
        } catch (DateTimeParseException e2) {
          return Date.from(LocalDateTime.parse(text).atZone(LONDON).toInstant());
        }
      }
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("'" + text + "' is not a date (expected YYYY-MM-DD)");
    }
  }
}
