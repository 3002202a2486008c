package uk.org.safeguarding.reviews.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.org.safeguarding.reviews.support.RestClient.paged;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.JsonNode;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

import uk.org.safeguarding.reviews.support.RestClient;
import uk.org.safeguarding.reviews.support.RestClient.Reply;
import uk.org.safeguarding.reviews.support.TestDatabase;

/**
 * Accounts over HTTP, as the outside testers tried them: wrong passwords delay an account's next
 * sign-in but never lock it for good; an administrator (not a superuser) unlocks an account and
 * no one else may; weak passwords are refused naming the rule; and every change to accounts and
 * rights, an administrator's own included, is in the identity audit trail with who made it. The
 * engine clock is moved past each delay, never slept on.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "test.database=postgres")
@ActiveProfiles("test")
@Import(TestDatabase.class)
class AccountSafetyIT {

  static final String ADMIN = "admin";
  static final String STRONG = "Str0ng enough, 2026!";
  static final String SIGNED_IN = "/engine-rest/task?maxResults=1";

  @LocalServerPort int port;
  RestClient rest;
  Date now;

  @BeforeEach
  void stopTheClock() {
    rest = new RestClient(port);
    now = new Date();
    ClockUtil.setCurrentTime(now);
  }

  @AfterEach
  void restartTheClock() {
    ClockUtil.reset();
  }

  void later(int seconds) {
    now = new Date(now.getTime() + seconds * 1000L);
    ClockUtil.setCurrentTime(now);
  }

  void createUser(String id, String password) {
    Reply created = rest.post("/engine-rest/user/create", ADMIN, Map.of(
        "profile", Map.of("id", id, "firstName", "Test", "lastName", "Account", "email", id + "@test.invalid"),
        "credentials", Map.of("password", password)));
    assertThat(created.status()).as(created.text()).isEqualTo(204);
  }

  int signIn(String user, String password) {
    return rest.call("GET", SIGNED_IN, user, password, null).status();
  }

  /** The identity audit trail as the business manager reads it, newest first. */
  List<JsonNode> trail(String query) {
    Reply reply = rest.get("/api/audit/identity?size=500" + query, "business.manager");
    assertThat(reply.status()).as(reply.text()).isEqualTo(200);
    List<JsonNode> entries = new ArrayList<>();
    reply.body().forEach(entries::add);
    return entries;
  }

  static Predicate<JsonNode> entry(String operation, String property, String newValue) {
    return e -> operation.equals(e.path("operation").asText()) && property.equals(e.path("property").asText())
        && newValue.equals(e.path("newValue").asText());
  }

  @Test
  void wrongPasswordsDelayTheNextSignInButNeverLockTheAccountForGood() {
    createUser("delay.test", STRONG);
    assertThat(signIn("delay.test", "wrong")).isEqualTo(401);
    later(2);
    assertThat(signIn("delay.test", STRONG)).as("within the first delay (3 s) even the right password waits").isEqualTo(401);
    later(2);
    assertThat(signIn("delay.test", STRONG)).as("after it").isEqualTo(200);

    for (int attempt = 1; attempt <= 15; attempt++) {
      assertThat(signIn("delay.test", "guess " + attempt)).isEqualTo(401);
      later(61);
    }
    assertThat(signIn("delay.test", STRONG)).as("15 wrong passwords (the engine would lock for good after 10)").isEqualTo(200);

    for (int attempt = 1; attempt <= 6; attempt++) {
      assertThat(signIn("delay.test", "guess " + attempt)).isEqualTo(401);
      later(1);
      assertThat(signIn("delay.test", "guess again")).isEqualTo(401);
      later(60);
    }
    assertThat(signIn("delay.test", "wrong")).isEqualTo(401);
    later(59);
    assertThat(signIn("delay.test", STRONG)).as("the delay grows to 60 s at most").isEqualTo(401);
    later(2);
    assertThat(signIn("delay.test", STRONG)).isEqualTo(200);

    List<JsonNode> locks = trail("").stream().filter(entry("Lock", "userId", "delay.test")).toList();
    assertThat(locks).as("every wrong password that starts a delay").hasSize(1 + 15 + 6 + 1);
    assertThat(locks).allSatisfy(lock -> assertThat(lock.path("userId").isNull()).as("nobody was signed in").isTrue());
    assertThat(trail("")).anyMatch(entry("Lock", "attempts", "15"));
  }

  @Test
  void anAdministratorUnlocksAnAccountAndNobodyElseMay() {
    createUser("unlock.test", STRONG);
    assertThat(signIn("unlock.test", "wrong")).isEqualTo(401);
    assertThat(signIn("unlock.test", STRONG)).as("delayed").isEqualTo(401);

    for (String notAnAdministrator : List.of("scr.chair", "business.manager", "dorset-police", "unlock.test")) {
      assertThat(rest.post("/api/users/unlock.test/unlock", notAnAdministrator, null).status()).as(notAnAdministrator).isIn(401, 403);
    }
    assertThat(rest.post("/api/users/unlock.test/unlock", "scr.chair", null).status()).isEqualTo(403);
    assertThat(rest.post("/api/users/unlock.test/unlock", null, null).status()).isEqualTo(401);
    assertThat(rest.post("/api/users/no.such.user/unlock", ADMIN, null).status()).isEqualTo(404);
    assertThat(rest.post("/engine-rest/user/unlock.test/unlock", ADMIN, null).status())
        .as("the engine's own unlock is for superusers, and administrators are not").isEqualTo(403);

    Reply unlocked = rest.post("/api/users/unlock.test/unlock", ADMIN, null);
    assertThat(unlocked.status()).as(unlocked.text()).isEqualTo(204);
    assertThat(signIn("unlock.test", STRONG)).as("at once, the clock not moved").isEqualTo(200);

    assertThat(trail("&userId=admin")).anyMatch(entry("Unlock", "userId", "unlock.test"));
    assertThat(trail("")).anyMatch(entry("Lock", "userId", "unlock.test"));
  }

  @Test
  void aNewPasswordOrARemovedGroupTakesEffectAtTheVeryNextRequest() {
    // signed-in users are remembered for a while (SignInCache): a change to the account must not wait for that
    createUser("change.test", STRONG);
    assertThat(rest.call("PUT", "/engine-rest/group/" + Groups.BUSINESS_MANAGER + "/members/change.test", ADMIN, "demo", null).status())
        .isEqualTo(204);
    String trail = "/api/audit/identity?size=1";
    assertThat(rest.call("GET", trail, "change.test", STRONG, null).status()).as("a business manager reads the trail").isEqualTo(200);
    assertThat(rest.call("GET", trail, "change.test", STRONG, null).status()).as("and again, remembered").isEqualTo(200);

    String renewed = "Renewed, 2026 password!";
    Reply changed = rest.call("PUT", "/engine-rest/user/change.test/credentials", ADMIN,
        Map.of("password", renewed, "authenticatedUserPassword", "demo"));
    assertThat(changed.status()).as(changed.text()).isEqualTo(204);
    assertThat(signIn("change.test", STRONG)).as("the old password, at once").isEqualTo(401);
    later(61); // past the sign-in delay the wrong password has earned
    assertThat(rest.call("GET", trail, "change.test", renewed, null).status()).isEqualTo(200);

    assertThat(rest.call("DELETE", "/engine-rest/group/" + Groups.BUSINESS_MANAGER + "/members/change.test", ADMIN, "demo", null)
        .status()).isEqualTo(204);
    assertThat(rest.call("GET", trail, "change.test", renewed, null).status()).as("out of the group, at once").isEqualTo(403);
  }

  @Test
  void weakPasswordsAreRefusedNamingTheRule() {
    for (String weak : List.of("x", "1", "demo", "password")) {
      Reply refused = rest.post("/engine-rest/user/create", ADMIN, Map.of("profile", Map.of("id", "weak.test"),
          "credentials", Map.of("password", weak)));
      assertThat(refused.status()).as(weak + ": " + refused.text()).isEqualTo(400);
      assertThat(refused.body().path("message").asText()).contains("password policy", "PASSWORD_POLICY_LENGTH", "at least 10 characters");
    }
    Reply hasItsOwnName = rest.post("/engine-rest/user/create", ADMIN, Map.of("profile", Map.of("id", "weak.test", "firstName", "Test"),
        "credentials", Map.of("password", "Weak.Test-1234")));
    assertThat(hasItsOwnName.status()).isEqualTo(400);
    assertThat(hasItsOwnName.body().path("message").asText()).contains("PASSWORD_POLICY_USER_DATA")
        .doesNotContain("PASSWORD_POLICY_LENGTH");
    assertThat(rest.get("/engine-rest/user/weak.test/profile", ADMIN).status()).as("not created").isEqualTo(404);

    createUser("weak.test", STRONG);
    Reply weakNewPassword = rest.call("PUT", "/engine-rest/user/weak.test/credentials", ADMIN,
        Map.of("password", "1", "authenticatedUserPassword", "demo"));
    assertThat(weakNewPassword.status()).as(weakNewPassword.text()).isEqualTo(400);
    assertThat(weakNewPassword.body().path("message").asText()).contains("PASSWORD_POLICY_UPPERCASE", "PASSWORD_POLICY_SPECIAL");
    assertThat(signIn("weak.test", STRONG)).as("the old password still works").isEqualTo(200);

    Reply policy = rest.get("/engine-rest/identity/password-policy", ADMIN);
    assertThat(policy.status()).as("the policy is on: %s", policy.text()).isEqualTo(200);
    assertThat(signIn("scr.chair", "demo")).as("demo users keep 'demo'").isEqualTo(200);
  }

  @Test
  void anAdministratorGrantingThemselvesMoreIsInTheAuditTrail() {
    createUser("reset.test", STRONG);
    Reply joined = rest.call("PUT", "/engine-rest/group/scr-group/members/admin", ADMIN, null);
    Reply granted = rest.post("/engine-rest/authorization/create", ADMIN, Map.of("type", 1, "permissions", List.of("ALL"),
        "userId", ADMIN, "resourceType", 8, "resourceId", "*"));
    Reply reset = rest.call("PUT", "/engine-rest/user/reset.test/credentials", ADMIN,
        Map.of("password", "An0ther good one!", "authenticatedUserPassword", "demo"));
    try {
      assertThat(joined.status()).as(joined.text()).isEqualTo(204);
      assertThat(granted.status()).as(granted.text()).isEqualTo(200);
      assertThat(reset.status()).as(reset.text()).isEqualTo(204);

      List<JsonNode> byAdmin = trail("&userId=admin");
      assertThat(byAdmin).allSatisfy(e -> assertThat(e.path("userId").asText()).isEqualTo(ADMIN));
      JsonNode membership = byAdmin.stream().filter(entry("Create", "groupId", "scr-group")).findFirst().orElseThrow();
      assertThat(membership.path("entityType").asText()).isEqualTo("Group membership");
      assertThat(byAdmin).anyMatch(e -> e.path("operationId").equals(membership.path("operationId"))
          && entry("Create", "userId", ADMIN).test(e));
      JsonNode grant = byAdmin.stream().filter(entry("Create", "resourceId", "*")).findFirst().orElseThrow();
      assertThat(grant.path("entityType").asText()).isEqualTo("Authorization");
      assertThat(byAdmin).anyMatch(e -> e.path("operationId").equals(grant.path("operationId")) && entry("Create", "userId", ADMIN).test(e));
      JsonNode password = byAdmin.stream().filter(entry("Update", "password", "changed")).findFirst().orElseThrow();
      assertThat(byAdmin).as("the password's owner, in the same operation")
          .anyMatch(e -> e.path("operationId").equals(password.path("operationId")) && entry("Update", "userId", "reset.test").test(e));
      assertThat(byAdmin.toString()).doesNotContain("An0ther good one!");
      assertThat(signIn("reset.test", "An0ther good one!")).isEqualTo(200);
    } finally {
      rest.call("DELETE", "/engine-rest/group/scr-group/members/admin", ADMIN, null);
      if (granted.status() == 200) {
        rest.call("DELETE", "/engine-rest/authorization/" + granted.body().path("id").asText(), ADMIN, null);
      }
    }
    assertThat(trail("&userId=admin")).anyMatch(entry("Delete", "groupId", "scr-group")).anyMatch(entry("Delete", "resourceId", "*"));
  }

  @Test
  void anAgencyAddedByTheBusinessManagerIsTheirsInTheTrail() {
    Reply added = rest.post("/api/agencies", "business.manager", Map.of("slug", "dorset-ambulance", "name", "South Western Ambulance",
        "sector", "health"));
    assertThat(added.status()).as(added.text()).isEqualTo(201);
    List<JsonNode> byManager = trail("&userId=business.manager");
    assertThat(byManager).anyMatch(entry("Create", "groupId", "agency-dorset-ambulance"));
    assertThat(byManager).anyMatch(e -> "Authorization".equals(e.path("entityType").asText())
        && entry("Create", "groupId", "agency-dorset-ambulance").test(e));
  }

  @Test
  void theTrailIsForAdministratorsAndTheBusinessManagerNewestFirstAndPaged() {
    createUser("paging.test", STRONG);
    for (String reader : List.of(ADMIN, "business.manager")) {
      Reply page = rest.get("/api/audit/identity?page=0&size=2", reader);
      assertThat(page.status()).as(reader).isEqualTo(200);
      assertThat(page.body().size()).isEqualTo(2);
      assertThat(Long.parseLong(page.header("X-Total-Count"))).isGreaterThan(2);
      assertThat(page.body().get(0).path("timestamp").asText()).isGreaterThanOrEqualTo(page.body().get(1).path("timestamp").asText());
    }
    for (String other : List.of("scr.chair", "board.chair", "dorset-police", "lado")) {
      assertThat(rest.get("/api/audit/identity", other).status()).as(other).isEqualTo(403);
    }
    assertThat(rest.get("/api/audit/identity", null).status()).isEqualTo(401);
    assertThat(rest.get("/api/audit/identity?size=0", ADMIN).status()).isEqualTo(400);
    assertThat(rest.get("/api/audit/identity?page=-1", ADMIN).status()).isEqualTo(400);
    assertThat(rest.get("/api/audit/identity?page=4294968&size=500", ADMIN).status()).as("past the last whole number").isEqualTo(400);

    Reply engineLog = rest.get(paged("/engine-rest/history/user-operation?category=Admin&entityType=User&operationType=Create"), ADMIN);
    assertThat(engineLog.status()).isEqualTo(200);
    assertThat(engineLog.text()).as("the engine's own operation log API, as the web apps read it").contains("paging.test");
    assertThat(rest.get(paged("/engine-rest/history/user-operation?category=Admin"), "scr.chair").body().size())
        .as("not for the case roles").isZero();
  }
}
