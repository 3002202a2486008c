package uk.org.safeguarding.reviews.register;

import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import uk.org.safeguarding.reviews.identity.CallerRoles;
import uk.org.safeguarding.reviews.identity.Groups;

/** The register, read-only, for the partnership's roles: every referral, review and audit with its milestones. */
@RestController
@RequestMapping("/api/register")
public class RegisterController {

  static final String TOTAL_COUNT = "X-Total-Count";

  private final Register register;
  private final CallerRoles caller;
  private final AuditTrail auditTrail;

  public RegisterController(Register register, CallerRoles caller, AuditTrail auditTrail) {
    this.register = register;
    this.caller = caller;
    this.auditTrail = auditTrail;
  }

  /**
   * The register, newest first: every entry, or those still open ({@code open=true}) or closed
   * ({@code open=false}), of one {@code type}; a page of {@code size} (default 50) when {@code page}
   * is given. {@code X-Total-Count} says how many match in all.
   */
  @GetMapping
  public ResponseEntity<List<RegisterEntry>> find(@RequestParam(required = false) Boolean open,
      @RequestParam(required = false) String type, @RequestParam(required = false) Integer page,
      @RequestParam(defaultValue = "50") int size) {
    requirePartnership();
    Register.Selection selection = register.find(open, type, page, size);
    return ResponseEntity.ok().header(TOTAL_COUNT, Long.toString(selection.total())).body(selection.entries());
  }

  @GetMapping("/{caseReference}")
  public List<RegisterEntry> forCase(@PathVariable String caseReference) {
    requirePartnership();
    return register.forCase(caseReference);
  }

  /** Who did what on a case, from the engine's user operation log (which the engine's own authorizations filter). */
  @GetMapping("/{caseReference}/audit-trail")
  public List<AuditTrail.Entry> auditTrail(@PathVariable String caseReference) {
    requirePartnership();
    return auditTrail.forCase(caseReference);
  }

  /** The register holds every case's summary: the partnership's roles read it, agencies do not. */
  private void requirePartnership() {
    caller.require(Groups.PARTNERSHIP_ROLES.toArray(String[]::new));
  }
}
