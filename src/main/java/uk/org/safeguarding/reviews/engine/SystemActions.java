package uk.org.safeguarding.reviews.engine;

import java.util.concurrent.Callable;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.springframework.stereotype.Component;

/**
 * Things the application does itself, whoever's step caused them: a process starting the review a
 * board chair decided on, an agency being granted sight of the work it was just given. They run
 * without the current user's authorization and tenant checks; what the user could do is checked before.
 */
@Component
public class SystemActions {

  private final IdentityService identityService;

  public SystemActions(IdentityService identityService) {
    this.identityService = identityService;
  }

  public void run(Runnable action) {
    call(() -> {
      action.run();
      return null;
    });
  }

  public <T> T call(Callable<T> action) {
    CommandContext commandContext = Context.getCommandContext();
    if (commandContext != null) {
      // nor the tenant check: the system sees every agency's tasks
      boolean tenantCheck = commandContext.isTenantCheckEnabled();
      commandContext.disableTenantCheck();
      try {
        return commandContext.runWithoutAuthorization(action);
      } finally {
        commandContext.setTenantCheckEnabled(tenantCheck);
      }
    }
    Authentication current = identityService.getCurrentAuthentication();
    identityService.clearAuthentication();
    try {
      return action.call();
    } catch (RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    } finally {
      if (current != null) {
        identityService.setAuthentication(current);
      }
    }
  }
}
