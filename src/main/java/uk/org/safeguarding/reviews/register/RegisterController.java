package uk.org.safeguarding.reviews.register;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.lang.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import uk.org.safeguarding.reviews.calendar.Deadlines;
import uk.org.safeguarding.reviews.calendar.UkDates;
import uk.org.safeguarding.reviews.identity.CallerRoles;
import uk.org.safeguarding.reviews.identity.Groups;

/**
 * The register, read-only, for the partnership's roles: every referral, review and audit with its
 * milestones and statutory clocks, a page at a time, as JSON or CSV; one case with its action plan;
 * who did what on a case.
 */
@RestController
public class RegisterController {

  static final String TOTAL_COUNT = "X-Total-Count";
  static final String TEXT_CSV = "text/csv;charset=UTF-8";

  private final RegisterQuery query;
  private final CallerRoles caller;
  private final AuditTrail auditTrail;
  private final Deadlines deadlines;
  private final ActionPlanSource actionPlans;

  public RegisterController(RegisterQuery query, CallerRoles caller, AuditTrail auditTrail, Deadlines deadlines,
      @Nullable ActionPlanSource actionPlans) {
    this.query = query;
    this.caller = caller;
    this.auditTrail = auditTrail;
    this.deadlines = deadlines;
    this.actionPlans = actionPlans;
  }

  /**
   * A page of the register (page 0 of 50 unless {@code page}/{@code size} say otherwise; at most
   * 500), newest first unless {@code sort} names a column ({@code openedOn}, {@code dueOn,desc},
   * {@code -closedOn}…), selected by {@code type}, {@code status} ({@code open}, {@code closed}, or
   * a status as written), {@code open} (true/false, as {@code status}), {@code agency} (the
   * referring agency), {@code from}/{@code to} (opened between, inclusive) and {@code overdue}.
   * {@code X-Total-Count} says how many match in all.
   */
  @GetMapping("/api/register")
  public ResponseEntity<List<EntryView>> find(@RequestParam(required = false) String type,
      @RequestParam(required = false) String status, @RequestParam(required = false) Boolean open,
      @RequestParam(required = false) String agency, @RequestParam(required = false) String from,
      @RequestParam(required = false) String to, @RequestParam(required = false) Boolean overdue,
      @RequestParam(required = false) String sort, @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "" + RegisterQuery.DEFAULT_PAGE_SIZE) int size) {
    requirePartnership();
    RegisterQuery.Page found = query.page(filter(type, status, open, agency, from, to, overdue),
        RegisterQuery.SortOrder.parse(sort), page, size, deadlines.today());
    return ResponseEntity.ok().header(TOTAL_COUNT, Long.toString(found.total())).body(found.entries());
  }

  /**
   * As {@link #find}, as a CSV download (register.csv), one row an entry, dates as "15 Jan 2027":
   * every matching entry unless {@code page} is given.
   */
  @GetMapping("/api/register.csv")
  public ResponseEntity<String> csv(@RequestParam(required = false) String type,
      @RequestParam(required = false) String status, @RequestParam(required = false) Boolean open,
      @RequestParam(required = false) String agency, @RequestParam(required = false) String from,
      @RequestParam(required = false) String to, @RequestParam(required = false) Boolean overdue,
      @RequestParam(required = false) String sort, @RequestParam(required = false) Integer page,
      @RequestParam(defaultValue = "" + RegisterQuery.MAX_PAGE_SIZE) int size) {
    requirePartnership();
    RegisterFilter filter = filter(type, status, open, agency, from, to, overdue);
    RegisterQuery.SortOrder order = RegisterQuery.SortOrder.parse(sort);
    LocalDate today = deadlines.today();
    Csv csv = new Csv().row("Case", "Type", "Status", "Summary", "Referring agency", "Opened", "Due", "Concluded",
        "Closed", "Chair", "Author", "Outcome", "Published", "Publication link", "Themes", "Overdue", "Statutory clocks");
    long total = 0;
    int p = page == null ? 0 : page;
    do {
      RegisterQuery.Page found = query.page(filter, order, p, size, today);
      total = found.total();
      for (EntryView e : found.entries()) {
        csv.row(e.caseReference(), e.entryType(), e.status(), e.summary(), e.referringAgency(), UkDates.day(e.openedOn()),
            UkDates.day(e.dueOn()), UkDates.day(e.concludedOn()), UkDates.day(e.closedOn()), e.panelChair(),
            e.overviewAuthor(), e.outcome(), UkDates.day(e.publishedOn()), e.publicationLink(), String.join(", ", e.themes()),
            e.overdue() ? "yes" : "no", e.clocks().stream().map(RegisterController::clockText).collect(Collectors.joining("; ")));
      }
      p++;
    } while (page == null && (long) p * size < total);
    return ResponseEntity.ok()
        .header(HttpHeaders.CONTENT_TYPE, TEXT_CSV)
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=register.csv")
        .body(csv.toString());
  }

  /** "Rapid review to the Panel within 15 working days…: due 15 Jan 2027, met 14 Jan 2027". */
  static String clockText(EntryView.Clock clock) {
    String done = clock.doneOn() == null ? "" : " " + UkDates.day(clock.doneOn());
    return clock.description() + ": due " + UkDates.day(clock.dueOn()) + ", " + clock.state() + done;
  }

  /** Every entry of a case (its referral, its review, its action plan…), oldest first, with the case's action plan. */
  @GetMapping("/api/register/{caseReference}")
  public List<EntryView> forCase(@PathVariable String caseReference) {
    requirePartnership();
    return query.forCase(caseReference, deadlines.today(), actionPlans);
  }

  /** Who did what on a case, from the engine's user operation log (which the engine's own authorizations filter). */
  @GetMapping("/api/register/{caseReference}/audit-trail")
  public List<AuditTrail.Entry> auditTrail(@PathVariable String caseReference) {
    requirePartnership();
    return auditTrail.forCase(caseReference);
  }

  private static RegisterFilter filter(String type, String status, Boolean open, String agency, String from, String to,
      Boolean overdue) {
    if (open != null && status != null && !status.isBlank()) {
      throw new IllegalArgumentException("give 'status' or 'open', not both");
    }
    String effectiveStatus = open == null ? status : open ? "open" : "closed";
    return new RegisterFilter(type, effectiveStatus, agency, day("from", from), day("to", to), overdue);
  }

  private static LocalDate day(String name, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(value.trim());
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("'" + name + "' must be a date written 2026-04-01, not '" + value + "'");
    }
  }

  /** The register holds every case's summary: the partnership's roles read it, agencies do not. */
  private void requirePartnership() {
    caller.require(Groups.PARTNERSHIP_ROLES.toArray(String[]::new));
  }
}
