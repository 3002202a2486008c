package uk.org.safeguarding.reviews.identity;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The first administrator, from the environment ({@code SAFEGUARDING_ADMIN_USER},
 * {@code SAFEGUARDING_ADMIN_PASSWORD}), created once when a password is set; the password is
 * stored hashed by the engine and meets its password policy. The administrator then creates real
 * users and their memberships in Admin.
 */
@Component
public class AdministratorAccount {

  private static final Logger LOG = LoggerFactory.getLogger(AdministratorAccount.class);

  private final IdentityService identityService;
  private final AdministratorSettings settings;

  public AdministratorAccount(IdentityService identityService, Environment environment) {
    this.identityService = identityService;
    this.settings = AdministratorSettings.from(environment);
  }

  @EventListener
  @Order(2)
  public void onEngineReady(ApplicationReadyEvent event) {
    if (!settings.hasPassword() || identityService.createUserQuery().userId(settings.userId()).count() > 0) {
      return;
    }
    User user = identityService.newUser(settings.userId());
    user.setFirstName(AdministratorSettings.FIRST_NAME);
    user.setLastName(AdministratorSettings.LAST_NAME);
    user.setPassword(settings.password());
    identityService.saveUser(user);
    identityService.createMembership(settings.userId(), Groups.ADMINISTRATORS);
    LOG.info("Administrator '{}' created (member of {})", settings.userId(), Groups.ADMINISTRATORS);
  }
}
