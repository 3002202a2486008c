package uk.org.safeguarding.reviews.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Supplier;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.camunda.bpm.engine.impl.cfg.TransactionState;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Who a Basic sign-in is, remembered for a short while ({@code safeguarding.security.sign-in-cache},
 * 30 s; 0 turns it off). Every request to {@code /engine-rest} and {@code /api} carries the user's
 * credentials; checking them and reading the user's groups and tenants took three engine commands,
 * each a transaction of its own, before the request's own work began. A sign-in is remembered by
 * the user id and a salted SHA-256 digest of the password it was checked with (never the password), with
 * the groups and tenants read then: another password is checked by the engine as always, and a wrong
 * one delays the account's next sign-in as before.
 *
 * <p>Any change to users, groups, tenants or memberships made on this node clears the cache when its
 * transaction commits ({@link AuditedIdentityProvider}); a change made on another node of a cluster
 * takes effect here within the cache's time, as a web app session keeps its groups for minutes.
 */
@Component
public class SignInCache {

  /** A sign-in as the engine's authentication filter takes it: the user, their groups and their tenants. */
  public record SignedIn(String userId, List<String> groupIds, List<String> tenantIds) {}

  private final Cache<String, SignedIn> signIns;
  private final boolean enabled;
  /** Salts the digests: this node's own, made at start. */
  private final byte[] salt = new SecureRandom().generateSeed(16);

  public SignInCache(@Value("${safeguarding.security.sign-in-cache:30s}") Duration timeToLive) {
    this.enabled = !timeToLive.isZero() && !timeToLive.isNegative();
    this.signIns = Caffeine.newBuilder().expireAfterWrite(enabled ? timeToLive : Duration.ofMillis(1)).maximumSize(10_000).build();
  }

  /** The remembered sign-in for these credentials, or the one {@code check} gives (remembered when it succeeds). */
  public SignedIn signIn(String userId, String password, Supplier<SignedIn> check) {
    if (!enabled) {
      return check.get();
    }
    String key = userId + '\n' + digest(password);
    SignedIn known = signIns.getIfPresent(key);
    if (known != null) {
      return known;
    }
    SignedIn checked = check.get();
    if (checked != null) {
      signIns.put(key, checked);
    }
    return checked;
  }

  /** Forgets every sign-in when the running command's transaction commits (at once outside a command). */
  public void forgetAllOnCommit() {
    CommandContext command = Context.getCommandContext();
    if (command == null) {
      signIns.invalidateAll();
      return;
    }
    command.getTransactionContext().addTransactionListener(TransactionState.COMMITTED, committed -> signIns.invalidateAll());
  }

  private String digest(String password) {
    try {
      MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
      sha256.update(salt);
      return HexFormat.of().formatHex(sha256.digest(password.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }
}
