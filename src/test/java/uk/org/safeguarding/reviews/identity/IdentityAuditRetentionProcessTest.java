package uk.org.safeguarding.reviews.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Period;
import java.util.List;

import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import uk.org.safeguarding.reviews.support.ProcessTest;
import uk.org.safeguarding.reviews.support.ProcessTestBase;

/**
 * The identity audit trail is removed by the engine's nightly clean-up once past its time: a sign-in
 * delay a year after it was written; an account change only when the data protection officer has set a
 * period for them ({@code safeguarding.identity-audit.*}).
 */
@ProcessTest
class IdentityAuditRetentionProcessTest extends ProcessTestBase {

  @Autowired private IdentityAuditSettings settings;

  @Test
  void aSignInDelayIsKeptAYearThenRemoved() {
    String account = newAccount("delayed");
    assertThat(identityService.checkPassword(account, "Not-the-password-1")).isFalse();
    assertThat(signInDelays(account)).as("the delay in the trail").isPositive();

    setNow(START.plusYears(1).minusDays(1));
    cleanUpHistory();
    assertThat(signInDelays(account)).as("a day short of a year on").isPositive();

    setNow(START.plusYears(1).plusDays(1));
    cleanUpHistory();
    assertThat(signInDelays(account)).as("a year and a day on").isZero();
  }

  @Test
  void anAccountChangeIsKeptUntilAPeriodIsSetForThem() {
    String account = newAccount("changed");
    assertThat(accountCreated(account)).as("the administrator's change in the trail").isPositive();

    setNow(START.plusYears(10));
    cleanUpHistory();
    assertThat(accountCreated(account)).as("ten years on, with no period set").isPositive();

    Period unset = settings.getAccountChangesKept();
    settings.setAccountChangesKept(Period.ofYears(6));
    try {
      cleanUpHistory();
    } finally {
      settings.setAccountChangesKept(unset);
    }
    assertThat(accountCreated(account)).as("ten years on, kept six").isZero();
  }

  /** An account made by an administrator (the engine logs changes made by someone signed in). */
  private String newAccount(String name) {
    String id = "retention." + name + "." + System.nanoTime() % 1_000_000;
    identityService.setAuthentication("admin", List.of(Groups.ADMINISTRATORS));
    try {
      User user = identityService.newUser(id);
      user.setPassword("A-long-Password-42");
      identityService.saveUser(user);
    } finally {
      identityService.clearAuthentication();
    }
    return id;
  }

  private long signInDelays(String account) {
    return jdbc.queryForObject("select count(*) from ACT_HI_OP_LOG where CATEGORY_ = 'Admin' and OPERATION_TYPE_ = ?"
        + " and PROPERTY_ = 'userId' and NEW_VALUE_ = ?", Long.class, AuditedIdentityProvider.OPERATION_LOCK, account);
  }

  private long accountCreated(String account) {
    return jdbc.queryForObject("select count(*) from ACT_HI_OP_LOG where CATEGORY_ = 'Admin' and OPERATION_TYPE_ = 'Create'"
        + " and ENTITY_TYPE_ = 'User' and USER_ID_ = 'admin' and NEW_VALUE_ = ?", Long.class, account);
  }
}
