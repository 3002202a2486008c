package uk.org.safeguarding.reviews.identity;

import java.util.List;

import org.camunda.bpm.engine.identity.PasswordPolicyRule;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Profiles;

/**
 * In production the application will not start with default credentials: it needs an
 * administrator password from the environment ({@code SAFEGUARDING_ADMIN_PASSWORD}), of 12
 * characters or more and meeting the engine's password policy, and refuses demo users. Checked
 * before anything else starts, so the failure is immediate and plain. The password is read as it
 * was set (see {@link AdministratorSettings}) and never appears in a message.
 */
public class ProductionSafetyCheck implements EnvironmentPostProcessor {

  static final int MIN_LENGTH = 12;
  static final String MISSING_PASSWORD = "The production profile needs an administrator password: set SAFEGUARDING_ADMIN_PASSWORD "
      + "(at least " + MIN_LENGTH + " characters). No default or demo credentials are used in production.";

  @Override
  public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
    if (!environment.acceptsProfiles(Profiles.of("production"))) {
      return;
    }
    AdministratorSettings administrator = AdministratorSettings.from(environment);
    if (!administrator.hasPassword() || administrator.password().codePointCount(0, administrator.password().length()) < MIN_LENGTH) {
      throw new IllegalStateException(MISSING_PASSWORD);
    }
    if (environment.getProperty("safeguarding.demo.enabled", Boolean.class, false)) {
      throw new IllegalStateException("Demo users cannot be enabled in production (safeguarding.demo.enabled=true)");
    }
    UserEntity user = new UserEntity(administrator.userId());
    user.setFirstName(AdministratorSettings.FIRST_NAME);
    user.setLastName(AdministratorSettings.LAST_NAME);
    List<PasswordPolicyRule> broken = PasswordRules.broken(PasswordRules.enginesDefaultPolicy(), administrator.password(), user);
    if (!broken.isEmpty()) {
      throw new IllegalStateException("SAFEGUARDING_ADMIN_PASSWORD is refused. " + PasswordRules.refusal(broken));
    }
  }
}
