package uk.org.safeguarding.reviews.lado;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import uk.org.safeguarding.reviews.support.ProcessTest;

/**
 * The LADO's records in the application's database (H2 here, PostgreSQL in the build's second run):
 * numbering, the person's earlier concerns, conclusion, anonymising, exclusions, retention and the
 * year's figures. Each test uses years and people of its own and removes its cases afterwards.
 */
@ProcessTest
class LadoRecordsTest {

  @Autowired LadoRecords records;
  @Autowired JdbcTemplate jdbc;

  /** Calendar years no other test numbers cases in. */
  static final int YEAR = 2061;

  @AfterEach
  void removeTheCases() {
    jdbc.update("DELETE FROM lado_exclusion WHERE case_reference LIKE 'LADO-206%'");
    jdbc.update("DELETE FROM lado_case WHERE reference LIKE 'LADO-206%'");
  }

  static LocalDate day(String iso) {
    return LocalDate.parse(iso);
  }

  LadoCase open(String referredOn, String kind, String personKey) {
    LocalDate referred = day(referredOn);
    LadoCase c = new LadoCase(records.nextReference(referred), "pi-" + System.nanoTime(), referred, referred.minusDays(3),
        "education", kind);
    c.setPersonKey(personKey);
    c.setPersonLabel(personKey == null ? null : "Jo Bloggs, born 1 Feb 1980");
    return records.open(c);
  }

  @Test
  void referencesAreNumberedFromOneEachCalendarYear() {
    assertThat(records.nextReference(LocalDate.of(YEAR, 1, 1))).isEqualTo("LADO-2061-0001");
    open(YEAR + "-01-05", LadoCase.REFERRAL, null);
    open(YEAR + "-02-05", LadoCase.REFERRAL, null);
    assertThat(records.nextReference(LocalDate.of(YEAR, 12, 31))).isEqualTo("LADO-2061-0003");
    assertThat(records.nextReference(LocalDate.of(YEAR + 1, 1, 1))).as("a new year starts again").isEqualTo("LADO-2062-0001");
    LadoCase taken = new LadoCase("LADO-2061-0002", "pi", day("2061-03-01"), day("2061-03-01"), "health", LadoCase.REFERRAL);
    assertThatThrownBy(() -> records.open(taken)).as("the reference is unique").isNotNull();
  }

  @Test
  void earlierConcernsAreTheSamePersonsOtherCasesNewestFirst() {
    String byName = LadoRules.personKey("Jo Bloggs " + System.nanoTime(), day("1980-02-01"), null);
    String byReference = LadoRules.personKey(null, null, "lp-" + System.nanoTime());
    LadoCase first = open(YEAR + "-01-10", LadoCase.CONSULTATION, byName);
    records.closeWithoutOutcome(first.getReference(), day(YEAR + "-01-10"), "advice-only");
    LadoCase second = open(YEAR + "-03-03", LadoCase.REFERRAL, byName);
    records.recordInitialOutcome(second.getReference(), "threshold-met");
    records.conclude(second.getReference(), "unsubstantiated", List.of("training", " "), day(YEAR + "-06-02"),
        day("2071-03-03"), false);
    open(YEAR + "-04-01", LadoCase.REFERRAL, byReference);
    open(YEAR + "-04-02", LadoCase.REFERRAL, LadoRules.personKey("Someone Else", day("1980-02-01"), null));
    LadoCase current = open(YEAR + "-05-01", LadoCase.REFERRAL, byName);

    List<EarlierConcern> concerns = records.earlierConcerns(byName, current.getReference());
    assertThat(concerns).extracting(EarlierConcern::reference).containsExactly(second.getReference(), first.getReference());
    assertThat(concerns.get(0)).isEqualTo(new EarlierConcern(second.getReference(), day(YEAR + "-03-03"), "referral",
        "threshold-met", "unsubstantiated", day(YEAR + "-06-02")));
    assertThat(records.earlierConcernsText(concerns)).isEqualTo(
        second.getReference() + ", referred 3 Mar 2061: threshold met; outcome unsubstantiated (concluded 2 Jun 2061)\n"
            + first.getReference() + ", consultation 10 Jan 2061: advice only; closed 10 Jan 2061");
    assertThat(records.earlierConcerns(byReference, null)).hasSize(1);
    assertThat(records.earlierConcerns(null, current.getReference())).isEmpty();
    assertThat(records.earlierConcernsText(records.earlierConcerns(byReference, null).subList(0, 0)))
        .isEqualTo("No earlier allegations or consultations about this person.");

    LadoCase saved = records.find(second.getReference()).orElseThrow();
    assertThat(saved.conclusionActionList()).containsExactly("training");
    assertThat(saved.getRetentionUntil()).isEqualTo(day("2071-03-03"));

    records.anonymise(first.getReference());
    assertThat(records.find(first.getReference()).orElseThrow().getPersonLabel()).isNull();
    assertThat(records.earlierConcerns(byName, current.getReference())).as("an anonymised consultation is not found again")
        .extracting(EarlierConcern::reference).containsExactly(second.getReference());
  }

  @Test
  void staffKeptAwayFromACase() {
    LadoCase c = open(YEAR + "-02-01", LadoCase.REFERRAL, null);
    records.exclude(c.getReference(), "lado.two", "Knows the person", "lado", day(YEAR + "-02-01"));
    records.exclude(c.getReference(), "lado.two", "Again", "lado", day(YEAR + "-02-02"));
    records.exclude(c.getReference(), "a.lado", "Works with them", "lado", day(YEAR + "-02-01"));
    assertThat(records.isExcluded(c.getReference(), "lado.two")).isTrue();
    assertThat(records.isExcluded(c.getReference(), "lado")).isFalse();
    assertThat(records.isExcluded(c.getReference(), null)).isFalse();
    assertThat(records.excludedUsers(c.getReference())).containsExactly("a.lado", "lado.two");
    assertThatThrownBy(() -> records.exclude("LADO-2061-9999", "x", "r", "lado", day(YEAR + "-02-01")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("No LADO case");
    assertThatThrownBy(() -> records.exclude(c.getReference(), "x", " ", "lado", day(YEAR + "-02-01")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void concludedCasesPastTheirRetention() {
    LadoCase kept = open(YEAR + "-01-01", LadoCase.REFERRAL, null);
    records.conclude(kept.getReference(), "false", List.of(), day(YEAR + "-02-01"), day("2071-01-01"), false);
    LadoCase due = open(YEAR + "-01-02", LadoCase.REFERRAL, null);
    records.conclude(due.getReference(), "unfounded", null, day(YEAR + "-02-01"), day("2070-12-31"), true);
    LadoCase open = open(YEAR + "-01-03", LadoCase.REFERRAL, null);
    assertThat(records.pastRetention(day("2071-01-01"))).extracting(LadoCase::getReference)
        .contains(due.getReference()).doesNotContain(kept.getReference(), open.getReference());
    assertThat(records.find(due.getReference()).orElseThrow().isRemoveFromEmploymentRecord()).isTrue();
    assertThat(records.retentionUntil(day("2026-03-10"), day("1980-02-01"))).as("configured defaults: 67, 10 years")
        .isEqualTo(day("2047-02-01"));
  }

  @Test
  void theFiguresOfAFinancialYearFromTheDatabase() {
    LadoCase march = open(YEAR + "-03-31", LadoCase.REFERRAL, null); // 2060/61
    LadoCase april = open(YEAR + "-04-01", LadoCase.REFERRAL, null);
    records.conclude(april.getReference(), "substantiated", List.of("dismissal", "dbs-referral"), day(YEAR + "-04-28"),
        null, false);
    open((YEAR + 1) + "-03-31", LadoCase.CONSULTATION, null);
    LadoFigures figures = records.figures(YEAR);
    assertThat(figures.label()).isEqualTo("2061/62");
    assertThat(figures.referrals()).isEqualTo(1);
    assertThat(figures.consultations()).isEqualTo(1);
    assertThat(figures.consultationsByQuarter().get("Q4")).isEqualTo(1);
    assertThat(figures.outcomes().get("substantiated")).isEqualTo(1);
    assertThat(figures.resolution().withinOneMonth()).isEqualTo(1);
    assertThat(records.figures(YEAR - 1).referrals()).isEqualTo(1);
    assertThat(march.getReferredOn()).isEqualTo(day("2061-03-31"));
    assertThatThrownBy(() -> records.figures(1999)).isInstanceOf(IllegalArgumentException.class);
  }
}
