package uk.org.safeguarding.reviews.identity;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Profiles;

/**
 * In production the application will not start with default credentials: it needs an
 * administrator password from the environment ({@code SAFEGUARDING_ADMIN_PASSWORD}) and refuses
 * demo users. Checked before anything else starts, so the failure is immediate and plain.
 */
public class ProductionSafetyCheck implements EnvironmentPostProcessor {

  static final String MISSING_PASSWORD = "The production profile needs an administrator password: set SAFEGUARDING_ADMIN_PASSWORD "
      + "(at least 12 characters). No default or demo credentials are used in production.";

  @Override
  public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
    if (!environment.acceptsProfiles(Profiles.of("production"))) {
      return;
    }
    String password = environment.getProperty("safeguarding.admin.password", "");
    if (password.isBlank() || password.length() < 12) {
      throw new IllegalStateException(MISSING_PASSWORD);
    }
    if (environment.getProperty("safeguarding.demo.enabled", Boolean.class, false)) {
      throw new IllegalStateException("Demo users cannot be enabled in production (safeguarding.demo.enabled=true)");
    }
  }
}
