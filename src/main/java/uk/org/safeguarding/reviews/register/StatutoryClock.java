package uk.org.safeguarding.reviews.register;

import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonProperty;

import org.springframework.data.annotation.Transient;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A deadline a case is held to — the serious incident notification in 5 working days, the rapid
 * review in 15, publication within 6 months — with the day it counts from ({@code anchorOn}, null
 * on clocks started before it was kept), the day it fell due and the day it was done.
 */
@Table("register_clock")
public record StatutoryClock(String clock, String description, LocalDate anchorOn, LocalDate dueOn, LocalDate doneOn) {

  public static final String MET = "met";
  /** Done, but after the due day. */
  public static final String MISSED = "missed";
  /** Not done, and the due day has passed: missed as well, still to be done. */
  public static final String OVERDUE = "overdue";
  /** Not done, not yet due. */
  public static final String RUNNING = "running";

  /** Met when done on or before the due day; null while still running. */
  @Transient
  @JsonProperty("met")
  public Boolean met() {
    return doneOn == null ? null : !doneOn.isAfter(dueOn);
  }

  /** {@link #MET}, {@link #MISSED}, {@link #OVERDUE} or {@link #RUNNING} on {@code today}. */
  public String state(LocalDate today) {
    if (doneOn != null) {
      return doneOn.isAfter(dueOn) ? MISSED : MET;
    }
    return today.isAfter(dueOn) ? OVERDUE : RUNNING;
  }

  StatutoryClock done(LocalDate on) {
    return new StatutoryClock(clock, description, anchorOn, dueOn, on);
  }

  StatutoryClock due(LocalDate on) {
    return new StatutoryClock(clock, description, anchorOn, on, doneOn);
  }
}
