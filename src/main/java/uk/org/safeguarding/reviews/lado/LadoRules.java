package uk.org.safeguarding.reviews.lado;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import uk.org.safeguarding.reviews.calendar.UkDates;

/**
 * The LADO's record-keeping rules, with plain values in and out: who a case is about, how long it
 * is kept, how it is numbered, which financial year it counts in, and how it reads to staff.
 * Knows nothing of the engine or the database.
 */
public final class LadoRules {

  /** The normal pension age assumed when none is configured ({@code safeguarding.lado.normal-retirement-age}). */
  public static final int DEFAULT_NORMAL_RETIREMENT_AGE = 67;
  /** The least a case is kept after the allegation ({@code safeguarding.lado.retention-years}). */
  public static final int DEFAULT_RETENTION_YEARS = 10;
  public static final int FIRST_YEAR = 2000;
  public static final int LAST_YEAR = 2100;

  static final String REFERENCE_PREFIX = "LADO-";
  static final String NO_EARLIER_CONCERNS = "No earlier allegations or consultations about this person.";

  private LadoRules() {}

  /**
   * The key that finds the same person again: the LADO's own person reference when there is one
   * ({@code ref:LP-0042}), else the name (lower case, punctuation . , ' - removed, spaces collapsed)
   * with the date of birth ({@code name:jo bloggs|1980-02-01}); null when neither is known.
   */
  public static String personKey(String name, LocalDate dateOfBirth, String ladoPersonReference) {
    if (ladoPersonReference != null && !ladoPersonReference.isBlank()) {
      return "ref:" + ladoPersonReference.trim().toUpperCase(Locale.ROOT);
    }
    if (name != null && !name.isBlank() && dateOfBirth != null) {
      String normalised = name.toLowerCase(Locale.ROOT).replaceAll("[.,'\u2019-]", "").replaceAll("\\s+", " ").trim();
      if (!normalised.isEmpty()) {
        return "name:" + normalised + "|" + dateOfBirth;
      }
    }
    return null;
  }

  /** The person as staff read it: "Jo Bloggs, born 1 Feb 1980"; the name alone without a date of birth; null without a name. */
  public static String personLabel(String name, LocalDate dateOfBirth) {
    if (name == null || name.isBlank()) {
      return null;
    }
    String trimmed = name.trim().replaceAll("\\s+", " ");
    return dateOfBirth == null ? trimmed : trimmed + ", born " + ukDate(dateOfBirth);
  }

  /** {@link #retentionUntil(LocalDate, LocalDate, int, int)} with the default 10 years. */
  public static LocalDate retentionUntil(LocalDate allegationOn, LocalDate dateOfBirth, int normalRetirementAge) {
    return retentionUntil(allegationOn, dateOfBirth, normalRetirementAge, DEFAULT_RETENTION_YEARS);
  }

  /**
   * How long a case is kept: until the person reaches normal retirement age or for
   * {@code retentionYears} from the allegation, whichever is later; {@code retentionYears} from the
   * allegation when the date of birth is not known.
   */
  public static LocalDate retentionUntil(LocalDate allegationOn, LocalDate dateOfBirth, int normalRetirementAge,
      int retentionYears) {
    if (allegationOn == null) {
      throw new IllegalArgumentException("The date of the allegation is needed to work out how long the case is kept");
    }
    LocalDate fromAllegation = allegationOn.plusYears(retentionYears);
    if (dateOfBirth == null) {
      return fromAllegation;
    }
    LocalDate retirement = dateOfBirth.plusYears(normalRetirementAge);
    return retirement.isAfter(fromAllegation) ? retirement : fromAllegation;
  }

  /** "LADO-2026-0007": the year's {@code sequence}-th case. */
  public static String reference(int year, int sequence) {
    return REFERENCE_PREFIX + year + "-" + String.format("%04d", sequence);
  }

  /** The sequence number of a reference of that year, or 0 when it is not one of that year's. */
  static int sequenceOf(String reference, int year) {
    String prefix = REFERENCE_PREFIX + year + "-";
    if (reference == null || !reference.startsWith(prefix)) {
      return 0;
    }
    try {
      return Integer.parseInt(reference.substring(prefix.length()));
    } catch (NumberFormatException notOurs) {
      return 0;
    }
  }

  /** The financial year (April to March) a day falls in, by the year it starts: 10 Feb 2025 is in 2024. */
  public static int financialYearOf(LocalDate day) {
    return day.getMonthValue() >= 4 ? day.getYear() : day.getYear() - 1;
  }

  /** "2024/25". */
  public static String financialYearLabel(int financialYearStart) {
    return financialYearStart + "/" + String.format("%02d", (financialYearStart + 1) % 100);
  }

  /** A year the figures are asked for: 2000 to 2100, else refused. */
  public static int requireYear(int financialYearStart) {
    if (financialYearStart < FIRST_YEAR || financialYearStart > LAST_YEAR) {
      throw new IllegalArgumentException("year must be a financial year's first year, " + FIRST_YEAR + " to " + LAST_YEAR
          + " (2024 for 2024/25)");
    }
    return financialYearStart;
  }

  /** "3 Mar 2025". */
  public static String ukDate(LocalDate day) {
    return UkDates.day(day);
  }

  /**
   * Earlier cases in plain words, one line each, e.g. "LADO-2025-0003, referred 3 Mar 2025:
   * threshold met; outcome unsubstantiated (concluded 2 Jun 2025)"; a sentence saying there are
   * none when the list is empty.
   */
  public static String earlierConcernsText(List<EarlierConcern> concerns) {
    if (concerns == null || concerns.isEmpty()) {
      return NO_EARLIER_CONCERNS;
    }
    return concerns.stream().map(LadoRules::line).collect(Collectors.joining("\n"));
  }

  private static String line(EarlierConcern c) {
    String head = c.reference() + ", " + (LadoCase.CONSULTATION.equals(c.kind()) ? "consultation " : "referred ")
        + ukDate(c.referredOn());
    StringBuilder what = new StringBuilder();
    if (c.initialOutcome() != null && !c.initialOutcome().isBlank()) {
      what.append(words(c.initialOutcome()));
    }
    String end;
    if (c.outcome() != null && !c.outcome().isBlank()) {
      end = "outcome " + words(c.outcome()) + (c.concludedOn() == null ? "" : " (concluded " + ukDate(c.concludedOn()) + ")");
    } else if (c.concludedOn() != null) {
      end = "closed " + ukDate(c.concludedOn());
    } else {
      end = "still open";
    }
    if (what.length() > 0) {
      what.append("; ");
    }
    return head + ": " + what + end;
  }

  /** A stored value as words: "threshold-met" reads "threshold met". */
  static String words(String value) {
    return value.trim().replace('-', ' ').replace('_', ' ');
  }
}
