package uk.org.safeguarding.reviews.lado;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The LADO's record-keeping rules and the year's figures, with plain values: no engine, no database. */
class LadoRulesTest {

  static LocalDate day(String iso) {
    return LocalDate.parse(iso);
  }

  static LadoCase referral(String referredOn, String allegationOn, String sector) {
    return new LadoCase("LADO-T-" + System.nanoTime(), "pi", day(referredOn), day(allegationOn), sector, LadoCase.REFERRAL);
  }

  static LadoCase consultation(String referredOn) {
    return new LadoCase("LADO-T-" + System.nanoTime(), "pi", day(referredOn), day(referredOn), "education",
        LadoCase.CONSULTATION);
  }

  static LadoCase concluded(LadoCase c, String outcome, String concludedOn) {
    c.setOutcome(outcome);
    c.setConcludedOn(day(concludedOn));
    return c;
  }

  @Test
  void aPersonIsKnownByTheLadosReferenceElseByNameAndDateOfBirth() {
    LocalDate dob = day("1980-02-01");
    assertThat(LadoRules.personKey("Jo Bloggs", dob, "  lp-0042 ")).isEqualTo("ref:LP-0042");
    assertThat(LadoRules.personKey("  Jo   O'Bloggs-Smith, Jr. ", dob, " "))
        .isEqualTo("name:jo obloggssmith jr|1980-02-01");
    assertThat(LadoRules.personKey("JO  OBLOGGS-SMITH JR", dob, null)).isEqualTo("name:jo obloggssmith jr|1980-02-01");
    assertThat(LadoRules.personKey("Jo O'Bloggs Smith, Jr", dob, null)).as("a hyphen is removed, not made a space")
        .isEqualTo("name:jo obloggs smith jr|1980-02-01");
    assertThat(LadoRules.personKey("Jo\tBloggs", dob, null)).isEqualTo(LadoRules.personKey("jo bloggs", dob, null));
    assertThat(LadoRules.personKey("Jo Bloggs", null, null)).as("a name alone is too weak a match").isNull();
    assertThat(LadoRules.personKey(" ", dob, null)).isNull();
    assertThat(LadoRules.personKey(null, null, null)).isNull();
    assertThat(LadoRecords.personKey("Jo Bloggs", dob, null)).isEqualTo("name:jo bloggs|1980-02-01");
  }

  @Test
  void aPersonReadsWithTheirDateOfBirthInUkStyle() {
    assertThat(LadoRules.personLabel(" Jo  Bloggs ", day("1980-02-01"))).isEqualTo("Jo Bloggs, born 1 Feb 1980");
    assertThat(LadoRules.personLabel("Jo Bloggs", null)).isEqualTo("Jo Bloggs");
    assertThat(LadoRules.personLabel(null, day("1980-02-01"))).isNull();
    assertThat(LadoRules.ukDate(day("2025-09-03"))).as("never 'Sept'").isEqualTo("3 Sep 2025");
  }

  @Test
  void aCaseIsKeptToRetirementAgeOrTenYearsWhicheverIsLater() {
    LocalDate allegation = day("2026-03-10");
    assertThat(LadoRules.retentionUntil(allegation, day("1980-02-01"), 67)).as("67th birthday is later")
        .isEqualTo(day("2047-02-01"));
    assertThat(LadoRules.retentionUntil(allegation, day("1962-05-20"), 67)).as("retiring within ten years")
        .isEqualTo(day("2036-03-10"));
    assertThat(LadoRules.retentionUntil(allegation, null, 67)).as("no date of birth").isEqualTo(day("2036-03-10"));
    assertThat(LadoRules.retentionUntil(allegation, day("1980-02-01"), 68, 10)).isEqualTo(day("2048-02-01"));
    assertThat(LadoRules.retentionUntil(allegation, day("1962-05-20"), 67, 15)).isEqualTo(day("2041-03-10"));
    assertThatThrownBy(() -> LadoRules.retentionUntil(null, null, 67)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void referencesAreNumberedWithinTheYear() {
    assertThat(LadoRules.reference(2026, 7)).isEqualTo("LADO-2026-0007");
    assertThat(LadoRules.sequenceOf("LADO-2026-0007", 2026)).isEqualTo(7);
    assertThat(LadoRules.sequenceOf("LADO-2026-12345", 2026)).isEqualTo(12345);
    assertThat(LadoRules.sequenceOf("LADO-2025-0009", 2026)).isZero();
    assertThat(LadoRules.sequenceOf("LADO-2026-x", 2026)).isZero();
  }

  @Test
  void financialYearsRunAprilToMarch() {
    assertThat(LadoRules.financialYearOf(day("2025-03-31"))).isEqualTo(2024);
    assertThat(LadoRules.financialYearOf(day("2025-04-01"))).isEqualTo(2025);
    assertThat(LadoRules.financialYearLabel(2024)).isEqualTo("2024/25");
    assertThat(LadoRules.financialYearLabel(2099)).isEqualTo("2099/00");
    assertThat(LadoRules.requireYear(2000)).isEqualTo(2000);
    assertThat(LadoRules.requireYear(2100)).isEqualTo(2100);
    assertThatThrownBy(() -> LadoRules.requireYear(1999)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("2000 to 2100");
    assertThatThrownBy(() -> LadoRules.requireYear(2101)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void earlierConcernsReadInPlainWords() {
    assertThat(LadoRules.earlierConcernsText(List.of()))
        .isEqualTo("No earlier allegations or consultations about this person.");
    assertThat(LadoRules.earlierConcernsText(null)).isEqualTo(LadoRules.NO_EARLIER_CONCERNS);
    String text = LadoRules.earlierConcernsText(List.of(
        new EarlierConcern("LADO-2025-0003", day("2025-03-03"), "referral", "threshold-met", "unsubstantiated", day("2025-06-02")),
        new EarlierConcern("LADO-2024-0010", day("2024-09-12"), "consultation", "advice-only", null, day("2024-09-12")),
        new EarlierConcern("LADO-2026-0001", day("2026-01-05"), "referral", null, null, null)));
    assertThat(text.split("\n")).containsExactly(
        "LADO-2025-0003, referred 3 Mar 2025: threshold met; outcome unsubstantiated (concluded 2 Jun 2025)",
        "LADO-2024-0010, consultation 12 Sep 2024: advice only; closed 12 Sep 2024",
        "LADO-2026-0001, referred 5 Jan 2026: still open");
  }

  @Test
  void casesCountInTheQuarterOfTheFinancialYearTheyWereReferredIn() {
    List<LadoCase> cases = List.of(
        referral("2024-03-31", "2024-03-01", "education"), // the year before
        referral("2024-04-01", "2024-03-20", "education"), // Q1
        referral("2024-06-30", "2024-06-01", "health"), // Q1
        referral("2024-07-01", "2024-06-01", "education"), // Q2
        referral("2024-12-31", "2024-12-01", "faith"), // Q3
        referral("2025-01-01", "2024-12-01", "education"), // Q4
        referral("2025-03-31", "2025-03-01", "police"), // Q4
        referral("2025-04-01", "2025-03-01", "education"), // the year after
        consultation("2024-05-01"), consultation("2025-02-01"), consultation("2025-04-02"));
    LadoFigures figures = LadoFigures.of(2024, cases);
    assertThat(figures.label()).isEqualTo("2024/25");
    assertThat(figures.from()).isEqualTo(day("2024-04-01"));
    assertThat(figures.to()).isEqualTo(day("2025-03-31"));
    assertThat(figures.referrals()).isEqualTo(6);
    assertThat(figures.consultations()).isEqualTo(2);
    assertThat(figures.referralsByQuarter()).containsExactly(entry("Q1", 2), entry("Q2", 1), entry("Q3", 1), entry("Q4", 2));
    assertThat(figures.consultationsByQuarter()).containsExactly(entry("Q1", 1), entry("Q2", 0), entry("Q3", 0), entry("Q4", 1));
    assertThat(figures.referralsBySector()).containsExactly(entry("education", 3), entry("faith", 1), entry("health", 1),
        entry("police", 1));
    assertThat(figures.initialOutcomes()).containsExactly(entry("not-recorded", 8));
    assertThat(figures.resolution().stillOpen()).isEqualTo(6);
    assertThat(figures.resolution().percentResolvedWithinOneMonth()).as("nothing concluded").isNull();
  }

  static java.util.Map.Entry<String, Integer> entry(String key, int value) {
    return java.util.Map.entry(key, value);
  }

  @Test
  void outcomesAndHowLongConcludedReferralsTook() {
    LadoCase advice = consultation("2024-05-01");
    advice.setInitialOutcome("advice-only");
    LadoCase belowThreshold = referral("2024-05-02", "2024-05-01", "education");
    belowThreshold.setInitialOutcome("does-not-meet-threshold");
    belowThreshold.setConcludedOn(day("2024-05-03"));
    List<LadoCase> cases = List.of(advice, belowThreshold,
        concluded(referral("2024-04-10", "2024-01-31", "education"), "substantiated", "2024-02-29"), // exactly 1 month
        concluded(referral("2024-04-10", "2024-03-15", "education"), "unfounded", "2024-04-15"), // exactly 1 month
        concluded(referral("2024-04-10", "2024-03-15", "education"), "false", "2024-04-16"), // 1 month + 1 day
        concluded(referral("2024-04-10", "2024-03-15", "education"), "malicious", "2024-06-15"), // exactly 3 months
        concluded(referral("2024-04-10", "2024-03-15", "health"), "unsubstantiated", "2024-06-16"),
        concluded(referral("2024-04-10", "2024-03-15", "health"), "unsubstantiated", "2025-03-15"), // exactly 12 months
        concluded(referral("2024-04-10", "2024-03-15", "health"), "substantiated", "2025-03-16"), // over 12 months
        referral("2024-08-01", "2024-07-20", "health")); // still open
    LadoFigures figures = LadoFigures.of(2024, cases);
    assertThat(figures.outcomes()).containsExactly(entry("substantiated", 2), entry("false", 1), entry("malicious", 1),
        entry("unfounded", 1), entry("unsubstantiated", 2));
    assertThat(figures.initialOutcomes()).containsExactly(entry("advice-only", 1), entry("does-not-meet-threshold", 1),
        entry("not-recorded", 8));
    LadoFigures.Resolution r = figures.resolution();
    assertThat(r.withinOneMonth()).isEqualTo(2);
    assertThat(r.oneToThreeMonths()).isEqualTo(2);
    assertThat(r.threeToTwelveMonths()).isEqualTo(2);
    assertThat(r.overTwelveMonths()).isEqualTo(1);
    assertThat(r.concluded()).as("concluded with an outcome").isEqualTo(7);
    assertThat(r.stillOpen()).isEqualTo(1);
    assertThat(r.percentResolvedWithinOneMonth()).isEqualTo(28.6);
    assertThat(r.percentResolvedWithinThreeMonths()).isEqualTo(57.1);
    assertThat(r.percentResolvedWithinTwelveMonths()).isEqualTo(85.7);
  }

  @Test
  void theBandsAreCalendarMonthsFromTheAllegation() {
    assertThat(LadoFigures.band(day("2024-03-15"), day("2024-04-15"))).isZero();
    assertThat(LadoFigures.band(day("2024-03-15"), day("2024-04-16"))).isEqualTo(1);
    assertThat(LadoFigures.band(day("2024-01-31"), day("2024-02-29"))).as("end of a short month").isZero();
    assertThat(LadoFigures.band(day("2024-01-31"), day("2024-03-01"))).isEqualTo(1);
    assertThat(LadoFigures.band(day("2024-03-15"), day("2024-06-15"))).isEqualTo(1);
    assertThat(LadoFigures.band(day("2024-03-15"), day("2024-06-16"))).isEqualTo(2);
    assertThat(LadoFigures.band(day("2024-03-15"), day("2025-03-15"))).isEqualTo(2);
    assertThat(LadoFigures.band(day("2024-03-15"), day("2025-03-16"))).isEqualTo(3);
  }

  @Test
  void theFiguresAsCsvOneRowAFigure() {
    LadoCase quoted = concluded(referral("2024-04-10", "2024-04-01", "sport, \"leisure\""), "unfounded", "2024-04-20");
    String csv = LadoFigures.of(2024, List.of(quoted, consultation("2024-05-01"))).toCsv();
    String[] lines = csv.split("\r\n", -1);
    assertThat(lines[0]).isEqualTo("year,measure,category,count");
    assertThat(lines[lines.length - 1]).as("every row ends with CRLF").isEmpty();
    assertThat(lines).contains(
        "2024/25,referrals,total,1",
        "2024/25,referrals,Q1,1",
        "2024/25,consultations,total,1",
        "2024/25,consultations,Q4,0",
        "2024/25,referrals-by-sector,\"sport, \"\"leisure\"\"\",1",
        "2024/25,initial-outcome,not-recorded,2",
        "2024/25,outcome,unfounded,1",
        "2024/25,outcome,malicious,0",
        "2024/25,resolution,within-1-month,1",
        "2024/25,resolution,still-open,0",
        "2024/25,percent-resolved,within-1-month,100.0",
        "2024/25,percent-resolved,within-12-months,100.0");
    assertThat(LadoFigures.of(2030, List.of()).toCsv()).contains("2030/31,percent-resolved,within-3-months,\r\n");
    assertThat(LadoFigures.csvField("a\nb")).isEqualTo("\"a\nb\"");
  }
}
