package uk.org.safeguarding.reviews.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import uk.org.safeguarding.reviews.lado.LadoFigures;

/** The reporting year, April to March or from another month, and how the import reads a yearly report's words. */
class ReportingYearTest {

  @Test
  void aReportingYearRunsTwelveMonthsFromItsFirstMonthInFourQuarters() {
    ReportingYear financial = ReportingYear.of(2010, 4);
    assertThat(financial.label()).isEqualTo("2010/11");
    assertThat(financial.span()).isEqualTo("1 Apr 2010 to 31 Mar 2011");
    assertThat(financial.quarterNames()).containsExactly("Q1 (Apr–Jun)", "Q2 (Jul–Sep)", "Q3 (Oct–Dec)", "Q4 (Jan–Mar)");
    assertThat(ReportingYear.containing(LocalDate.of(2011, 3, 31), 4)).isEqualTo(financial);
    assertThat(ReportingYear.containing(LocalDate.of(2011, 4, 1), 4).year()).isEqualTo(2011);

    ReportingYear calendar = ReportingYear.of(2024, 1);
    assertThat(calendar.label()).isEqualTo("2024");
    assertThat(calendar.to()).isEqualTo(LocalDate.of(2024, 12, 31));
    assertThat(LadoFigures.quarterOf(LocalDate.of(2024, 3, 31), 1)).isEqualTo("Q1");
    assertThat(LadoFigures.quarterOf(LocalDate.of(2024, 12, 1), 1)).isEqualTo("Q4");
    assertThat(LadoFigures.quarterOf(LocalDate.of(2025, 3, 31), 4)).isEqualTo("Q4");

    assertThatThrownBy(() -> ReportingYear.of(1999, 4)).hasMessageContaining("2000 to 2100");
    assertThatThrownBy(() -> ReportingYear.of(2010, 13)).hasMessageContaining("1 to 12");
  }

  @Test
  void aDateConcludedIsADateWithItsNote_orExpectedWhileNotConcluded() {
    assertThat(HistoricalImport.concluded("April 2009"))
        .isEqualTo(new HistoricalImport.Concluded(LocalDate.of(2009, 4, 1), null, null));
    assertThat(HistoricalImport.concluded("July 2010 (publication expected June 2011 due to criminal proceedings)"))
        .isEqualTo(new HistoricalImport.Concluded(LocalDate.of(2010, 7, 1), null,
            "(publication expected June 2011 due to criminal proceedings)"));
    assertThat(HistoricalImport.concluded("Expected May 2011"))
        .isEqualTo(new HistoricalImport.Concluded(null, LocalDate.of(2011, 5, 1), null));
    assertThat(HistoricalImport.concluded("15/04/2009")).extracting(HistoricalImport.Concluded::concludedOn)
        .isEqualTo(LocalDate.of(2009, 4, 15));
    assertThat(HistoricalImport.concluded("31/02/2009")).as("no such day").isNull();
    assertThat(HistoricalImport.concluded("sometime")).isNull();

    assertThat(AnnualReports.dateConcluded(LocalDate.of(2010, 7, 1), null, "(publication expected June 2011)"))
        .isEqualTo("July 2010 (publication expected June 2011)");
    assertThat(AnnualReports.dateConcluded(null, LocalDate.of(2011, 5, 1), null)).isEqualTo("Expected May 2011");
  }

  @Test
  void gradesAndThemesAreReadAsStaffWriteThem() {
    assertThat(Evaluations.gradeOf("Good")).isEqualTo("good");
    assertThat(Evaluations.gradeOf("N/A")).isEqualTo(Evaluations.NOT_EVALUATED);
    assertThat(Evaluations.gradeOf("not yet available")).isEqualTo(Evaluations.NOT_YET_AVAILABLE);
    assertThat(Evaluations.gradeOf("Excellent")).isNull();
    assertThat(Evaluations.label(null, true)).isEqualTo("Not yet available");
    assertThat(Evaluations.label(null, false)).isEqualTo("n/a");
    assertThat(HistoricalImport.themes("Neglect; domestic abuse, neglect")).isEqualTo("neglect,domestic-abuse");
    assertThat(HistoricalImport.column(" Opened_On ")).isEqualTo("opened on");
    assertThat(AnnualReportDocuments.percent(80.0)).isEqualTo("80%");
    assertThat(AnnualReportDocuments.percent(66.7)).isEqualTo("66.7%");
    assertThat(AnnualReportDocuments.words("early-years")).isEqualTo("Early years");
  }
}
