package uk.org.safeguarding.reviews.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

import uk.org.safeguarding.reviews.actionplan.Action;
import uk.org.safeguarding.reviews.actionplan.ActionRepository;
import uk.org.safeguarding.reviews.calendar.Deadlines;
import uk.org.safeguarding.reviews.calendar.UkDates;
import uk.org.safeguarding.reviews.identity.Agencies;
import uk.org.safeguarding.reviews.lado.LadoRecords;
import uk.org.safeguarding.reviews.register.EntryView;
import uk.org.safeguarding.reviews.register.RegisterQuery;
import uk.org.safeguarding.reviews.register.StatutoryClock;

/**
 * Builds the annual report of a reporting year from what the processes (and the import of
 * historical cases) recorded: the register's reviews, dates and clocks, the LADO's records and the
 * action plans.
 */
@Service
public class AnnualReports {

  static final String SCR = "serious-case-review";
  static final String LOCAL_CSPR = "local-cspr";
  static final String CASE_AUDIT = "case-audit";
  static final String LOCAL_REVIEW = "local-learning-review";
  static final String RAPID_REVIEW = "rapid-review";
  /** The reviews and audits the report's first table lists. */
  static final List<String> REVIEW_TYPES = List.of(SCR, LOCAL_CSPR, LOCAL_REVIEW, CASE_AUDIT);
  /** The reviews Ofsted (now the Panel) grades. */
  static final List<String> GRADED_TYPES = List.of(SCR, LOCAL_CSPR);

  private final RegisterQuery register;
  private final LadoRecords lado;
  private final ActionRepository actions;
  private final Agencies agencies;
  private final Deadlines deadlines;
  private final int yearStartMonth;

  public AnnualReports(RegisterQuery register, LadoRecords lado, ActionRepository actions, Agencies agencies,
      Deadlines deadlines, @Value("${safeguarding.report.year-start-month:4}") int yearStartMonth) {
    this.register = register;
    this.lado = lado;
    this.actions = actions;
    this.agencies = agencies;
    this.deadlines = deadlines;
    this.yearStartMonth = ReportingYear.of(ReportingYear.FIRST_YEAR, yearStartMonth).startMonth();
  }

  /** The reporting year starting in {@code year}, or, for null, the one today falls in. */
  public ReportingYear year(Integer year) {
    return year == null ? ReportingYear.containing(deadlines.today(), yearStartMonth) : ReportingYear.of(year, yearStartMonth);
  }

  public AnnualReport report(ReportingYear year) {
    LocalDate today = deadlines.today();
    return new AnnualReport(year.year(), year.label(), year.from(), year.to(), today, reviews(year, today), activity(year),
        lado.figures(year.year(), year.startMonth()), actions(year, today), timeliness(year, today));
  }

  private List<AnnualReport.ReviewRow> reviews(ReportingYear year, LocalDate today) {
    return register.openDuring(REVIEW_TYPES, year.from(), year.to(), today).stream().map(AnnualReports::reviewRow).toList();
  }

  static AnnualReport.ReviewRow reviewRow(EntryView e) {
    return new AnnualReport.ReviewRow(e.caseReference(), e.entryType(), e.summary(), e.panelChair() == null ? "" : e.panelChair(),
        e.overviewAuthor() == null ? "N/A" : e.overviewAuthor(), dateConcluded(e.concludedOn(), e.dueOn(), e.concludedNote()),
        Evaluations.label(e.outcome(), GRADED_TYPES.contains(e.entryType())), e.concludedOn(), e.dueOn(), e.themes());
  }

  /** "July 2010", with its note when there is one; "Expected May 2011" while not yet concluded. */
  static String dateConcluded(LocalDate concludedOn, LocalDate dueOn, String note) {
    String date = concludedOn != null ? UkDates.month(concludedOn) : dueOn != null ? "Expected " + UkDates.month(dueOn) : "";
    return note == null || note.isBlank() ? date : (date + " " + note.trim()).trim();
  }

  /** The CSPR group's counts, each by the date that counts it (see {@link AnnualReport.Activity}). */
  static final List<RegisterQuery.Dated> ACTIVITY = List.of(new RegisterQuery.Dated(LOCAL_CSPR, "opened_on"),
      new RegisterQuery.Dated(SCR, "opened_on"), new RegisterQuery.Dated(SCR, "published_on"),
      new RegisterQuery.Dated(LOCAL_CSPR, "published_on"), new RegisterQuery.Dated(RAPID_REVIEW, "closed_on"),
      new RegisterQuery.Dated(LOCAL_REVIEW, "opened_on"), new RegisterQuery.Dated(LOCAL_REVIEW, "concluded_on"),
      new RegisterQuery.Dated(CASE_AUDIT, "concluded_on"));

  private AnnualReport.Activity activity(ReportingYear y) {
    List<Integer> n = register.countDated(ACTIVITY, y.from(), y.to());
    return new AnnualReport.Activity(n.get(0), n.get(1), n.get(2) + n.get(3), n.get(4), n.get(5), n.get(6), n.get(7));
  }

  private AnnualReport.Actions actions(ReportingYear year, LocalDate today) {
    Map<String, int[]> byAgency = new TreeMap<>();
    int[] all = new int[3];
    for (Action a : actions.findAll()) {
      int[] counts = byAgency.computeIfAbsent(a.getAgency(), k -> new int[3]);
      boolean done = Action.SIGNED_OFF.equals(a.getStatus()) || Action.COMPLETED.equals(a.getStatus());
      int[] add = {done ? 0 : 1, a.isOverdue(today) ? 1 : 0, year.contains(a.getCompletedOn()) ? 1 : 0};
      for (int i = 0; i < 3; i++) {
        counts[i] += add[i];
        all[i] += add[i];
      }
    }
    List<AnnualReport.AgencyActions> rows = new ArrayList<>();
    byAgency.forEach((agency, n) -> rows.add(new AnnualReport.AgencyActions(agency, agencies.name(agency), n[0], n[1], n[2])));
    return new AnnualReport.Actions(all[0], all[1], all[2], rows);
  }

  private List<AnnualReport.Timeliness> timeliness(ReportingYear year, LocalDate today) {
    Map<String, List<StatutoryClock>> byClock = new LinkedHashMap<>();
    for (RegisterQuery.ClockOfEntry c : register.clocksDue(year.from(), year.to())) {
      byClock.computeIfAbsent(c.clock().clock(), k -> new ArrayList<>()).add(c.clock());
    }
    List<AnnualReport.Timeliness> rows = new ArrayList<>();
    byClock.forEach((clock, clocks) -> {
      int met = 0;
      int missed = 0;
      int running = 0;
      for (StatutoryClock c : clocks) {
        switch (c.state(today)) {
          case StatutoryClock.MET -> met++;
          case StatutoryClock.RUNNING -> running++;
          default -> missed++;
        }
      }
      rows.add(new AnnualReport.Timeliness(clock, clocks.get(0).description(), clocks.size(), met, missed, running,
          met + missed == 0 ? null : BigDecimal.valueOf(met * 100L).divide(BigDecimal.valueOf(met + missed), 1,
              RoundingMode.HALF_UP).doubleValue()));
    });
    return rows;
  }
}
