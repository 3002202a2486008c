package uk.org.safeguarding.reviews.identity;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Open tasks from before agency tenants ({@link AgencyTenants}): at every start, before anyone is
 * served, a task of an agency's process that has no tenant yet is placed as a new one would be (its
 * agency's tenant if the agency's group is its only candidate group, else the partnership's), and
 * the agency's READ on it, which its definition grant and tenant now give, is taken off its task
 * grant. Nothing is left for a later start once every such task has its tenant.
 */
final class AgencyTenantsUpgrade {

  private static final Logger LOG = LoggerFactory.getLogger(AgencyTenantsUpgrade.class);

  private AgencyTenantsUpgrade() {}

  static void run(ProcessEngineConfigurationImpl engine) {
    String prefix = engine.getDatabaseTablePrefix() == null ? "" : engine.getDatabaseTablePrefix();
    String processes = "(select D.ID_ from " + prefix + "ACT_RE_PROCDEF D where D.KEY_ in ("
        + String.join(",", AgencyTenants.PROCESSES.stream().map(key -> "'" + key + "'").toList()) + "))";
    String candidates = "from " + prefix + "ACT_RU_IDENTITYLINK I where I.TASK_ID_ = T.ID_ and I.TYPE_ = 'candidate' and I.GROUP_ID_ is not null";
    String agencyTasks = "update " + prefix + "ACT_RU_TASK T set TENANT_ID_ = (select min(I.GROUP_ID_) " + candidates + ")"
        + " where T.TENANT_ID_ is null and T.PROC_DEF_ID_ in " + processes
        + " and (select count(distinct I.GROUP_ID_) " + candidates + ") = 1"
        + " and (select min(I.GROUP_ID_) " + candidates + ") like '" + Agency.GROUP_PREFIX + "%'";
    String partnershipTasks = "update " + prefix + "ACT_RU_TASK T set TENANT_ID_ = '" + AgencyTenants.PARTNERSHIP + "'"
        + " where T.TENANT_ID_ is null and T.PROC_DEF_ID_ in " + processes;
    int readAndUpdate = Permissions.READ.getValue() | Permissions.UPDATE.getValue();
    String agencyGrants = "update " + prefix + "ACT_RU_AUTHORIZATION set PERMS_ = " + Permissions.UPDATE.getValue()
        + " where TYPE_ = 1 and RESOURCE_TYPE_ = " + Resources.TASK.resourceType() + " and PERMS_ = " + readAndUpdate
        + " and GROUP_ID_ like '" + Agency.GROUP_PREFIX + "%'"
        + " and RESOURCE_ID_ in (select T.ID_ from " + prefix + "ACT_RU_TASK T where T.TENANT_ID_ = GROUP_ID_)";
    int[] changed = engine.getCommandExecutorTxRequired().execute((Command<int[]>) context -> {
      Connection connection = context.getDbSqlSession().getSqlSession().getConnection();
      return new int[] {update(connection, agencyTasks), update(connection, partnershipTasks), update(connection, agencyGrants)};
    });
    if (changed[0] + changed[1] + changed[2] > 0) {
      LOG.info("Agency tenants: {} open agency tasks and {} partnership tasks placed in tenants, {} task grants narrowed",
          changed[0], changed[1], changed[2]);
    }
  }

  private static int update(Connection connection, String sql) {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      return statement.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("Could not place open tasks in agency tenants: " + e.getMessage(), e);
    }
  }
}
