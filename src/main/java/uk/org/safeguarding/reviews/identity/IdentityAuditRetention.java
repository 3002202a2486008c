package uk.org.safeguarding.reviews.identity;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Period;
import java.time.ZoneId;

import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

import uk.org.safeguarding.reviews.engine.EngineIndexes;
import uk.org.safeguarding.reviews.engine.NightlyCleanUpStep;

/**
 * The identity audit trail ({@link IdentityAuditTrail}: the user operation log's entries of category
 * {@code Admin}, which belong to no case and so have no removal date of the engine's) is removed by the
 * nightly clean-up once past the time set for it ({@link IdentityAuditSettings}): sign-in delays (someone
 * guessing a password writes one a minute for as long as they keep at it) after a year unless set
 * otherwise; account changes (users, groups, memberships, tenants, grants, unlocks) only when a period is
 * set. Counted from when each was written, with the settings of the night it runs.
 */
@Component
@EnableConfigurationProperties(IdentityAuditSettings.class)
public class IdentityAuditRetention implements NightlyCleanUpStep {

  private final IdentityAuditSettings settings;

  public IdentityAuditRetention(IdentityAuditSettings settings) {
    this.settings = settings;
  }

  @Override
  public void removePastItsTime(CommandContext commandContext) {
    String table = EngineIndexes.table(commandContext.getProcessEngineConfiguration(), "ACT_HI_OP_LOG");
    String identityTrail = "delete from " + table + " where CATEGORY_ = ? and PROC_INST_ID_ is null and ROOT_PROC_INST_ID_ is null"
        + " and TIMESTAMP_ < ? and OPERATION_TYPE_ ";
    Connection connection = commandContext.getDbSqlSession().getSqlSession().getConnection();
    remove(connection, identityTrail + "= ?", settings.getSignInDelaysKept());
    remove(connection, identityTrail + "<> ?", settings.getAccountChangesKept());
  }

  /** Removes the entries written before now less {@code kept}, if a period is set. */
  private static void remove(Connection connection, String sql, Period kept) {
    if (kept == null) {
      return;
    }
    Timestamp before = Timestamp.from(ClockUtil.getCurrentTime().toInstant().atZone(ZoneId.of("Europe/London")).minus(kept).toInstant());
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setString(1, UserOperationLogEntry.CATEGORY_ADMIN);
      statement.setTimestamp(2, before);
      statement.setString(3, AuditedIdentityProvider.OPERATION_LOCK);
      statement.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("The identity audit trail past its time could not be removed: " + e.getMessage(), e);
    }
  }
}
