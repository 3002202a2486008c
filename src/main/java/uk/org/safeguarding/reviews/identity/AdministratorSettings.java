package uk.org.safeguarding.reviews.identity;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.core.env.Environment;

/**
 * The first administrator's user id and password ({@code SAFEGUARDING_ADMIN_USER},
 * {@code SAFEGUARDING_ADMIN_PASSWORD}, or {@code safeguarding.admin.user} / {@code .password}),
 * read exactly as they were set. A secret may hold any character: it is never expanded as a
 * {@code ${...}} placeholder nor evaluated as a {@code #{...}} expression, so quotes, {@code $},
 * {@code #}, braces and backslashes reach the engine unchanged and appear in no error message.
 */
public record AdministratorSettings(String userId, String password) {

  public static final String DEFAULT_USER = "admin";
  public static final String FIRST_NAME = "Partnership";
  public static final String LAST_NAME = "Administrator";

  /** Both as set, unexpanded; the password is empty when none is set. */
  public static AdministratorSettings from(Environment environment) {
    // A binder without a placeholder resolver hands back each value as it stands in its source.
    Binder raw = new Binder(ConfigurationPropertySources.get(environment));
    String userId = raw.bind("safeguarding.admin.user", String.class).map(String::strip).orElse("");
    String password = raw.bind("safeguarding.admin.password", String.class).orElse("");
    return new AdministratorSettings(userId.isEmpty() ? DEFAULT_USER : userId, password);
  }

  public boolean hasPassword() {
    return !password.isBlank();
  }

  /** Never the password. */
  @Override
  public String toString() {
    return "AdministratorSettings[userId=" + userId + "]";
  }
}
