package uk.org.safeguarding.reviews.register;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import uk.org.safeguarding.reviews.identity.CallerRoles;
import uk.org.safeguarding.reviews.identity.Groups;

/** The register, read-only, for the partnership's roles: every referral, review and audit with its milestones. */
@RestController
@RequestMapping("/api/register")
public class RegisterController {

  private final Register register;
  private final CallerRoles caller;
  private final AuditTrail auditTrail;

  public RegisterController(Register register, CallerRoles caller, AuditTrail auditTrail) {
    this.register = register;
    this.caller = caller;
    this.auditTrail = auditTrail;
  }

  @GetMapping
  public List<RegisterEntry> all() {
    requirePartnership();
    return register.all();
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
