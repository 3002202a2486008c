package uk.org.safeguarding.reviews.identity;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.SaveUserCmd;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo users, one per role and one per member agency, so a newcomer can try every step. Only when
 * {@code safeguarding.demo.enabled} is true (the default run); never in production. They all have
 * the password {@code demo}, saved past the password policy on purpose (every other password must
 * meet it) so that signing in takes seconds.
 */
@Component
@ConditionalOnProperty(name = "safeguarding.demo.enabled", havingValue = "true")
public class DemoUsers {

  private static final Logger LOG = LoggerFactory.getLogger(DemoUsers.class);
  private static final boolean SKIP_PASSWORD_POLICY = true;

  record DemoUser(String id, String firstName, String lastName, List<String> groups) {}

  private final IdentityService identityService;
  private final ProcessEngineConfigurationImpl engine;
  private final Agencies agencies;
  private final String password;

  public DemoUsers(IdentityService identityService, ProcessEngineConfigurationImpl engine, Agencies agencies,
      @Value("${safeguarding.demo.password:demo}") String password) {
    this.identityService = identityService;
    this.engine = engine;
    this.agencies = agencies;
    this.password = password;
  }

  List<DemoUser> users() {
    List<DemoUser> users = new ArrayList<>(List.of(
        new DemoUser("admin", "Demo", "Administrator", List.of(Groups.ADMINISTRATORS)),
        new DemoUser("scr.chair", "Jean", "Haslett (SCR group chair)", List.of(Groups.SCR_GROUP_CHAIR, Groups.SCR_GROUP)),
        new DemoUser("scr.member", "Sam", "Member (SCR group)", List.of(Groups.SCR_GROUP)),
        new DemoUser("board.chair", "Alex", "Chair (board)", List.of(Groups.BOARD_CHAIR)),
        new DemoUser("business.manager", "Pat", "Manager (business)", List.of(Groups.BUSINESS_MANAGER)),
        new DemoUser("lado", "Lee", "Officer (LADO)", List.of(Groups.LADO)),
        new DemoUser("lado.two", "Robin", "Officer (second LADO)", List.of(Groups.LADO)),
        new DemoUser("lado.manager", "Morgan", "Manager (LADO service)", List.of(Groups.LADO, Groups.LADO_MANAGER)),
        new DemoUser("la.partner", "Director", "of Children's Services (partner)", List.of(Groups.PARTNER_LOCAL_AUTHORITY)),
        new DemoUser("police.partner", "Assistant", "Chief Constable (partner)", List.of(Groups.PARTNER_POLICE)),
        new DemoUser("health.partner", "ICB", "Chief Nurse (partner)", List.of(Groups.PARTNER_HEALTH))));
    for (Agency agency : agencies.active()) {
      users.add(new DemoUser(agency.slug(), "Demo", agency.name(), List.of(agency.groupId())));
    }
    return users;
  }

  @EventListener
  @Order(2)
  public void onEngineReady(ApplicationReadyEvent event) {
    int created = 0;
    for (DemoUser demo : users()) {
      if (identityService.createUserQuery().userId(demo.id()).count() > 0) {
        continue;
      }
      User user = identityService.newUser(demo.id());
      user.setFirstName(demo.firstName());
      user.setLastName(demo.lastName());
      user.setEmail(demo.id() + "@demo.invalid");
      user.setPassword(password);
      engine.getCommandExecutorTxRequired().execute(new SaveUserCmd(user, SKIP_PASSWORD_POLICY));
      for (String group : demo.groups()) {
        identityService.createMembership(demo.id(), group);
      }
      created++;
    }
    StringBuilder banner = new StringBuilder("\n\n  Demo users (password for all: '").append(password).append("')\n");
    users().forEach(u -> banner.append(String.format("    %-28s %s%n", u.id(), String.join(", ", u.groups()))));
    banner.append("  Tasklist: http://localhost:8080/camunda/app/tasklist/  (").append(created).append(" users created this start)\n");
    LOG.info(banner.toString());
  }
}
