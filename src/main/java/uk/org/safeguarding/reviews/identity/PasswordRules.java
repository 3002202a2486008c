package uk.org.safeguarding.reviews.identity;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.identity.PasswordPolicy;
import org.camunda.bpm.engine.identity.PasswordPolicyRule;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.identity.DefaultPasswordPolicyImpl;
import org.camunda.bpm.engine.impl.identity.PasswordPolicyDigitRuleImpl;
import org.camunda.bpm.engine.impl.identity.PasswordPolicyLengthRuleImpl;
import org.camunda.bpm.engine.impl.identity.PasswordPolicyLowerCaseRuleImpl;
import org.camunda.bpm.engine.impl.identity.PasswordPolicySpecialCharacterRuleImpl;
import org.camunda.bpm.engine.impl.identity.PasswordPolicyUpperCaseRuleImpl;
import org.camunda.bpm.engine.impl.identity.PasswordPolicyUserDataRuleImpl;

/**
 * Camunda's own password policy (engine property {@code enable-password-policy}, on in every
 * profile) in plain words: the rules a password breaks, each named by the engine's placeholder
 * (as Admin names them) and said in words. The password itself is never part of the text.
 */
public final class PasswordRules {

  private PasswordRules() {}

  /** The policy {@code enable-password-policy} switches on, for checks made before the engine runs. */
  public static PasswordPolicy enginesDefaultPolicy() {
    return new DefaultPasswordPolicyImpl();
  }

  /** The rules of the policy that the password breaks for this user (null: no user data to compare). */
  public static List<PasswordPolicyRule> broken(PasswordPolicy policy, String password, User user) {
    return policy.getRules().stream().filter(rule -> !rule.execute(password, user)).toList();
  }

  /** "The password does not meet the password policy: ..." with every broken rule. */
  public static String refusal(List<PasswordPolicyRule> broken) {
    return "The password does not meet the password policy: it needs "
        + String.join("; ", broken.stream().map(PasswordRules::describe).toList());
  }

  static String describe(PasswordPolicyRule rule) {
    Map<String, String> parameters = rule.getParameters() == null ? Map.of() : rule.getParameters();
    String words = switch (rule.getPlaceholder()) {
      case PasswordPolicyLengthRuleImpl.PLACEHOLDER -> "at least " + parameters.get("minLength") + " characters";
      case PasswordPolicyLowerCaseRuleImpl.PLACEHOLDER -> "at least " + parameters.get("minLowerCase") + " lower-case letter(s)";
      case PasswordPolicyUpperCaseRuleImpl.PLACEHOLDER -> "at least " + parameters.get("minUpperCase") + " upper-case letter(s)";
      case PasswordPolicyDigitRuleImpl.PLACEHOLDER -> "at least " + parameters.get("minDigit") + " digit(s)";
      case PasswordPolicySpecialCharacterRuleImpl.PLACEHOLDER -> "at least " + parameters.get("minSpecial")
          + " special character(s): a space or one of " + PasswordPolicySpecialCharacterRuleImpl.SPECIALCHARACTERS.strip();
      case PasswordPolicyUserDataRuleImpl.PLACEHOLDER -> "none of the user's id, first name, last name or e-mail in it";
      default -> "to pass this rule";
    };
    return words + " (" + rule.getPlaceholder() + ")";
  }
}
