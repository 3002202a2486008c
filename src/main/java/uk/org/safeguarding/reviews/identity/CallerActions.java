package uk.org.safeguarding.reviews.identity;

import java.util.concurrent.Callable;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * Engine calls the application makes for the signed-in caller once its own check has let them
 * through (e.g. "members of camunda-admin may unlock an account"): the engine's authorization
 * checks are off, but the caller stays signed in, so the user operation log names them. One
 * transaction for the whole call. Compare {@code process.SystemActions}, which acts for no one.
 */
@Component
public class CallerActions {

  private final ProcessEngineConfigurationImpl engine;

  public CallerActions(ProcessEngineConfigurationImpl engine) {
    this.engine = engine;
  }

  public void run(Runnable action) {
    call(() -> {
      action.run();
      return null;
    });
  }

  /** Input the action refuses ({@link IllegalArgumentException}, a 400) rolls back and is rethrown as it was. */
  public <T> T call(Callable<T> action) {
    try {
      return engine.getCommandExecutorTxRequired().execute(commandContext -> commandContext.runWithoutAuthorization(() -> {
        try {
          return action.call();
        } catch (IllegalArgumentException refused) {
          throw new RefusedInput(refused);
        }
      }));
    } catch (RefusedInput refused) {
      throw (IllegalArgumentException) refused.getCause();
    }
  }

  /** The caller's mistake: the engine logs it quietly, as it does its own refusals of bad input. */
  private static final class RefusedInput extends BadUserRequestException {
    private static final long serialVersionUID = 1L;

    RefusedInput(IllegalArgumentException cause) {
      super(cause.getMessage(), cause);
    }
  }
}
