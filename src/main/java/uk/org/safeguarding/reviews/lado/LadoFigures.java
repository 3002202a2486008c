package uk.org.safeguarding.reviews.lado;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The LADO's figures for one financial year (April to March), every case counted by the day it was
 * referred to the LADO. Referrals and consultations per quarter (Q1 April–June .. Q4
 * January–March); referrals by the employer's sector; initial outcomes of every case (referrals and
 * consultations; "not-recorded" where none is yet); outcomes of referrals; and how long concluded
 * referrals with an outcome took, from the day the allegation came to the employer's attention to
 * the day it was concluded, in calendar months.
 */
public record LadoFigures(int year, String label, LocalDate from, LocalDate to, int referrals, int consultations,
    Map<String, Integer> referralsByQuarter, Map<String, Integer> consultationsByQuarter,
    Map<String, Integer> referralsBySector, Map<String, Integer> initialOutcomes, Map<String, Integer> outcomes,
    Resolution resolution) {

  /** The outcomes of a concluded allegation, always listed (0 when none). */
  public static final List<String> OUTCOMES = List.of("substantiated", "false", "malicious", "unfounded", "unsubstantiated");
  public static final List<String> QUARTERS = List.of("Q1", "Q2", "Q3", "Q4");
  static final String NOT_RECORDED = "not-recorded";

  /**
   * Concluded referrals with an outcome, in bands that do not overlap ({@code withinOneMonth}: concluded
   * on or before the allegation day plus one month; {@code oneToThreeMonths}: after that, on or before
   * plus three; {@code threeToTwelveMonths}; {@code overTwelveMonths}); {@code concluded} is their sum.
   * {@code stillOpen}: referrals not yet concluded. The shares are cumulative, of {@code concluded}, in
   * per cent with one decimal (the statutory expectation: 80 % within one month, 90 % within three),
   * null when nothing is concluded.
   */
  public record Resolution(int withinOneMonth, int oneToThreeMonths, int threeToTwelveMonths, int overTwelveMonths,
      int concluded, int stillOpen, Double percentResolvedWithinOneMonth, Double percentResolvedWithinThreeMonths,
      Double percentResolvedWithinTwelveMonths) {}

  /** The figures of financial year {@code year} (starting 1 April {@code year}) from the cases given; cases outside it are left out. */
  public static LadoFigures of(int year, List<LadoCase> cases) {
    return of(year, FINANCIAL_YEAR_START_MONTH, cases);
  }

  /** The first month of a financial year: April. */
  public static final int FINANCIAL_YEAR_START_MONTH = 4;

  /**
   * The figures of the reporting year starting on the first of {@code startMonth} {@code year} and
   * lasting twelve months, its quarters counted from that month; cases outside it are left out.
   */
  public static LadoFigures of(int year, int startMonth, List<LadoCase> cases) {
    LocalDate from = LocalDate.of(year, startMonth, 1);
    LocalDate to = from.plusYears(1).minusDays(1);
    int referrals = 0;
    int consultations = 0;
    Map<String, Integer> referralsByQuarter = zeroed(QUARTERS);
    Map<String, Integer> consultationsByQuarter = zeroed(QUARTERS);
    Map<String, Integer> bySector = new TreeMap<>();
    Map<String, Integer> initialOutcomes = new TreeMap<>();
    Map<String, Integer> outcomes = zeroed(OUTCOMES);
    int[] bands = new int[4];
    int stillOpen = 0;
    for (LadoCase c : cases) {
      LocalDate referred = c.getReferredOn();
      if (referred == null || referred.isBefore(from) || referred.isAfter(to)) {
        continue;
      }
      String quarter = quarterOf(referred, startMonth);
      initialOutcomes.merge(c.getInitialOutcome() == null || c.getInitialOutcome().isBlank() ? NOT_RECORDED
          : c.getInitialOutcome(), 1, Integer::sum);
      if (!c.isReferral()) {
        consultations++;
        consultationsByQuarter.merge(quarter, 1, Integer::sum);
        continue;
      }
      referrals++;
      referralsByQuarter.merge(quarter, 1, Integer::sum);
      bySector.merge(c.getSector() == null || c.getSector().isBlank() ? NOT_RECORDED : c.getSector(), 1, Integer::sum);
      if (c.getOutcome() != null && !c.getOutcome().isBlank()) {
        outcomes.merge(c.getOutcome(), 1, Integer::sum);
      }
      if (c.getConcludedOn() == null) {
        stillOpen++;
      } else if (c.getOutcome() != null && !c.getOutcome().isBlank()) {
        bands[band(c.getAllegationOn(), c.getConcludedOn())]++;
      }
    }
    int concluded = bands[0] + bands[1] + bands[2] + bands[3];
    Resolution resolution = new Resolution(bands[0], bands[1], bands[2], bands[3], concluded, stillOpen,
        percent(bands[0], concluded), percent(bands[0] + bands[1], concluded),
        percent(bands[0] + bands[1] + bands[2], concluded));
    return new LadoFigures(year, yearLabel(year, startMonth), from, to, referrals, consultations,
        referralsByQuarter, consultationsByQuarter, bySector, initialOutcomes, outcomes, resolution);
  }

  /** Q1 April–June, Q2 July–September, Q3 October–December, Q4 January–March. */
  static String quarterOf(LocalDate day) {
    return quarterOf(day, FINANCIAL_YEAR_START_MONTH);
  }

  /** The quarter of a year starting in {@code startMonth}: Q1 its first three months, and so on. */
  public static String quarterOf(LocalDate day, int startMonth) {
    return QUARTERS.get(Math.floorMod(day.getMonthValue() - startMonth, 12) / 3);
  }

  /** "2024/25" for a year running across two calendar years, "2024" for January to December. */
  public static String yearLabel(int year, int startMonth) {
    return startMonth == 1 ? Integer.toString(year) : LadoRules.financialYearLabel(year);
  }

  /** 0 within one month of the allegation, 1 within three, 2 within twelve, 3 over twelve. */
  static int band(LocalDate allegationOn, LocalDate concludedOn) {
    if (!concludedOn.isAfter(allegationOn.plusMonths(1))) {
      return 0;
    }
    if (!concludedOn.isAfter(allegationOn.plusMonths(3))) {
      return 1;
    }
    if (!concludedOn.isAfter(allegationOn.plusMonths(12))) {
      return 2;
    }
    return 3;
  }

  private static Double percent(int part, int whole) {
    return whole == 0 ? null
        : BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP).doubleValue();
  }

  private static Map<String, Integer> zeroed(List<String> keys) {
    Map<String, Integer> map = new LinkedHashMap<>();
    keys.forEach(k -> map.put(k, 0));
    return map;
  }

  /**
   * The figures as CSV (RFC 4180: CRLF line ends, fields with a comma, quote or line break quoted),
   * one row a figure under the header {@code year,measure,category,count}; a share's count is its
   * percentage, empty when nothing is concluded.
   */
  public String toCsv() {
    List<String[]> rows = new ArrayList<>();
    rows.add(new String[] {"year", "measure", "category", "count"});
    rows.add(row("referrals", "total", referrals));
    referralsByQuarter.forEach((q, n) -> rows.add(row("referrals", q, n)));
    rows.add(row("consultations", "total", consultations));
    consultationsByQuarter.forEach((q, n) -> rows.add(row("consultations", q, n)));
    referralsBySector.forEach((s, n) -> rows.add(row("referrals-by-sector", s, n)));
    initialOutcomes.forEach((o, n) -> rows.add(row("initial-outcome", o, n)));
    outcomes.forEach((o, n) -> rows.add(row("outcome", o, n)));
    rows.add(row("resolution", "within-1-month", resolution.withinOneMonth()));
    rows.add(row("resolution", "1-to-3-months", resolution.oneToThreeMonths()));
    rows.add(row("resolution", "3-to-12-months", resolution.threeToTwelveMonths()));
    rows.add(row("resolution", "over-12-months", resolution.overTwelveMonths()));
    rows.add(row("resolution", "concluded", resolution.concluded()));
    rows.add(row("resolution", "still-open", resolution.stillOpen()));
    rows.add(row("percent-resolved", "within-1-month", resolution.percentResolvedWithinOneMonth()));
    rows.add(row("percent-resolved", "within-3-months", resolution.percentResolvedWithinThreeMonths()));
    rows.add(row("percent-resolved", "within-12-months", resolution.percentResolvedWithinTwelveMonths()));
    StringBuilder csv = new StringBuilder();
    for (String[] row : rows) {
      for (int i = 0; i < row.length; i++) {
        csv.append(i == 0 ? "" : ",").append(csvField(row[i]));
      }
      csv.append("\r\n");
    }
    return csv.toString();
  }

  private String[] row(String measure, String category, Number count) {
    return new String[] {label, measure, category, count == null ? "" : count.toString()};
  }

  static String csvField(String value) {
    if (value == null) {
      return "";
    }
    if (value.contains(",") || value.contains("\"") || value.contains("\r") || value.contains("\n")) {
      return "\"" + value.replace("\"", "\"\"") + "\"";
    }
    return value;
  }
}
