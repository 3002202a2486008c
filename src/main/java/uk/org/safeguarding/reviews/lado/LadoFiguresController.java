package uk.org.safeguarding.reviews.lado;

import java.util.List;
import java.util.Set;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import uk.org.safeguarding.reviews.calendar.Deadlines;
import uk.org.safeguarding.reviews.identity.CallerRoles;
import uk.org.safeguarding.reviews.identity.Groups;

/** The LADO's figures for a financial year (JSON or CSV) and a case's earlier concerns; the LADO and the LADO manager only. */
@RestController
@RequestMapping("/api/lado")
public class LadoFiguresController {

  static final String TEXT_CSV = "text/csv;charset=UTF-8";

  private final LadoRecords records;
  private final CallerRoles caller;
  private final Deadlines deadlines;

  public LadoFiguresController(LadoRecords records, CallerRoles caller, Deadlines deadlines) {
    this.records = records;
    this.caller = caller;
    this.deadlines = deadlines;
  }

  /** The figures of the financial year starting 1 April {@code year}; by default the current one (engine clock). */
  @GetMapping("/figures")
  public LadoFigures figures(@RequestParam(required = false) Integer year) {
    requireLado();
    return records.figures(yearOrCurrent(year));
  }

  /** As {@link #figures}, as a CSV download: lado-figures-2024-25.csv. */
  @GetMapping("/figures.csv")
  public ResponseEntity<String> figuresCsv(@RequestParam(required = false) Integer year) {
    requireLado();
    LadoFigures figures = records.figures(yearOrCurrent(year));
    return ResponseEntity.ok()
        .header(HttpHeaders.CONTENT_TYPE, TEXT_CSV)
        .header(HttpHeaders.CONTENT_DISPOSITION,
            "attachment; filename=lado-figures-" + figures.label().replace('/', '-') + ".csv")
        .body(figures.toCsv());
  }

  /**
   * Other cases about the person this case is about, newest first: 404 for no such case, 403 for
   * staff kept away from it; a case the caller is kept away from is left out of the list.
   */
  @GetMapping("/cases/{reference}/earlier-concerns")
  public List<EarlierConcern> earlierConcerns(@PathVariable String reference) {
    requireLado();
    LadoCase c = records.find(reference)
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No LADO case " + reference));
    Set<String> keptAwayFrom = records.casesExcluding(caller.userId());
    if (keptAwayFrom.contains(reference)) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN, "You are kept away from case " + reference);
    }
    return records.earlierConcerns(c.getPersonKey(), reference).stream()
        .filter(concern -> !keptAwayFrom.contains(concern.reference())).toList();
  }

  private int yearOrCurrent(Integer year) {
    return year != null ? year : LadoRules.financialYearOf(deadlines.today());
  }

  private void requireLado() {
    caller.require(Groups.LADO, Groups.LADO_MANAGER);
  }
}
