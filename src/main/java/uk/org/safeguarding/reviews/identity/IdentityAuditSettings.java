package uk.org.safeguarding.reviews.identity;

import java.time.Period;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How long the identity audit trail is kept, under {@code safeguarding.identity-audit} (ISO 8601
 * periods such as {@code P1Y} or {@code P365D}, or {@code 365d}). A decision for the partnership's data
 * protection officer: the defaults keep sign-in delays a year (long enough to see a pattern of password
 * guessing) and account changes, the record of who was given access to what, until a period is set.
 */
@ConfigurationProperties("safeguarding.identity-audit")
public class IdentityAuditSettings {

  /** Sign-in delays (wrong passwords) are removed this long after they were written; empty: kept. */
  private Period signInDelaysKept = Period.ofYears(1);
  /** Account changes (users, groups, memberships, tenants, grants, unlocks, new passwords); empty: kept. */
  private Period accountChangesKept;

  public Period getSignInDelaysKept() {
    return signInDelaysKept;
  }

  public void setSignInDelaysKept(Period signInDelaysKept) {
    this.signInDelaysKept = signInDelaysKept;
  }

  public Period getAccountChangesKept() {
    return accountChangesKept;
  }

  public void setAccountChangesKept(Period accountChangesKept) {
    this.accountChangesKept = accountChangesKept;
  }
}
