package uk.org.safeguarding.reviews.identity;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * Accounts, for administrators. The engine lets only a superuser unlock an account, and here
 * {@code camunda-admin} is not one (see {@link IdentityEngineSetup}): the application checks the
 * caller's group itself and then has the engine unlock it, logged as the administrator's.
 */
@RestController
@RequestMapping("/api/users")
public class UserController {

  private final IdentityService identityService;
  private final CallerRoles caller;
  private final CallerActions actions;

  public UserController(IdentityService identityService, CallerRoles caller, CallerActions actions) {
    this.identityService = identityService;
    this.caller = caller;
    this.actions = actions;
  }

  /** Ends the account's sign-in delay at once: its next sign-in with the right password works. 403 unless camunda-admin; 404 unknown. */
  @PostMapping("/{userId}/unlock")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  public void unlock(@PathVariable String userId) {
    caller.require(Groups.ADMINISTRATORS);
    if (identityService.createUserQuery().userId(userId).count() == 0) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No user " + userId);
    }
    actions.run(() -> identityService.unlockUser(userId));
  }
}
