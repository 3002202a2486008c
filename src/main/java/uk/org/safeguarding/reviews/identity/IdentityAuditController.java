package uk.org.safeguarding.reviews.identity;

import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The identity audit trail ({@link IdentityAuditTrail}), for administrators and the business manager. */
@RestController
@RequestMapping("/api/audit/identity")
public class IdentityAuditController {

  static final String TOTAL_COUNT = "X-Total-Count";
  static final int MAX_SIZE = 500;

  private final IdentityAuditTrail trail;
  private final CallerRoles caller;

  public IdentityAuditController(IdentityAuditTrail trail, CallerRoles caller) {
    this.trail = trail;
    this.caller = caller;
  }

  /** Newest first, a page of {@code size} (default 50, at most 500); {@code userId}: only what that user did. */
  @GetMapping
  public ResponseEntity<List<IdentityAuditTrail.Entry>> find(@RequestParam(required = false) String userId,
      @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
    caller.require(Groups.ADMINISTRATORS, Groups.BUSINESS_MANAGER);
    // the page's first entry (page × size) must be a whole number the database takes
    if (page < 0 || size < 1 || size > MAX_SIZE || (long) page * size > Integer.MAX_VALUE) {
      throw new IllegalArgumentException("page must be 0 or more (page × size at most " + Integer.MAX_VALUE
          + ") and size between 1 and " + MAX_SIZE);
    }
    IdentityAuditTrail.Page found = trail.find(userId, page, size);
    return ResponseEntity.ok().header(TOTAL_COUNT, Long.toString(found.total())).body(found.entries());
  }
}
