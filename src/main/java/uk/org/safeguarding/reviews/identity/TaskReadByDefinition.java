package uk.org.safeguarding.reviews.identity;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.db.AuthorizationCheck;
import org.camunda.bpm.engine.impl.db.sql.DbSqlSessionFactory;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;

import uk.org.safeguarding.reviews.engine.EngineIndexes;

/**
 * The engine's check of which tasks a user may read, said as a filter on process definitions when
 * that is what it comes to.
 *
 * <p>Camunda lets a user read a task when one of their grants (their own, one of their groups', or
 * everyone's) gives READ on the task itself or READ_TASK on its process definition. Its task query
 * checks this row by row: every task joined with the user's grants. An agency's grants for reading
 * tasks are two, READ_TASK on the definitions of its contributions and action deliveries, which its
 * tenant narrows to its own ({@link AgencyTenants}); so for each of its open tasks the join asks
 * the same question with the same answer, and at 10,000 open tasks that is most of its Tasklist's
 * time (docs/performance.md).
 *
 * <p>So, before a task query, the user's grants that could let them read a task are read first,
 * and when every one is a READ_TASK grant on a named process definition (no grant on a task, no
 * grant on every definition, no revoke) the check is exactly "the task's process definition is one
 * of these": the query gets that filter ({@code processDefinitionKeyIn}, narrowed to the keys it
 * asked for, if any) in place of the join. Anything else, or no such grant at all, leaves the
 * engine's own check as it is. The tenant check is untouched either way. Case (CMMN) tasks, which
 * the engine's check lets through without a grant, are not read through the filter; this
 * application has none.
 *
 * <p>On PostgreSQL two partial indexes hold just those grants ({@link #createIndexes}), so the look-up
 * reads a handful of rows however many task grants an agency's open work has.
 */
final class TaskReadByDefinition {

  static final int TASK = Resources.TASK.resourceType();
  static final int PROCESS_DEFINITION = Resources.PROCESS_DEFINITION.resourceType();
  static final int READ = Permissions.READ.getValue();
  static final int READ_TASK = ProcessDefinitionPermissions.READ_TASK.getValue();
  static final String INDEX_BY_USER = "SG_IDX_AUTH_TASK_READ_USER";
  static final String INDEX_BY_GROUP = "SG_IDX_AUTH_TASK_READ_GROUP";

  private TaskReadByDefinition() {}

  /**
   * Puts the definition filter in place of the engine's join when the user's task-read grants are
   * all by definition. Called after the engine has configured the query's authorization check.
   */
  static void apply(CommandContext context, TaskQueryImpl query) {
    AuthorizationCheck check = query.getAuthCheck();
    if (!check.getShouldPerformAuthorizatioCheck() || check.getAuthUserId() == null) {
      return;
    }
    Set<String> readable = readableDefinitions(context, check.getAuthUserId(), check.getAuthGroupIds());
    if (readable == null) {
      return;
    }
    String[] asked = query.getProcessDefinitionKeys();
    if (asked != null && asked.length > 0) {
      readable.retainAll(Arrays.asList(asked));
    }
    if (readable.isEmpty()) {
      return;
    }
    query.processDefinitionKeyIn(readable.toArray(String[]::new));
    check.setAuthorizationCheckEnabled(false);
  }

  /**
   * The keys of the process definitions whose tasks the user may read, when those READ_TASK grants
   * are the only grants that could let them read a task; {@code null} when any other grant or any
   * revoke could (then the engine's own check is needed).
   */
  static Set<String> readableDefinitions(CommandContext context, String userId, List<String> groupIds) {
    ProcessEngineConfigurationImpl engine = context.getProcessEngineConfiguration();
    List<String> groups = groupIds == null ? List.of() : groupIds;
    StringBuilder sql = new StringBuilder("select TYPE_, RESOURCE_TYPE_, RESOURCE_ID_ from ")
        .append(EngineIndexes.table(engine, "ACT_RU_AUTHORIZATION")).append(" where (USER_ID_ in (?, ?)");
    if (!groups.isEmpty()) {
      sql.append(" or GROUP_ID_ in (").append(String.join(", ", groups.stream().map(group -> "?").toList())).append(')');
    }
    sql.append(") and ").append(predicate(engine.getDatabaseType()));
    Set<String> keys = new TreeSet<>();
    Connection connection = context.getDbSqlSession().getSqlSession().getConnection();
    try (PreparedStatement statement = connection.prepareStatement(sql.toString())) {
      int parameter = 1;
      statement.setString(parameter++, userId);
      statement.setString(parameter++, Authorization.ANY);
      for (String group : groups) {
        statement.setString(parameter++, group);
      }
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          String resourceId = rows.getString(3);
          if (rows.getInt(1) == Authorization.AUTH_TYPE_REVOKE || rows.getInt(2) != PROCESS_DEFINITION
              || resourceId == null || Authorization.ANY.equals(resourceId)) {
            return null;
          }
          keys.add(resourceId);
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Could not read the grants for reading tasks: " + e.getMessage(), e);
    }
    return keys.isEmpty() ? null : keys;
  }

  /**
   * The grants that could let someone read a task, or take that away: the same words in the
   * look-up and in the partial indexes' condition, so that PostgreSQL sees the index holds what the
   * look-up asks for.
   */
  static String predicate(String databaseType) {
    String and1 = DbSqlSessionFactory.databaseSpecificBitAnd1.get(databaseType);
    String and2 = DbSqlSessionFactory.databaseSpecificBitAnd2.get(databaseType);
    String and3 = DbSqlSessionFactory.databaseSpecificBitAnd3.get(databaseType);
    return "RESOURCE_TYPE_ in (" + PROCESS_DEFINITION + ", " + TASK + ") and (TYPE_ = " + Authorization.AUTH_TYPE_REVOKE
        + " or (RESOURCE_TYPE_ = " + TASK + " and " + and1 + "PERMS_" + and2 + READ + and3 + " = " + READ + ")"
        + " or (RESOURCE_TYPE_ = " + PROCESS_DEFINITION + " and " + and1 + "PERMS_" + and2 + READ_TASK + and3 + " = " + READ_TASK + "))";
  }

  /**
   * On PostgreSQL, at every start: the two partial indexes of the look-up, by user and by group,
   * holding only the grants it asks for (a few per group, against one or more per open task in the
   * whole table). Created if missing; a node that finds another node creating them at the same
   * moment leaves it to that node. Other databases read the table as the engine's own checks do.
   */
  static void createIndexes(ProcessEngineConfigurationImpl engine) {
    if (!DbSqlSessionFactory.POSTGRES.equals(engine.getDatabaseType())) {
      return;
    }
    String table = EngineIndexes.table(engine, "ACT_RU_AUTHORIZATION");
    String where = " where " + predicate(engine.getDatabaseType());
    EngineIndexes.create(engine, "indexes of task-read grants", List.of(
        "create index if not exists " + INDEX_BY_USER + " on " + table + " (USER_ID_)" + where,
        "create index if not exists " + INDEX_BY_GROUP + " on " + table + " (GROUP_ID_)" + where));
  }

}
