package uk.org.safeguarding.reviews.report;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import uk.org.safeguarding.reviews.identity.CallerRoles;
import uk.org.safeguarding.reviews.identity.Groups;

/**
 * The annual report of a reporting year as JSON, as a CSV download and as a printable page; the
 * board chair and the business manager only. Its LADO tables are counts without names.
 */
@RestController
@RequestMapping("/api/reports")
public class AnnualReportController {

  static final String TEXT_CSV = "text/csv;charset=UTF-8";
  static final String TEXT_HTML = "text/html;charset=UTF-8";

  private final AnnualReports reports;
  private final CallerRoles caller;

  public AnnualReportController(AnnualReports reports, CallerRoles caller) {
    this.reports = reports;
    this.caller = caller;
  }

  /** The reporting year starting in {@code year} (2010 for 2010/11); by default the current one. */
  @GetMapping("/annual")
  public AnnualReport annual(@RequestParam(required = false) Integer year) {
    return build(year);
  }

  /** As {@link #annual}, as a CSV download (annual-report-2010-11.csv): each table under its title. */
  @GetMapping("/annual.csv")
  public ResponseEntity<String> annualCsv(@RequestParam(required = false) Integer year) {
    AnnualReport report = build(year);
    return ResponseEntity.ok()
        .header(HttpHeaders.CONTENT_TYPE, TEXT_CSV)
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=annual-report-" + report.label().replace('/', '-') + ".csv")
        .body(AnnualReportDocuments.csv(report));
  }

  /** As {@link #annual}, as a page to read and print, with charts. */
  @GetMapping("/annual.html")
  public ResponseEntity<String> annualPage(@RequestParam(required = false) Integer year) {
    AnnualReport report = build(year);
    return ResponseEntity.ok().header(HttpHeaders.CONTENT_TYPE, TEXT_HTML).body(AnnualReportDocuments.html(report));
  }

  private AnnualReport build(Integer year) {
    caller.require(Groups.BOARD_CHAIR, Groups.BUSINESS_MANAGER);
    return reports.report(reports.year(year));
  }
}
