package uk.org.safeguarding.reviews.identity;

import java.util.Arrays;
import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/**
 * The groups of whoever is calling the application's own API (set by the authentication filter).
 * For the application's own tables only; engine data is guarded by the engine's authorizations.
 */
@Component
public class CallerRoles {

  private final IdentityService identityService;

  public CallerRoles(IdentityService identityService) {
    this.identityService = identityService;
  }

  public List<String> groups() {
    Authentication auth = identityService.getCurrentAuthentication();
    return auth == null || auth.getGroupIds() == null ? List.of() : auth.getGroupIds();
  }

  public String userId() {
    Authentication auth = identityService.getCurrentAuthentication();
    return auth == null ? null : auth.getUserId();
  }

  public boolean isAny(String... groups) {
    return Arrays.stream(groups).anyMatch(groups()::contains);
  }

  public boolean isPartnership() {
    return Groups.PARTNERSHIP_ROLES.stream().anyMatch(groups()::contains);
  }

  /** 403 unless the caller is in one of the groups. */
  public void require(String... groups) {
    if (!isAny(groups)) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Only " + String.join(", ", groups) + " may do this");
    }
  }

  /** The agency slugs the caller works for. */
  public List<String> agencies() {
    return groups().stream().filter(g -> g.startsWith(Agency.GROUP_PREFIX)).map(g -> g.substring(Agency.GROUP_PREFIX.length())).toList();
  }
}
