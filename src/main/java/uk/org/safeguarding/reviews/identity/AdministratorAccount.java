package uk.org.safeguarding.reviews.identity;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The first administrator, from the environment ({@code SAFEGUARDING_ADMIN_USER},
 * {@code SAFEGUARDING_ADMIN_PASSWORD}), created once; the password is stored hashed by the engine.
 * The administrator then creates real users and their memberships in Admin.
 */
@Component
@ConditionalOnExpression("!'${safeguarding.admin.password:}'.isBlank()")
public class AdministratorAccount {

  private static final Logger LOG = LoggerFactory.getLogger(AdministratorAccount.class);

  private final IdentityService identityService;
  private final String userId;
  private final String password;

  public AdministratorAccount(IdentityService identityService, @Value("${safeguarding.admin.user:admin}") String userId,
      @Value("${safeguarding.admin.password}") String password) {
    this.identityService = identityService;
    this.userId = userId;
    this.password = password;
  }

  @EventListener
  @Order(2)
  public void onEngineReady(ApplicationReadyEvent event) {
    if (identityService.createUserQuery().userId(userId).count() > 0) {
      return;
    }
    User user = identityService.newUser(userId);
    user.setFirstName("Partnership");
    user.setLastName("Administrator");
    user.setPassword(password);
    identityService.saveUser(user);
    identityService.createMembership(userId, Groups.ADMINISTRATORS);
    LOG.info("Administrator '{}' created (member of {})", userId, Groups.ADMINISTRATORS);
  }
}
