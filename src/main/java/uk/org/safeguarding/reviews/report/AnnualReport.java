package uk.org.safeguarding.reviews.report;

import java.time.LocalDate;
import java.util.List;

import uk.org.safeguarding.reviews.lado.LadoFigures;

/**
 * The tables of a partnership's yearly report for one reporting year, filled from the register,
 * the LADO's records and the action plans. Counted as of {@code countedOn} (the engine's today).
 */
public record AnnualReport(int year, String label, LocalDate from, LocalDate to, LocalDate countedOn,
    List<ReviewRow> reviews, Activity activity, LadoFigures lado, Actions actions, List<Timeliness> timeliness) {

  /**
   * A serious case review, local CSPR, local learning review or case audit open at some time in
   * the year, as the yearly report lists it: "April 2009", "Expected May 2011", "Good", "n/a".
   */
  public record ReviewRow(String caseReference, String type, String summary, String chair, String author,
      String dateConcluded, String evaluation, LocalDate concludedOn, LocalDate dueOn, List<String> themes) {}

  /**
   * The CSPR (SCR) group's year: local CSPRs commissioned, SCRs initiated, reports published, rapid
   * reviews completed (closed), local learning reviews started and concluded, case audits concluded.
   */
  public record Activity(int csprsCommissioned, int scrsInitiated, int reportsPublished, int rapidReviewsCompleted,
      int localReviewsStarted, int localReviewsConcluded, int caseAuditsConcluded) {}

  /**
   * Action plans: actions open (not completed) and overdue on {@code countedOn}, and completed in the
   * year; the same by owning agency.
   */
  public record Actions(int open, int overdue, int completedInYear, List<AgencyActions> byAgency) {}

  public record AgencyActions(String agency, String agencyName, int open, int overdue, int completedInYear) {}

  /**
   * One statutory clock over the year: the clocks of that rule whose due day fell in the year
   * ({@code due}); {@code met} on or before it; {@code missed}: done late or not done by it;
   * {@code running}: not done and not yet due; {@code percentMet} of those decided (met + missed),
   * one decimal, null when none is.
   */
  public record Timeliness(String clock, String rule, int due, int met, int missed, int running, Double percentMet) {}
}
