package uk.org.safeguarding.reviews.gate;

import org.camunda.bpm.engine.AuthorizationException;

/**
 * An engine operation a user may not perform, whatever their grants: the record changes only
 * through the steps of the processes. Both HTTP APIs answer it with 403, as any missing
 * authorization; nothing has been done when it is thrown.
 */
public class RefusedOperation extends AuthorizationException {

  public RefusedOperation(String message) {
    super(message);
  }
}
