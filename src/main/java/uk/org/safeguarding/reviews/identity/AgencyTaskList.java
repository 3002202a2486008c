package uk.org.safeguarding.reviews.identity;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.camunda.bpm.engine.impl.Direction;
import org.camunda.bpm.engine.impl.QueryOrderingProperty;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.db.sql.DbSqlSessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.TaskManager;
import org.camunda.bpm.engine.task.Task;

import uk.org.safeguarding.reviews.engine.EngineIndexes;

import uk.org.safeguarding.reviews.engine.EngineStatements;

/**
 * An agency's Tasklist, read as the engine reads it but without what makes it grow with all the
 * agency's open work.
 *
 * <p>Camunda reads every task list with {@code select distinct}, joined with the tasks' candidate
 * links: to give the first 15 tasks by due date, the database first gathers, de-duplicates and sorts
 * every open task of the agency (at 10,000 open tasks, most of the time of each Tasklist page, the
 * count the same; docs/performance.md). Here a task query of the shape an agency's Tasklist sends (its
 * definitions, as {@link TaskReadByDefinition} puts them in place of the authorization join; optionally
 * its candidate groups, with or without assigned tasks; the tenant check; ordered by the task's own
 * fields) is read with the same conditions, the candidate links asked with {@code exists}, so no row
 * can come twice and nothing needs de-duplicating: with an index on the due date the database reads
 * the tasks in order and stops at the page's end. Every other query, and this shape with anything
 * else set (or-queries, variables, dates, names, a candidate user, ordering by a variable...), is read
 * by the engine's own statement: a criterion this class does not know is never dropped.
 *
 * <p>{@code AgencyTaskListProcessTest} compares both statements' answers, page by page, on H2 and
 * PostgreSQL.
 */
public class AgencyTaskList extends TaskManager {

  static final String NAMESPACE = AgencyTaskList.class.getName();
  public static final String SELECT_TASKS = NAMESPACE + ".selectAgencyTasks";
  public static final String SELECT_COUNT = NAMESPACE + ".selectAgencyTaskCount";
  public static final String ENGINE_SELECT_TASKS = "selectTaskByQueryCriteria";
  public static final String ENGINE_SELECT_COUNT = "selectTaskCountByQueryCriteria";
  public static final String DUE_DATE_INDEX = "SG_IDX_TASK_DUE";

  /** The task query's fields this statement reads; any other field set sends the query to the engine's statement. */
  private static final Set<String> READ_HERE = Set.of("candidateGroup", "candidateGroups", "includeAssignedTasks",
      "processDefinitionKeys", "cachedCandidateGroups", "cachedUserGroups", "queries",
      // these change what is done with the tasks read, not which are read
      "initializeFormKeys", "withCommentAttachmentInfo", "variableNamesIgnoreCase", "variableValuesIgnoreCase");
  /** The expressions of an agency's filter: its candidate groups, evaluated into {@code candidateGroups} before the query runs. */
  private static final Set<String> EXPRESSIONS_READ_HERE = Set.of("taskCandidateGroupIn", "taskCandidateGroup");
  private static final List<Field> FIELDS = Arrays.stream(TaskQueryImpl.class.getDeclaredFields())
      .filter(field -> !Modifier.isStatic(field.getModifiers()) && !READ_HERE.contains(field.getName()))
      .peek(field -> field.setAccessible(true))
      .toList();
  private static final TaskQueryImpl UNSET = new TaskQueryImpl();

  @Override
  public List<Task> findTasksByQueryCriteria(TaskQueryImpl query) {
    configureQuery(query);
    return getDbEntityManager().selectList(readHere(query) ? SELECT_TASKS : ENGINE_SELECT_TASKS, query);
  }

  @Override
  public long findTaskCountByQueryCriteria(TaskQueryImpl query) {
    configureQuery(query);
    return (Long) getDbEntityManager().selectOne(readHere(query) ? SELECT_COUNT : ENGINE_SELECT_COUNT, query);
  }

  /** Whether this query, configured in this command for its signed-in user, would be read here (for the tests). */
  static boolean readsHere(org.camunda.bpm.engine.impl.interceptor.CommandContext context, TaskQueryImpl query) {
    ((AgencyTaskList) context.getTaskManager()).configureQuery(query);
    return readHere(query);
  }

  /**
   * Whether the query, as configured for the user (authorization and tenant checks), is one this
   * statement reads exactly as the engine's would: no authorization join, a filter on definitions,
   * candidate groups if any, ordering by the task's own columns, and nothing else.
   */
  static boolean readHere(TaskQueryImpl query) {
    String database = org.camunda.bpm.engine.impl.context.Context.getProcessEngineConfiguration().getDatabaseType();
    if (!DbSqlSessionFactory.POSTGRES.equals(database) && !DbSqlSessionFactory.H2.equals(database)) {
      return false;
    }
    if (query.getAuthCheck().getShouldPerformAuthorizatioCheck() && query.getAuthCheck().getAuthUserId() != null) {
      return false;
    }
    String[] keys = query.getProcessDefinitionKeys();
    if (keys == null || keys.length == 0 || query.getQueries().size() != 1 || query.getQueries().get(0) != query) {
      return false;
    }
    if (query.getCandidateGroups() != null && query.getCandidateGroups().isEmpty()) {
      return false;
    }
    if (!EXPRESSIONS_READ_HERE.containsAll(query.getExpressions().keySet())) {
      return false;
    }
    for (QueryOrderingProperty ordering : query.getOrderingProperties()) {
      if (ordering.getRelation() != null || ordering.getQueryProperty() == null || ordering.getQueryProperty().getFunction() != null) {
        return false;
      }
    }
    try {
      for (Field field : FIELDS) {
        if (!unset(field.get(query), field.get(UNSET))) {
          return false;
        }
      }
    } catch (IllegalAccessException e) {
      return false;
    }
    return true;
  }

  /**
   * The task's id after the query's own ordering, in the direction of its last column (so that one
   * index, on the due date and the id, serves both directions): with {@code distinct}, the engine's
   * database sorts ties by every column, so the same page comes back each time; this keeps pages
   * from overlapping where many tasks fall due at the same time.
   */
  public static String tieBreak(List<QueryOrderingProperty> orderings) {
    if (orderings == null || orderings.isEmpty()) {
      return "";
    }
    QueryOrderingProperty last = orderings.get(orderings.size() - 1);
    if ("ID_".equals(last.getQueryProperty().getName())) {
      return "";
    }
    return ", RES.ID_ " + (last.getDirection() != null && Direction.DESCENDING.getName().equals(last.getDirection().getName()) ? "desc" : "asc");
  }

  private static boolean unset(Object value, Object unset) {
    if (value instanceof Object[] array) {
      return array.length == 0 && (unset == null || unset instanceof Object[]);
    }
    if (value instanceof java.util.Collection<?> collection && collection.isEmpty()) {
      return unset == null || unset instanceof java.util.Collection<?>;
    }
    if (value instanceof Map<?, ?> map && map.isEmpty()) {
      return unset == null || unset instanceof Map<?, ?>;
    }
    return Objects.equals(value, unset);
  }

  /** After the engine has built its statements: adds these two to them (once, should the engine share its statements). */
  static void addStatements(ProcessEngineConfigurationImpl engine) {
    EngineStatements.add(engine, NAMESPACE, SELECT_TASKS);
  }

  /**
   * At every start: the index that lets the database read an agency's tasks in due-date order and
   * stop at the page's end (Camunda's schema has one on the creation time only). Created if missing.
   */
  static void createIndex(ProcessEngineConfigurationImpl engine) {
    String type = engine.getDatabaseType();
    if (!DbSqlSessionFactory.POSTGRES.equals(type) && !DbSqlSessionFactory.H2.equals(type)) {
      return;
    }
    EngineIndexes.create(engine, "index of due dates", new ArrayList<>(List.of(
        "create index if not exists " + DUE_DATE_INDEX + " on " + EngineIndexes.table(engine, "ACT_RU_TASK") + " (DUE_DATE_, ID_)")));
  }
}
