package uk.org.safeguarding.reviews.register;

import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonProperty;

import org.springframework.data.annotation.Transient;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A deadline a case is held to — the serious incident notification in 5 working days, the rapid
 * review in 15, publication within 6 months — with the day it fell due and the day it was done.
 */
@Table("register_clock")
public record StatutoryClock(String clock, String description, LocalDate dueOn, LocalDate doneOn) {

  /** Met when done on or before the due day; null while still running. */
  @Transient
  @JsonProperty("met")
  public Boolean met() {
    return doneOn == null ? null : !doneOn.isAfter(dueOn);
  }

  StatutoryClock done(LocalDate on) {
    return new StatutoryClock(clock, description, dueOn, on);
  }

  StatutoryClock due(LocalDate on) {
    return new StatutoryClock(clock, description, on, doneOn);
  }
}
