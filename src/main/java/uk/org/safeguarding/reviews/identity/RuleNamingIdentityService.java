package uk.org.safeguarding.reviews.identity;

import org.camunda.bpm.engine.identity.PasswordPolicy;
import org.camunda.bpm.engine.identity.PasswordPolicyResult;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.IdentityServiceImpl;
import org.camunda.bpm.engine.impl.cmd.SaveUserCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandInvocationContext;

/**
 * The engine's identity service, except that a new password the policy refuses is refused with
 * the rules it breaks named. The engine checks a new password while it saves a user (REST
 * {@code POST /user/create}, {@code PUT /user/{id}/credentials}, Admin) by asking this service,
 * and would then say only "Password does not match policy"; here the same check refuses with
 * {@link PasswordRefusedException} instead. Asked anywhere else (Admin's live check of the rules
 * as a password is typed), it answers as the engine does.
 */
class RuleNamingIdentityService extends IdentityServiceImpl {

  @Override
  public PasswordPolicyResult checkPasswordAgainstPolicy(PasswordPolicy policy, String candidatePassword, User user) {
    PasswordPolicyResult result = super.checkPasswordAgainstPolicy(policy, candidatePassword, user);
    if (!result.isValid() && savingAUser()) {
      throw new PasswordRefusedException(result.getViolatedRules());
    }
    return result;
  }

  private static boolean savingAUser() {
    CommandInvocationContext invocation = Context.getCommandInvocationContext();
    return invocation != null && invocation.getCommand() instanceof SaveUserCmd;
  }
}
