package uk.org.safeguarding.reviews.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.web.util.HtmlUtils;

import uk.org.safeguarding.reviews.calendar.UkDates;
import uk.org.safeguarding.reviews.lado.LadoFigures;
import uk.org.safeguarding.reviews.register.Csv;

/**
 * The annual report as a spreadsheet (CSV, one section after another, each with its title and
 * header row) and as a printable page (plain HTML with inline SVG bar charts; no script). Dates as
 * staff write them, words instead of keys.
 */
final class AnnualReportDocuments {

  static final String[] REVIEW_HEADER = {"Case", "Summary", "Chair", "Author", "Date concluded", "Evaluation"};
  static final String[] ACTIVITY_HEADER = {"Measure", "Number"};
  static final String[] ACTIONS_HEADER = {"Agency", "Open", "Overdue", "Completed in the year"};
  static final String[] TIMELINESS_HEADER = {"Statutory clock", "Due in the year", "Met", "Missed", "Not yet due",
      "Share met"};

  private AnnualReportDocuments() {}

  /** A section of the report: a title, a header and rows of words. */
  record Section(String title, String[] header, List<String[]> rows) {}

  static List<Section> sections(AnnualReport r) {
    List<Section> sections = new ArrayList<>();
    sections.add(new Section("Serious case reviews and case audits", REVIEW_HEADER, r.reviews().stream()
        .map(v -> new String[] {v.caseReference(), v.summary(), v.chair(), v.author(), v.dateConcluded(), v.evaluation()})
        .toList()));
    AnnualReport.Activity a = r.activity();
    sections.add(new Section("CSPR group activity", ACTIVITY_HEADER, List.of(
        row("Local child safeguarding practice reviews commissioned", a.csprsCommissioned()),
        row("Serious case reviews initiated", a.scrsInitiated()),
        row("Reports published", a.reportsPublished()),
        row("Rapid reviews completed", a.rapidReviewsCompleted()),
        row("Local learning reviews started", a.localReviewsStarted()),
        row("Local learning reviews concluded", a.localReviewsConcluded()),
        row("Case audits concluded", a.caseAuditsConcluded()))));
    LadoFigures lado = r.lado();
    List<String[]> quarters = new ArrayList<>();
    List<String> names = ReportingYear.of(r.year(), r.from().getMonthValue()).quarterNames();
    for (int i = 0; i < LadoFigures.QUARTERS.size(); i++) {
      String q = LadoFigures.QUARTERS.get(i);
      quarters.add(new String[] {names.get(i), str(lado.referralsByQuarter().get(q)), str(lado.consultationsByQuarter().get(q))});
    }
    quarters.add(new String[] {"Year", str(lado.referrals()), str(lado.consultations())});
    sections.add(new Section("LADO referrals and consultations by quarter", new String[] {"Quarter", "Referrals", "Consultations"},
        quarters));
    sections.add(new Section("LADO referrals by sector", new String[] {"Sector", "Referrals"}, words(lado.referralsBySector())));
    sections.add(new Section("LADO initial outcomes (referrals and consultations)", new String[] {"Initial outcome", "Cases"},
        words(lado.initialOutcomes())));
    sections.add(new Section("LADO outcomes of referrals", new String[] {"Outcome", "Referrals"}, words(lado.outcomes())));
    LadoFigures.Resolution res = lado.resolution();
    sections.add(new Section("LADO referrals resolved (from the day the allegation came to the employer's attention)",
        new String[] {"Resolved", "Referrals", "Share resolved by then"}, List.of(
            new String[] {"Within 1 month", str(res.withinOneMonth()), percent(res.percentResolvedWithinOneMonth())},
            new String[] {"Within 1 to 3 months", str(res.oneToThreeMonths()), percent(res.percentResolvedWithinThreeMonths())},
            new String[] {"Within 3 to 12 months", str(res.threeToTwelveMonths()), percent(res.percentResolvedWithinTwelveMonths())},
            new String[] {"Over 12 months", str(res.overTwelveMonths()), ""},
            new String[] {"Still open", str(res.stillOpen()), ""})));
    AnnualReport.Actions act = r.actions();
    List<String[]> actionRows = new ArrayList<>(act.byAgency().stream()
        .map(x -> new String[] {x.agencyName(), str(x.open()), str(x.overdue()), str(x.completedInYear())}).toList());
    actionRows.add(new String[] {"All agencies", str(act.open()), str(act.overdue()), str(act.completedInYear())});
    sections.add(new Section("Action plans (open and overdue on " + UkDates.day(r.countedOn()) + ")", ACTIONS_HEADER, actionRows));
    sections.add(new Section("Timeliness: statutory deadlines due in the year", TIMELINESS_HEADER, r.timeliness().stream()
        .map(t -> new String[] {t.rule(), str(t.due()), str(t.met()), str(t.missed()), str(t.running()), percent(t.percentMet())})
        .toList()));
    return sections;
  }

  static String csv(AnnualReport r) {
    Csv csv = new Csv().row("Annual report " + r.label(), UkDates.day(r.from()) + " to " + UkDates.day(r.to()));
    for (Section s : sections(r)) {
      csv.row().row(s.title());
      csv.row((Object[]) s.header());
      s.rows().forEach(row -> csv.row((Object[]) row));
    }
    return csv.toString();
  }

  static String html(AnnualReport r) {
    StringBuilder h = new StringBuilder();
    h.append("<!DOCTYPE html>\n<html lang=\"en-GB\"><head><meta charset=\"utf-8\"><title>Annual report ")
        .append(esc(r.label())).append("</title>\n<style>")
        .append("body{font-family:Arial,Helvetica,sans-serif;margin:2em;color:#111}table{border-collapse:collapse;margin:0 0 1.5em}")
        .append("th,td{border:1px solid #999;padding:.3em .6em;text-align:left;vertical-align:top}th{background:#eee}")
        .append("td.n{text-align:right}h2{margin-top:1.5em}figure{margin:0 0 1.5em}")
        .append("@media print{body{margin:0}h2{break-after:avoid}table,figure{break-inside:avoid}}</style></head><body>\n")
        .append("<h1>Annual report ").append(esc(r.label())).append("</h1>\n<p>")
        .append(esc(UkDates.day(r.from()) + " to " + UkDates.day(r.to()))).append(". Figures from the register, counted on ")
        .append(esc(UkDates.day(r.countedOn()))).append(". LADO figures are counts only, without names.</p>\n");
    List<Section> sections = sections(r);
    for (Section s : sections) {
      h.append("<h2>").append(esc(s.title())).append("</h2>\n");
      if (s.title().startsWith("LADO referrals and consultations by quarter")) {
        Map<String, Integer> bars = new LinkedHashMap<>();
        s.rows().stream().limit(4).forEach(row -> bars.put(row[0], Integer.parseInt(row[1])));
        h.append(barChart("LADO referrals per quarter", bars, "#1d70b8"));
      }
      if (s.title().startsWith("Timeliness") && !r.timeliness().isEmpty()) {
        h.append(timelinessChart(r.timeliness()));
      }
      if (s.rows().isEmpty()) {
        h.append("<p>None in this year.</p>\n");
        continue;
      }
      h.append("<table><thead><tr>");
      for (String col : s.header()) {
        h.append("<th scope=\"col\">").append(esc(col)).append("</th>");
      }
      h.append("</tr></thead><tbody>\n");
      for (String[] row : s.rows()) {
        h.append("<tr>");
        for (String cell : row) {
          h.append(cell != null && cell.matches("[0-9.,% ]+") ? "<td class=\"n\">" : "<td>").append(esc(cell)).append("</td>");
        }
        h.append("</tr>\n");
      }
      h.append("</tbody></table>\n");
    }
    return h.append("</body></html>\n").toString();
  }

  /** Vertical bars, one a label, with their numbers. */
  static String barChart(String title, Map<String, Integer> bars, String colour) {
    int max = Math.max(1, bars.values().stream().mapToInt(Integer::intValue).max().orElse(1));
    int width = 120 * bars.size() + 40;
    StringBuilder svg = new StringBuilder("<figure><svg role=\"img\" aria-label=\"").append(esc(title))
        .append("\" xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(width).append("\" height=\"240\" viewBox=\"0 0 ")
        .append(width).append(" 240\"><title>").append(esc(title)).append("</title>");
    int x = 30;
    for (Map.Entry<String, Integer> bar : bars.entrySet()) {
      int height = (int) Math.round(170.0 * bar.getValue() / max);
      svg.append("<rect x=\"").append(x).append("\" y=\"").append(200 - height).append("\" width=\"80\" height=\"").append(height)
          .append("\" fill=\"").append(colour).append("\"/>")
          .append("<text x=\"").append(x + 40).append("\" y=\"").append(195 - height).append("\" text-anchor=\"middle\" font-size=\"14\">")
          .append(bar.getValue()).append("</text>")
          .append("<text x=\"").append(x + 40).append("\" y=\"220\" text-anchor=\"middle\" font-size=\"12\">").append(esc(bar.getKey()))
          .append("</text>");
      x += 120;
    }
    return svg.append("<line x1=\"20\" y1=\"200\" x2=\"").append(width - 10).append("\" y2=\"200\" stroke=\"#111\"/></svg>")
        .append("<figcaption>").append(esc(title)).append("</figcaption></figure>\n").toString();
  }

  /** One horizontal bar a clock: met (green) and missed (red) side by side, with the share met. */
  static String timelinessChart(List<AnnualReport.Timeliness> rows) {
    int max = Math.max(1, rows.stream().mapToInt(t -> t.met() + t.missed()).max().orElse(1));
    int height = 40 * rows.size() + 30;
    StringBuilder svg = new StringBuilder("<figure><svg role=\"img\" aria-label=\"Statutory deadlines met and missed\" "
        + "xmlns=\"http://www.w3.org/2000/svg\" width=\"760\" height=\"").append(height).append("\" viewBox=\"0 0 760 ")
        .append(height).append("\"><title>Statutory deadlines met and missed</title>");
    int y = 10;
    for (AnnualReport.Timeliness t : rows) {
      int met = (int) Math.round(300.0 * t.met() / max);
      int missed = (int) Math.round(300.0 * t.missed() / max);
      svg.append("<text x=\"0\" y=\"").append(y + 17).append("\" font-size=\"12\">").append(esc(shorten(t.rule()))).append("</text>")
          .append("<rect x=\"330\" y=\"").append(y).append("\" width=\"").append(met).append("\" height=\"24\" fill=\"#00703c\"/>")
          .append("<rect x=\"").append(330 + met).append("\" y=\"").append(y).append("\" width=\"").append(missed)
          .append("\" height=\"24\" fill=\"#d4351c\"/>")
          .append("<text x=\"").append(336 + met + missed).append("\" y=\"").append(y + 17).append("\" font-size=\"12\">")
          .append(t.met()).append(" met, ").append(t.missed()).append(" missed").append(t.percentMet() == null ? "" : " (" + percent(t.percentMet()) + ")")
          .append("</text>");
      y += 40;
    }
    return svg.append("</svg><figcaption>Statutory deadlines due in the year: met (green) and missed (red)</figcaption></figure>\n")
        .toString();
  }

  private static String shorten(String text) {
    return text == null ? "" : text.length() > 50 ? text.substring(0, 47) + "..." : text;
  }

  private static String[] row(String measure, int n) {
    return new String[] {measure, str(n)};
  }

  private static List<String[]> words(Map<String, Integer> counts) {
    return counts.entrySet().stream().map(e -> new String[] {words(e.getKey()), str(e.getValue())}).toList();
  }

  /** "early-years" is "Early years", "not-recorded" "Not recorded". */
  static String words(String key) {
    if (key == null || key.isEmpty()) {
      return "";
    }
    String text = key.replace('-', ' ').replace('_', ' ');
    return Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }

  private static String str(Integer n) {
    return n == null ? "0" : n.toString();
  }

  static String percent(Double share) {
    return share == null ? "" : (share == Math.rint(share) ? Long.toString(Math.round(share)) : share.toString()) + "%";
  }

  private static String esc(String text) {
    return text == null ? "" : HtmlUtils.htmlEscape(text);
  }
}
