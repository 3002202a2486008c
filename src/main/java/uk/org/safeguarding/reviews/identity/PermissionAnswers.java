package uk.org.safeguarding.reviews.identity;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.impl.db.CompositePermissionCheck;
import org.camunda.bpm.engine.impl.db.PermissionCheck;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;

import uk.org.safeguarding.reviews.engine.EngineIndexes;

/**
 * The engine's answer to a permission check on named resources (may this user work on task 42?),
 * worked out here from the few grants that can decide it, read with one short statement.
 *
 * <p>Camunda asks the database with one statement per check ({@code isUserAuthorizedForResource}),
 * built anew for every check from a mapping of some hundred conditions. A profile of task completions
 * showed building it took about a sixth of the request threads' time, more than running it
 * (docs/performance.md). The rules are Camunda's, in its order, for each permission asked:
 * <ol>
 * <li>the user's own grant or revoke: on the resource itself, then on all resources of its type
 * ({@code *});</li>
 * <li>then one of the user's groups' grants or revokes, in the same order;</li>
 * <li>then a global authorization (everyone's), in the same order;</li>
 * <li>else the check's own answer when nothing is found (usually: not authorized).</li>
 * </ol>
 * A grant decides "yes" if it holds every bit asked; a revoke (or a global authorization without the
 * bits) decides "no", and revokes are looked at only when the engine would look at them. Of several
 * permissions asked together, either the first one that some grant or revoke decides answers (any of
 * them will do), or every one must be granted (all of them needed), as in Camunda's statement.
 *
 * <p>Checks this class does not cover (a query's check on a column, checks made of other checks)
 * stay with the engine. {@code PermissionAnswersProcessTest} compares both answers over random grants.
 */
final class PermissionAnswers {

  private static final String ALL = Authorization.ANY;
  private static final String EVERYONE = Authorization.ANY;

  private PermissionAnswers() {}

  /** One row of {@code ACT_RU_AUTHORIZATION}, as far as a check needs it. */
  record Grant(int type, String userId, String groupId, int resourceType, String resourceId, int perms) {}

  /** Whether the answer can be worked out here: permissions on named resources (or all), nothing nested. */
  static boolean covers(CompositePermissionCheck check) {
    if (check == null || check.getAtomicChecks() == null || check.getAtomicChecks().isEmpty()
        || (check.getCompositeChecks() != null && !check.getCompositeChecks().isEmpty())) {
      return false;
    }
    for (PermissionCheck atomic : check.getAtomicChecks()) {
      if (atomic == null || atomic.getResourceIdQueryParam() != null || atomic.getResource() == null) {
        return false;
      }
    }
    return true;
  }

  /**
   * The grants and revokes that can decide the check, read from the database on the command's own
   * connection; with {@code askRevokes}, also every revoke the user, their groups or everyone holds
   * (see {@link #anyRevoke}).
   *
   * <p>Plain JDBC, not a MyBatis statement: MyBatis builds a dynamic statement anew at every call
   * (its lists, conditions and parameter tokens), and for this one, run at every step a user works on,
   * that building took longer than running it (docs/performance.md). The engine writes nothing until
   * its command ends, so this connection sees what the engine's own statement would.
   */
  static List<Grant> decidingGrants(CommandContext context, String userId, List<String> groupIds, CompositePermissionCheck check,
      boolean askRevokes) {
    Set<Integer> types = new LinkedHashSet<>();
    Set<String> ids = new LinkedHashSet<>();
    for (PermissionCheck atomic : check.getAtomicChecks()) {
      types.add(atomic.getResourceType());
      if (atomic.getResourceId() != null) {
        ids.add(atomic.getResourceId());
      }
    }
    ids.add(ALL);
    String table = EngineIndexes.table(context.getProcessEngineConfiguration(), "ACT_RU_AUTHORIZATION");
    String sql = STATEMENTS.computeIfAbsent(new Shape(table, types.size(), ids.size(), groupIds.size(), askRevokes), Shape::sql);
    List<Grant> grants = new ArrayList<>();
    Connection connection = context.getDbSqlSession().getSqlSession().getConnection();
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      int parameter = strings(statement, 1, ids);
      for (int type : types) {
        statement.setInt(parameter++, type);
      }
      parameter = holders(statement, parameter, userId, groupIds);
      if (askRevokes) {
        holders(statement, parameter, userId, groupIds);
      }
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          grants.add(new Grant(rows.getInt(1), rows.getString(2), rows.getString(3), rows.getInt(4), rows.getString(5), rows.getInt(6)));
        }
      }
    } catch (SQLException e) {
      throw new ProcessEngineException("Could not read the grants deciding a permission check: " + e.getMessage(), e);
    }
    return grants;
  }

  private static final Map<Shape, String> STATEMENTS = new ConcurrentHashMap<>();

  /**
   * What the statement depends on besides its values: the grant table's name and how many types,
   * resource ids and groups are asked. The grants on the checked resources are read by the engine's
   * index on the resource id, a look-up per id (the task, its definition, {@code *}), and only those of
   * the user, their groups or everyone are kept: on PostgreSQL 0.06 ms a call, against 0.24 ms for
   * one part per holder read by the unique indexes, and 0.08 ms for the engine's own statement. Grants
   * of other kinds that come with them never decide ({@link #answer} looks at each holder's own).
   * With {@code askRevokes}, a second part reads the revokes the user, their groups or everyone hold.
   */
  private record Shape(String table, int types, int ids, int groups, boolean askRevokes) {

    String sql() {
      String columns = "select A.TYPE_, A.USER_ID_, A.GROUP_ID_, A.RESOURCE_TYPE_, A.RESOURCE_ID_, A.PERMS_ from " + table + " A";
      String holders = "A.USER_ID_ in (?, '*')" + (groups > 0 ? " or A.GROUP_ID_ in (" + marks(groups) + ")" : "");
      StringBuilder sql = new StringBuilder()
          .append(columns).append(" where A.RESOURCE_ID_ in (").append(marks(ids)).append(") and A.RESOURCE_TYPE_ in (")
          .append(marks(types)).append(") and (").append(holders).append(')');
      if (askRevokes) {
        sql.append(" union all ").append(columns).append(" where A.TYPE_ = 2 and (").append(holders).append(')');
      }
      return sql.toString();
    }

    private static String marks(int count) {
      return String.join(", ", Collections.nCopies(count, "?"));
    }
  }

  private static int holders(PreparedStatement statement, int parameter, String userId, List<String> groupIds) throws SQLException {
    statement.setString(parameter++, userId);
    return strings(statement, parameter, groupIds);
  }

  private static int strings(PreparedStatement statement, int parameter, Collection<String> values) throws SQLException {
    for (String value : values) {
      statement.setString(parameter++, value);
    }
    return parameter;
  }

  /**
   * Whether revokes are looked at, as the engine decides it when left to ("auto"): if the user, one of
   * their groups or everyone holds any revoke at all. Only for grants read with {@code askRevokes}.
   */
  static boolean anyRevoke(List<Grant> grants) {
    return grants.stream().anyMatch(grant -> grant.type() == Authorization.AUTH_TYPE_REVOKE);
  }

  /** The answer Camunda's statement gives for these grants (see the class comment). */
  static boolean answer(CompositePermissionCheck check, String userId, List<String> groupIds, boolean revokes,
      List<Grant> grants) {
    List<PermissionCheck> atomic = check.getAtomicChecks();
    if (atomic.size() == 1) {
      Integer answer = answer(atomic.get(0), userId, groupIds, revokes, grants);
      return answer != null && answer == 1;
    }
    if (check.isDisjunctive()) {
      for (PermissionCheck permission : atomic) {
        Integer answer = answer(permission, userId, groupIds, revokes, grants);
        if (answer != null) {
          return answer == 1;
        }
      }
      return false;
    }
    int all = 1;
    for (PermissionCheck permission : atomic) {
      Integer answer = answer(permission, userId, groupIds, revokes, grants);
      all &= answer == null ? 0 : answer;
    }
    return all == 1;
  }

  private enum Holder { USER, GROUP, EVERYONE }

  /** 1 (granted), 0 (refused) or null (nothing decides), for one permission. */
  private static Integer answer(PermissionCheck check, String userId, List<String> groupIds, boolean revokes, List<Grant> grants) {
    String id = check.getResourceId();
    boolean named = id != null && !ALL.equals(id);
    for (Holder holder : Holder.values()) {
      if (holder == Holder.GROUP && groupIds.isEmpty()) {
        continue;
      }
      if (named) {
        Integer answer = decided(holder, check, id, userId, groupIds, revokes, grants);
        if (answer != null) {
          return answer;
        }
      }
      Integer answer = decided(holder, check, ALL, userId, groupIds, revokes, grants);
      if (answer != null) {
        return answer;
      }
    }
    Long notFound = check.getAuthorizationNotFoundReturnValue();
    return notFound == null ? null : notFound.intValue();
  }

  /** A grant of this holder on this resource id holding every bit asked: 1; else a revoke taking one away: 0. */
  private static Integer decided(Holder holder, PermissionCheck check, String resourceId, String userId, List<String> groupIds,
      boolean revokes, List<Grant> grants) {
    int perms = check.getPerms();
    boolean revoked = false;
    for (Grant grant : grants) {
      if (grant.resourceType() != check.getResourceType() || !resourceId.equals(grant.resourceId())) {
        continue;
      }
      boolean holds = (grant.perms() & perms) == perms;
      switch (holder) {
        case USER -> {
          if (userId == null || !userId.equals(grant.userId())) {
            continue;
          }
          if (grant.type() == Authorization.AUTH_TYPE_GRANT && holds) {
            return 1;
          }
          revoked |= grant.type() == Authorization.AUTH_TYPE_REVOKE && !holds;
        }
        case GROUP -> {
          if (grant.groupId() == null || !groupIds.contains(grant.groupId())) {
            continue;
          }
          if (grant.type() == Authorization.AUTH_TYPE_GRANT && holds) {
            return 1;
          }
          revoked |= grant.type() == Authorization.AUTH_TYPE_REVOKE && !holds;
        }
        case EVERYONE -> {
          if (grant.type() != Authorization.AUTH_TYPE_GLOBAL || !EVERYONE.equals(grant.userId())) {
            continue;
          }
          if (holds) {
            return 1;
          }
          revoked = true;
        }
      }
    }
    return revokes && revoked ? 0 : null;
  }
}
