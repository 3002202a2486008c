package uk.org.safeguarding.reviews.identity;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.List;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.CommandChecker;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantCommandChecker;

/**
 * The engine refuses work on another tenant's task (another agency's, {@link AgencyTenants}) with a
 * plain engine error, which would reach the caller as a bad request. Here it is the refusal it is:
 * an authorization error (403), as when a grant is missing, naming nothing of the task.
 */
final class TenantRefusals {

  private TenantRefusals() {}

  /** The engine's command checkers, its tenant checker's refusals turned into authorization errors. */
  static void asAuthorizationErrors(List<CommandChecker> checkers) {
    checkers.replaceAll(checker -> checker instanceof TenantCommandChecker ? refusingAsUnauthorized(checker) : checker);
  }

  private static CommandChecker refusingAsUnauthorized(CommandChecker tenantChecker) {
    return (CommandChecker) Proxy.newProxyInstance(CommandChecker.class.getClassLoader(), new Class<?>[] {CommandChecker.class},
        (proxy, method, arguments) -> {
          try {
            return method.invoke(tenantChecker, arguments);
          } catch (InvocationTargetException e) {
            if (e.getCause() instanceof ProcessEngineException refused && !(refused instanceof AuthorizationException)) {
              throw new AuthorizationException("Not allowed: this is not your agency's work");
            }
            throw e.getCause();
          }
        });
  }
}
