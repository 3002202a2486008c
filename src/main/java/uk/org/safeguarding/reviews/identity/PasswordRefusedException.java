package uk.org.safeguarding.reviews.identity;

import java.util.List;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.identity.PasswordPolicyRule;

/** A new password the password policy refuses: a 400 that names the rules it breaks. */
public class PasswordRefusedException extends BadUserRequestException {

  private static final long serialVersionUID = 1L;

  public PasswordRefusedException(List<PasswordPolicyRule> broken) {
    super(PasswordRules.refusal(broken));
  }
}
