package uk.org.safeguarding.reviews.report;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import uk.org.safeguarding.reviews.identity.CallerRoles;
import uk.org.safeguarding.reviews.identity.Groups;

/** Import of historical cases from CSV (text/csv); the business manager only. */
@RestController
public class ImportController {

  private final HistoricalImport historicalImport;
  private final CallerRoles caller;

  public ImportController(HistoricalImport historicalImport, CallerRoles caller) {
    this.historicalImport = historicalImport;
    this.caller = caller;
  }

  /** Imports every row or none: 200 with how many; 400 with the rows that are wrong and why. */
  @PostMapping("/api/register/import")
  public HistoricalImport.Imported importCsv(@RequestBody(required = false) String csv) {
    caller.require(Groups.BUSINESS_MANAGER);
    return historicalImport.importCsv(csv);
  }

  @ExceptionHandler(HistoricalImport.RejectedRows.class)
  public ResponseEntity<Map<String, Object>> rejected(HistoricalImport.RejectedRows e) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("message", e.getMessage());
    body.put("rejected", e.rejected());
    return ResponseEntity.badRequest().body(body);
  }
}
