package uk.org.safeguarding.reviews.deadlines;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

import uk.org.safeguarding.reviews.calendar.Deadlines;
import uk.org.safeguarding.reviews.calendar.UkDates;
import uk.org.safeguarding.reviews.engine.ProcessKeys;
import uk.org.safeguarding.reviews.identity.CallerRoles;
import uk.org.safeguarding.reviews.identity.Groups;
import uk.org.safeguarding.reviews.lado.LadoRecords;

/**
 * The managers' deadlines view: every open deadline of every case the caller may see, most urgent
 * first. The partnership's roles see the reviews (with the register's clocks); the LADO service sees
 * LADO cases, except those a LADO is excluded from; everyone else (agencies included) gets 403.
 * Read by the Cockpit deadlines view and, as a printable page, by the board chair.
 */
@RestController
@RequestMapping("/api/deadlines")
public class DeadlinesController {

  private static final Set<String> STATES = Set.of(Deadline.OVERDUE, Deadline.DUE_SOON, Deadline.OPEN);

  private final OpenDeadlines open;
  private final CallerRoles caller;
  private final LadoRecords lado;
  private final Deadlines deadlines;

  public DeadlinesController(OpenDeadlines open, CallerRoles caller, LadoRecords lado, Deadlines deadlines) {
    this.open = open;
    this.caller = caller;
    this.lado = lado;
    this.deadlines = deadlines;
  }

  /**
   * Every open deadline, most overdue first; {@code process} (a process key), {@code party} (part of
   * whom it is with, e.g. "Police") and {@code state} ({@code overdue}, {@code due-soon}, {@code open})
   * narrow it.
   */
  @GetMapping
  public List<Deadline> list(@RequestParam(required = false) String process, @RequestParam(required = false) String party,
      @RequestParam(required = false) String state) {
    if (state != null && !STATES.contains(state)) {
      throw new IllegalArgumentException("state must be one of " + new TreeSet<>(STATES) + ", not '" + state + "'");
    }
    if (process != null && !ProcessKeys.ALL.contains(process)) {
      throw new IllegalArgumentException("process must be one of " + ProcessKeys.ALL + ", not '" + process + "'");
    }
    return visible().stream()
        .filter(d -> process == null || process.equals(d.processKey()))
        .filter(d -> party == null || d.party().toLowerCase(Locale.UK).contains(party.toLowerCase(Locale.UK)))
        .filter(d -> state == null || state.equals(d.state()))
        .toList();
  }

  /** A page the board chair can print for a board meeting: what is overdue and what falls due within 5 working days. */
  @GetMapping("/summary")
  public ResponseEntity<String> summary() {
    List<Deadline> pressing = visible().stream().filter(d -> !Deadline.OPEN.equals(d.state())).toList();
    StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"en-GB\"><head><meta charset=\"utf-8\"><title>Deadlines</title>"
        + "<style>body{font-family:sans-serif}table{border-collapse:collapse}td,th{border:1px solid #999;padding:4px 8px;"
        + "text-align:left}.overdue{color:#a00;font-weight:bold}</style></head><body>");
    html.append("<h1>Deadlines overdue or due within ").append(OpenDeadlines.DUE_SOON_WORKING_DAYS)
        .append(" working days</h1><p>As at ").append(UkDates.day(deadlines.today())).append(". ")
        .append(pressing.size()).append(pressing.size() == 1 ? " deadline." : " deadlines.").append("</p>");
    if (!pressing.isEmpty()) {
      html.append("<table><tr><th>Case</th><th>Process</th><th>What is due</th><th>With</th><th>Due</th><th>Working days</th></tr>");
      for (Deadline d : pressing) {
        html.append("<tr class=\"").append(d.state()).append("\"><td>").append(text(d.caseReference())).append("</td><td>")
            .append(text(d.process())).append("</td><td>").append(text(d.what())).append(d.escalation() ? " (escalation)" : "")
            .append("</td><td>").append(text(d.party())).append("</td><td>")
            .append(UkDates.moment(d.due())).append("</td><td>")
            .append(d.workingDaysLeft() < 0 ? -d.workingDaysLeft() + " overdue" : d.state().equals(Deadline.OVERDUE) ? "overdue today"
                : d.workingDaysLeft() + " left")
            .append("</td></tr>");
      }
      html.append("</table>");
    }
    return ResponseEntity.ok().contentType(new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets.UTF_8))
        .body(html.append("</body></html>").toString());
  }

  private List<Deadline> visible() {
    boolean partnership = caller.isPartnership();
    boolean ladoService = caller.isAny(Groups.LADO, Groups.LADO_MANAGER);
    if (!partnership && !ladoService) {
      caller.require(Groups.PARTNERSHIP_ROLES.toArray(String[]::new));
    }
    List<Deadline> all = new ArrayList<>();
    if (partnership) {
      all.addAll(open.list(ProcessKeys.REVIEWS, reference -> true, true));
    }
    if (ladoService) {
      Set<String> excluded = lado.casesExcluding(caller.userId());
      Predicate<String> notExcluded = reference -> reference == null || !excluded.contains(reference);
      all.addAll(open.list(ProcessKeys.LADO, notExcluded, false));
    }
    all.sort(java.util.Comparator.comparing(Deadline::due)); // reviews and LADO cases together, most urgent first
    return all;
  }

  private static String text(String s) {
    return s == null ? "" : HtmlUtils.htmlEscape(s);
  }
}
