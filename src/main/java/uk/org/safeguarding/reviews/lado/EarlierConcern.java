package uk.org.safeguarding.reviews.lado;

import java.time.LocalDate;

/** An earlier allegation or consultation about the same person, as staff see it when a new one arrives. */
public record EarlierConcern(String reference, LocalDate referredOn, String kind, String initialOutcome, String outcome,
    LocalDate concludedOn) {

  static EarlierConcern of(LadoCase c) {
    return new EarlierConcern(c.getReference(), c.getReferredOn(), c.getKind(), c.getInitialOutcome(), c.getOutcome(),
        c.getConcludedOn());
  }
}
