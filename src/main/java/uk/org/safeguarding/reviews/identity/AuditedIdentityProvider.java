package uk.org.safeguarding.reviews.identity;

import java.util.List;

import org.camunda.bpm.engine.EntityTypes;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.IdentityOperationResult;
import org.camunda.bpm.engine.impl.identity.db.DbIdentityServiceProvider;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.oplog.UserOperationLogContext;
import org.camunda.bpm.engine.impl.oplog.UserOperationLogContextEntryBuilder;
import org.camunda.bpm.engine.impl.persistence.entity.PropertyChange;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;

/**
 * Camunda's own identity store (users, groups and hashed passwords in its tables), writing to the
 * engine's user operation log the two account changes the engine leaves out. The engine already
 * logs, with the signed-in user and the time, users, groups, memberships, tenants and their
 * memberships created, changed or deleted, authorizations saved or deleted, and unlocks.
 *
 * <ul>
 *   <li>A wrong password that delays the account's next sign-in: operation {@value #OPERATION_LOCK}
 *       on the user, with {@code userId} (the account), {@code attempts} (wrong passwords in a row)
 *       and {@code lockExpirationTime} (until when). Written although nobody is signed in: that is
 *       how someone guessing is seen.</li>
 *   <li>A new password for an existing user (a reset or a change): {@code Update} of the user with
 *       the property {@code password} (never the password or its hash), in the same operation as the
 *       engine's own entry for the change. Like the engine's entries, only when someone is signed in.</li>
 * </ul>
 */
public class AuditedIdentityProvider extends DbIdentityServiceProvider {

  public static final String OPERATION_LOCK = "Lock";
  public static final String PASSWORD_CHANGED = "changed";

  private final SignInCache signIns;

  public AuditedIdentityProvider(SignInCache signIns) {
    this.signIns = signIns;
  }

  @Override
  public IdentityOperationResult saveUser(User user) {
    boolean newPasswordForExistingUser = user instanceof UserEntity entity && entity.getRevision() > 0 && entity.hasNewPassword();
    IdentityOperationResult result = super.saveUser(user);
    if (newPasswordForExistingUser) {
      log(UserOperationLogEntry.OPERATION_TYPE_UPDATE, false, List.of(new PropertyChange("password", null, PASSWORD_CHANGED)));
    }
    return result;
  }

  /** Every write to users, groups, tenants and memberships is checked here first: the sign-in cache forgets them all on commit. */
  @Override
  protected void checkAuthorization(Permission permission, Resource resource, String resourceId) {
    super.checkAuthorization(permission, resource, resourceId);
    if (permission != Permissions.READ) {
      signIns.forgetAllOnCommit();
    }
  }

  @Override
  public IdentityOperationResult unlockUser(String userId) {
    signIns.forgetAllOnCommit();
    return super.unlockUser(userId);
  }

  @Override
  protected void lockUser(UserEntity user) {
    signIns.forgetAllOnCommit(); // a delayed account's next sign-in is checked again, whoever presents it
    super.lockUser(user);
    log(OPERATION_LOCK, true, List.of(new PropertyChange("userId", null, user.getId()),
        new PropertyChange("attempts", null, user.getAttempts()),
        new PropertyChange("lockExpirationTime", null, user.getLockExpirationTime())));
  }

  private static void log(String operation, boolean evenWhenNobodyIsSignedIn, List<PropertyChange> changes) {
    CommandContext command = Context.getCommandContext();
    boolean restricted = command.isRestrictUserOperationLogToAuthenticatedUsers();
    if (evenWhenNobodyIsSignedIn) {
      command.setRestrictUserOperationLogToAuthenticatedUsers(false);
    }
    try {
      UserOperationLogContext log = new UserOperationLogContext();
      log.addEntry(UserOperationLogContextEntryBuilder.entry(operation, EntityTypes.USER)
          .category(UserOperationLogEntry.CATEGORY_ADMIN).propertyChanges(changes).create());
      command.getOperationLogManager().logUserOperations(log);
    } finally {
      command.setRestrictUserOperationLogToAuthenticatedUsers(restricted);
    }
  }
}
