package uk.org.safeguarding.reviews.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import uk.org.safeguarding.reviews.support.RestClient;
import uk.org.safeguarding.reviews.support.RestClient.Reply;
import uk.org.safeguarding.reviews.support.TestDatabase;

/**
 * The annual report from historical cases imported as CSV, over HTTP: the seed 2010-11 report's
 * table of serious case reviews and case audits comes back field for field; a year of LADO
 * referrals gives back the 2024/25 report's quarterly totals; a file with bad rows imports nothing
 * and says which rows and why; the report is the board chair's and the business manager's only.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "test.database=postgres")
@ActiveProfiles("test")
@Import(TestDatabase.class)
class AnnualReportIT {

  static final String MANAGER = "business.manager";
  static final String CHAIR = "board.chair";
  static final String TEXT_CSV = "text/csv";

  /**
   * Section 4 of the Bournemouth and Poole LSCB annual report 2010-11 (seed 001): case, summary,
   * chair, author, date concluded, Ofsted evaluation — tab-separated, as printed.
   */
  static final String SEED_001_SECTION_4 = """
      Child E\tSuicide of a teenage while in specialist residential care. Serious Case Review. Child normally resident in Poole\tDCI Pam Trevillion\tKeith Ibbetson\tApril 2009\tGood
      C1 Child A\tMorbidly obese child. Case review by SCR Group. Child resident in Poole\tDCI Pam Trevillion\tN/A\tMarch 2010\tn/a
      Baby F\tChild injured during an incident of domestic violence in which the mother was the victim. Serious Case Review. Child resident in Poole\tRon Lock\tPrity Patel\tJuly 2010 (publication expected June 2011 due to criminal proceedings)\tGood
      Case W\tThree teenage boys found guilty of the manslaughter of an adult. Case review. Young men resident in Poole\tRon Lock\tPaul Noke\tDecember 2010\tn/a
      Child G\tYoung boy victim of a filicide/suicide incident with his father. Serious Case Review. Child resident in Poole\tPrity Patel\tKaren Tudor\tExpected May 2011\tNot yet available
      """;

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;

  /**
   * What a test imported is removed after it: the seed's pseudonyms are the other tests' too (the
   * end-to-end test refers a Child G), and a historical Child G still open is an open case of that
   * name. (The tests share one database: a second application context would share the engine.)
   */
  @AfterEach
  void removeImported() {
    jdbc.update("DELETE FROM register_entry WHERE imported = TRUE");
    jdbc.update("DELETE FROM lado_case WHERE process_instance_id = 'imported'");
  }

  RestClient rest() {
    return new RestClient(port);
  }

  static List<String[]> seedTable() {
    return SEED_001_SECTION_4.lines().map(String::trim).filter(l -> !l.isEmpty()).map(l -> l.split("\t")).toList();
  }

  @Test
  void theSeedReportsTableOfReviewsAndAuditsImportedComesBackFieldForField() {
    // the type is the register's (an SCR, or a case audit by the SCR group); Child G, not yet concluded, was initiated
    // in October 2010 (its 6 months ran to the April deadline, extended by a month)
    StringBuilder csv = new StringBuilder("Type,Case,Summary,Chair,Author,Opened on,Date concluded,Evaluation\r\n");
    for (String[] row : seedTable()) {
      String type = row[1].contains("Serious Case Review") ? "serious-case-review" : "case-audit";
      csv.append(type).append(',').append(row[0]).append(",\"").append(row[1]).append("\",").append(row[2]).append(',')
          .append(row[3]).append(',').append(row[0].equals("Child G") ? "October 2010" : "").append(',').append(row[4])
          .append(',').append(row[5]).append("\r\n");
    }
    Reply imported = rest().postText("/api/register/import", MANAGER, TEXT_CSV, csv.toString());
    assertThat(imported.status()).as(imported.text()).isEqualTo(200);
    assertThat(imported.body().path("cases").asInt()).isEqualTo(5);

    Reply report = rest().get("/api/reports/annual?year=2010", CHAIR);
    assertThat(report.status()).as(report.text()).isEqualTo(200);
    assertThat(report.body().path("label").asText()).isEqualTo("2010/11");
    assertThat(report.body().path("from").asText()).isEqualTo("2010-04-01");
    List<String[]> table = new ArrayList<>();
    for (JsonNode r : report.body().path("reviews")) {
      table.add(new String[] {r.path("caseReference").asText(), r.path("summary").asText(), r.path("chair").asText(),
          r.path("author").asText(), r.path("dateConcluded").asText(), r.path("evaluation").asText()});
    }
    assertThat(table).as("the seed's table, row for row and field for field").containsExactlyElementsOf(seedTable());

    Reply spreadsheet = rest().get("/api/reports/annual.csv?year=2010", MANAGER);
    assertThat(spreadsheet.status()).isEqualTo(200);
    assertThat(spreadsheet.header("Content-Type")).startsWith("text/csv");
    assertThat(spreadsheet.header("Content-Disposition")).contains("annual-report-2010-11.csv");
    assertThat(spreadsheet.text()).contains("Case,Summary,Chair,Author,Date concluded,Evaluation\r\n",
        "Baby F,Child injured during an incident of domestic violence in which the mother was the victim. Serious Case Review."
            + " Child resident in Poole,Ron Lock,Prity Patel,July 2010 (publication expected June 2011 due to criminal"
            + " proceedings),Good\r\n");

    Reply page = rest().get("/api/reports/annual.html?year=2010", MANAGER);
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.header("Content-Type")).startsWith("text/html");
    assertThat(page.text()).contains("<h1>Annual report 2010/11</h1>", "<td>Keith Ibbetson</td>", "<td>Expected May 2011</td>",
        "<svg").doesNotContain("<script");

    // the register serves them too: paged, sorted, as CSV
    Reply sorted = rest().get("/api/register?type=case-audit&sort=openedOn&size=1&page=0&to=2011-03-31", CHAIR);
    assertThat(sorted.status()).isEqualTo(200);
    assertThat(sorted.header("X-Total-Count")).isEqualTo("2");
    assertThat(sorted.body().findValuesAsText("caseReference")).containsExactly("C1 Child A");
    assertThat(sorted.body().get(0).path("imported").asBoolean()).isTrue();
    Reply registerCsv = rest().get("/api/register.csv?type=serious-case-review&to=2011-03-31&sort=openedOn", CHAIR);
    assertThat(registerCsv.status()).isEqualTo(200);
    assertThat(registerCsv.text()).startsWith("Case,Type,Status,").contains("Child E,serious-case-review,concluded,",
        "1 Apr 2009");
    assertThat(rest().get("/api/register?sort=summary", CHAIR).status()).as("not a column the register sorts by").isEqualTo(400);
    assertThat(rest().get("/api/register?from=yesterday", CHAIR).body().path("message").asText())
        .contains("'from' must be a date");

    Reply again = rest().postText("/api/register/import", MANAGER, TEXT_CSV, csv.toString());
    assertThat(again.status()).as("the same file twice").isEqualTo(400);
    assertThat(again.body().path("rejected").get(0).path("reason").asText()).contains("was imported before");
  }

  @Test
  void aYearOfLadoReferralsGivesBackTheQuarterlyTotalsAndTheYearsTotal() {
    int[] quarterly = {177, 127, 163, 188};
    LocalDate[] quarterStarts = {LocalDate.of(2024, 4, 1), LocalDate.of(2024, 7, 1), LocalDate.of(2024, 10, 1),
        LocalDate.of(2025, 1, 1)};
    String[] sectors = {"education", "early-years", "health", "foster-care", "police"};
    StringBuilder csv = new StringBuilder("type,referred on,sector,kind,outcome,date concluded\n");
    int n = 0;
    for (int q = 0; q < 4; q++) {
      for (int i = 0; i < quarterly[q]; i++, n++) {
        LocalDate referred = quarterStarts[q].plusDays(i % 90);
        boolean concluded = n % 3 == 0;
        csv.append("lado,").append(referred).append(',').append(sectors[n % sectors.length]).append(",referral,")
            .append(concluded ? "unsubstantiated" : "").append(',').append(concluded ? referred.plusDays(20).toString() : "")
            .append('\n');
      }
    }
    for (int i = 0; i < 12; i++) {
      csv.append("lado,").append(LocalDate.of(2024, 5, 1).plusDays(i)).append(",education,consultation,,\n");
    }
    Reply imported = rest().postText("/api/register/import", MANAGER, TEXT_CSV, csv.toString());
    assertThat(imported.status()).as(imported.text()).isEqualTo(200);
    assertThat(imported.body().path("ladoCases").asInt()).isEqualTo(655 + 12);

    JsonNode lado = rest().get("/api/reports/annual?year=2024", MANAGER).body().path("lado");
    assertThat(List.of(lado.path("referralsByQuarter").path("Q1").asInt(), lado.path("referralsByQuarter").path("Q2").asInt(),
        lado.path("referralsByQuarter").path("Q3").asInt(), lado.path("referralsByQuarter").path("Q4").asInt()))
        .containsExactly(177, 127, 163, 188);
    assertThat(lado.path("referrals").asInt()).isEqualTo(655);
    assertThat(lado.path("consultations").asInt()).isEqualTo(12);
    assertThat(lado.path("resolution").path("percentResolvedWithinOneMonth").asDouble()).isEqualTo(100.0);
    assertThat(rest().get("/api/lado/figures?year=2024", "lado").body().path("referrals").asInt())
        .as("the LADO's own figures read the same records").isEqualTo(655);

    String page = rest().get("/api/reports/annual.html?year=2024", CHAIR).text();
    assertThat(page).contains("LADO referrals per quarter", ">177</text>", ">188</text>", "<td>Year</td><td class=\"n\">655</td>");
    assertThat(rest().get("/api/reports/annual.csv?year=2024", CHAIR).text()).contains("Q1 (Apr–Jun),177,", "Year,655,12\r\n");
  }

  @Test
  void aFileWithBadRowsImportsNothingAndSaysWhichRowsAndWhy_aGoodOneImportsCompletely() {
    String suffix = " " + System.nanoTime();
    String header = "type,case,summary,chair,author,opened on,date concluded,closed on,evaluation\n";
    String good1 = "case-audit,Audit One" + suffix + ",Neglect,Ron Lock,,2019-05-01,June 2019,,n/a\n";
    String good2 = "serious-case-review,Review Two" + suffix + ",Online harm,Prity Patel,Karen Tudor,1 Jun 2019,,,\n";
    String badDate = "case-audit,Audit Three" + suffix + ",Neglect,Ron Lock,,sometime,,,\n";
    String badType = "inspection,Four" + suffix + ",x,,,2019-05-01,,,\n";
    String badGrade = "serious-case-review,Review Five" + suffix + ",x,,,2019-05-01,May 2020,,Excellent\n";
    String markup = "case-audit,Audit Six" + suffix + ",<script>alert(1)</script>,Ron Lock,,2019-05-01,June 2019,,n/a\n";

    Reply refused = rest().postText("/api/register/import", MANAGER, TEXT_CSV,
        header + good1 + badDate + good2 + badType + badGrade + markup);
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.body().path("message").asText()).startsWith("Nothing was imported: 4 rows are wrong (of 6)");
    JsonNode rejected = refused.body().path("rejected");
    assertThat(rejected.findValuesAsText("row")).containsExactly("3", "5", "6", "7");
    assertThat(rejected.get(3).path("reason").asText()).contains("'summary' contains markup or expression syntax");
    assertThat(rejected.get(0).path("reason").asText()).contains("'opened on' is not a date: 'sometime'");
    assertThat(rejected.get(1).path("reason").asText()).contains("'type' must be one of", "not 'inspection'");
    assertThat(rejected.get(2).path("reason").asText()).contains("'evaluation' must be one of", "Good", "not 'Excellent'");
    assertThat(rest().get("/api/register/" + RestClient.encode("Audit One" + suffix), CHAIR).body()).as("nothing imported").isEmpty();

    Reply unclosed = rest().postText("/api/register/import", MANAGER, TEXT_CSV, header + "case-audit,\"Never closed\n");
    assertThat(unclosed.status()).isEqualTo(400);
    assertThat(unclosed.body().path("message").asText()).contains("a quoted field is never closed");

    Reply imported = rest().postText("/api/register/import", MANAGER, TEXT_CSV, header + good1 + good2);
    assertThat(imported.status()).as(imported.text()).isEqualTo(200);
    assertThat(imported.body().path("cases").asInt()).isEqualTo(2);
    JsonNode audit = rest().get("/api/register/" + RestClient.encode("Audit One" + suffix), CHAIR).body().get(0);
    assertThat(audit.path("concludedOn").asText()).isEqualTo("2019-06-01");
    assertThat(audit.path("openedOn").asText()).isEqualTo("2019-05-01");
    assertThat(rest().get("/api/register/" + RestClient.encode("Review Two" + suffix), CHAIR).body().get(0).path("status").asText())
        .isEqualTo("in-progress");
  }

  @Test
  void onlyTheBoardChairAndTheBusinessManagerReadTheReport_onlyTheBusinessManagerImports_agenciesReadNoCase() {
    for (String path : List.of("/api/reports/annual?year=2010", "/api/reports/annual.csv?year=2010",
        "/api/reports/annual.html?year=2010")) {
      assertThat(rest().get(path, CHAIR).status()).as(path).isEqualTo(200);
      assertThat(rest().get(path, MANAGER).status()).as(path).isEqualTo(200);
      for (String refused : List.of("dorset-police", "poole-council", "scr.chair", "lado", "la.partner")) {
        assertThat(rest().get(path, refused).status()).as(refused + " " + path).isEqualTo(403);
      }
      assertThat(rest().get(path, null).status()).as("anonymous " + path).isEqualTo(401);
    }
    String file = "type,case,opened on\ncase-audit,Access " + System.nanoTime() + ",2019-05-01\n";
    for (String refused : List.of("dorset-police", CHAIR, "scr.chair")) {
      assertThat(rest().postText("/api/register/import", refused, TEXT_CSV, file).status()).as(refused).isEqualTo(403);
    }
    for (String path : List.of("/api/register", "/api/register.csv", "/api/register/" + RestClient.encode("Child E"))) {
      assertThat(rest().get(path, "dorset-police").status()).as("an agency reads no case: " + path).isEqualTo(403);
    }
    assertThat(rest().get("/api/reports/annual?year=1999", CHAIR).status()).isEqualTo(400);
  }
}
