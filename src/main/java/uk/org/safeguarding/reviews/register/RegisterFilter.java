package uk.org.safeguarding.reviews.register;

import java.time.LocalDate;

/**
 * What to select from the register; every part optional (null: any). {@code status} {@code open}
 * or {@code closed} selects by whether the entry is closed, any other value the entry's status as
 * written ("awaiting-panel"); {@code from}/{@code to}: opened on or after / on or before;
 * {@code overdue}: open and past its due day or with a clock past its due day and not done.
 */
public record RegisterFilter(String type, String status, String agency, LocalDate from, LocalDate to, Boolean overdue) {

  public static final RegisterFilter ANY = new RegisterFilter(null, null, null, null, null, null);

  public RegisterFilter {
    type = blankToNull(type);
    status = blankToNull(status);
    agency = blankToNull(agency);
    if (from != null && to != null && from.isAfter(to)) {
      throw new IllegalArgumentException("'from' (" + from + ") must be on or before 'to' (" + to + ")");
    }
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }
}
