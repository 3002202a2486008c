package uk.org.safeguarding.reviews.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import org.apache.ibatis.scripting.defaults.DefaultParameterHandler;
import org.apache.ibatis.mapping.BoundSql;
import org.apache.ibatis.mapping.MappedStatement;
import org.apache.ibatis.session.SqlSession;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import uk.org.safeguarding.reviews.contribution.ContributionProcess;
import uk.org.safeguarding.reviews.identity.AgencyTaskList;
import uk.org.safeguarding.reviews.support.ProcessTestBase;
import uk.org.safeguarding.reviews.support.RestClient;
import uk.org.safeguarding.reviews.support.TestDatabase;

/**
 * An agency's Tasklist as its open work grows to 1,000, 3,000 and 10,000 tasks in its group
 * ({@code -Dbenchmark.openTasks}), on PostgreSQL. The open tasks are built cheaply: each is an
 * agency contribution (a briefing note) started through the engine API, many to a transaction, so
 * every task carries what a real one carries (its candidate group, the engine's grants, the
 * agency's sight of its instance, timers). Another agency holds as many again, up to
 * {@value #OTHER_AGENCYS_TASKS}, so the measured agency's rows are a part of each table, as in a
 * real partnership.
 *
 * <p>At each size: Tasklist's filter <em>My groups' tasks</em> as the agency (first page of 15 and
 * the count), {@code GET /engine-rest/task} and {@code /task/count} over HTTP, and the engine's
 * own SQL of the page and the count under {@code EXPLAIN (ANALYZE)}, written to
 * {@code target/benchmark/tasklist-plans-postgresql.md}; and the managers' deadlines view
 * ({@code GET /api/deadlines} as the business manager), which lists every open task and timer.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "test.database=postgres")
@ActiveProfiles("test")
@Import(TestDatabase.class)
@DirtiesContext
@EnabledIfSystemProperty(named = "benchmark.database", matches = ".*postgres.*")
class TaskListScaleOnPostgresqlBenchmark extends ProcessTestBase {

  private static final String AGENCY = "dorset-police";
  private static final String OTHER_AGENCY = "poole-council";
  private static final String MANAGER = "business.manager";
  private static final String CHAIR = "scr.chair";
  private static final List<String> CHAIR_GROUPS = List.of("scr-group-chair", "scr-group");
  private static final int PAGE = 15;
  private static final int PER_TRANSACTION = 200;
  private static final int OTHER_AGENCYS_TASKS = 1000;

  @LocalServerPort int port;
  @Autowired FilterService filterService;
  @Autowired PlatformTransactionManager transactions;
  @Autowired ProcessEngine processEngine;

  private final BenchmarkSettings settings = BenchmarkSettings.fromSystemProperties();
  private int opened;
  private final StringBuilder explained = new StringBuilder("# The agency's Tasklist: PostgreSQL plans\n");

  @Test
  void measure() {
    BenchmarkReport report = new BenchmarkReport("postgresql-tasklist", "PostgreSQL "
        + jdbc.queryForObject("SHOW server_version", String.class) + ", embedded", settings);
    RestClient rest = new RestClient(port);
    String myGroupsTasks = filterService.createFilterQuery().filterName("My groups' tasks").singleResult().getId();
    String allTasks = filterService.createFilterQuery().filterName("All tasks").singleResult().getId();
    for (int openTasks : openTaskSizes()) {
      openContributions(AGENCY, openTasks);
      openContributions(OTHER_AGENCY, Math.min(openTasks, OTHER_AGENCYS_TASKS));
      jdbc.execute("ANALYZE");
      long visible = as(AGENCY, List.of("agency-" + AGENCY), () -> filterService.count(myGroupsTasks));
      assertThat(visible).isEqualTo(openTasks);
      String section = String.format(Locale.ROOT, "%d open tasks in the agency's group (%d open tasks, %d authorizations)",
          openTasks, taskService.createTaskQuery().count(), jdbc.queryForObject("select count(*) from act_ru_authorization", Long.class));
      report.add(section, "Tasklist filter *My groups' tasks* as " + AGENCY + ": first page of " + PAGE + " and count (engine API)",
          Samples.measure(settings, () -> tasklist(myGroupsTasks)), visible + " tasks");
      String firstPage = "/engine-rest/task?candidateGroups=agency-" + AGENCY + "&sortBy=dueDate&sortOrder=asc&firstResult=0&maxResults=" + PAGE;
      String count = "/engine-rest/task/count?candidateGroups=agency-" + AGENCY;
      report.add(section, "`GET " + firstPage + "` and `GET " + count + "` as " + AGENCY + " (HTTP)",
          Samples.measure(settings, () -> {
            ok(rest.get(firstPage, AGENCY));
            return ok(rest.get(count, AGENCY));
          }), "");
      // the partnership's view: a chair's Tasklist filter of every task it may read (every agency's work of the reviews)
      long allVisible = as(CHAIR, CHAIR_GROUPS, () -> filterService.count(allTasks));
      assertThat(allVisible).as("the chair reads every agency's tasks").isGreaterThanOrEqualTo(openTasks);
      report.add(section, "Tasklist filter *All tasks* as " + CHAIR + ": first page of " + PAGE + " and count (engine API)",
          Samples.measure(settings, () -> as(CHAIR, CHAIR_GROUPS, () -> {
            filterService.listPage(allTasks, taskService.createTaskQuery(), 0, PAGE);
            return filterService.count(allTasks);
          })), allVisible + " tasks");
      // the managers' deadlines view (Cockpit's start page, the board's printable summary): every open deadline
      int deadlinesListed = ok(rest.get("/api/deadlines", MANAGER)).body().size();
      assertThat(deadlinesListed).as("every open contribution's task and timers").isGreaterThan(openTasks);
      report.add(section, "`GET /api/deadlines` as " + MANAGER + ": every open deadline, most urgent first (the deadlines view in Cockpit)",
          Samples.measure(fewerCalls(), () -> ok(rest.get("/api/deadlines", MANAGER))), deadlinesListed + " deadlines");
      String plans = explain() + "-- indexes\n" + String.join("\n", jdbc.queryForList(
          "select indexdef from pg_indexes where tablename in ('act_ru_task', 'act_ru_authorization') order by 1", String.class)) + "\n";
      System.out.println(plans);
      explained.append("\n## ").append(section).append("\n\n```\n").append(plans).append("```\n");
    }
    System.out.println(report.markdown());
    report.write();
    try {
      java.nio.file.Files.writeString(BenchmarkReport.DIRECTORY.resolve("tasklist-plans-postgresql.md"), explained);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** The deadlines view reads every open deadline: fewer calls than a page of Tasklist. */
  private BenchmarkSettings fewerCalls() {
    return new BenchmarkSettings(settings.cases(), 1, settings.warmupCases(), settings.openCases(), Math.min(settings.calls(), 5),
        Math.min(settings.warmupCalls(), 3), settings.registerEntries());
  }

  private Object tasklist(String filter) {
    return as(AGENCY, List.of("agency-" + AGENCY), () -> {
      filterService.listPage(filter, taskService.createTaskQuery(), 0, PAGE);
      return filterService.count(filter);
    });
  }

  private List<Integer> openTaskSizes() {
    List<Integer> sizes = new ArrayList<>();
    for (String size : System.getProperty("benchmark.openTasks", "1000,3000,10000").split(",")) {
      sizes.add(Integer.valueOf(size.trim()));
    }
    return sizes;
  }

  /** Until the agency has this many open contributions: started through the engine API, {@value #PER_TRANSACTION} to a transaction. */
  private void openContributions(String agency, int total) {
    TransactionTemplate transaction = new TransactionTemplate(transactions);
    while (openTasksOf(agency) < total) {
      long missing = total - openTasksOf(agency);
      transaction.executeWithoutResult(status -> {
        for (int i = 0; i < Math.min(missing, PER_TRANSACTION); i++) {
          String caseReference = "Child Scale " + (++opened);
          runtimeService.startProcessInstanceByKey(ContributionProcess.KEY, caseReference, vars(
              "caseReference", caseReference, "agency", agency, "contributionType", ContributionProcess.TYPE_BRIEFING_NOTE,
              "contributionDueDate", deadlines.today().plusDays(20).toString()));
        }
      });
    }
  }

  private long openTasksOf(String agency) {
    return taskService.createTaskQuery().taskCandidateGroup("agency-" + agency).count();
  }

  /**
   * The engine's own SQL of the agency's Tasklist page and count, with its parameters, as the engine
   * builds it for the signed-in agency (authorization and tenant checks included), and the SQL the
   * agency's Tasklist is read with instead ({@link AgencyTaskList}), each run under
   * {@code EXPLAIN (ANALYZE, BUFFERS)}.
   */
  private String explain() {
    ProcessEngineConfigurationImpl engine = (ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration();
    StringBuilder plans = new StringBuilder();
    // the engine's own statements (before), then those the agency's Tasklist is read with (AgencyTaskList: after)
    for (String statement : List.of(AgencyTaskList.ENGINE_SELECT_TASKS, AgencyTaskList.ENGINE_SELECT_COUNT, AgencyTaskList.SELECT_TASKS,
        AgencyTaskList.SELECT_COUNT)) {
      plans.append(as(AGENCY, List.of("agency-" + AGENCY), () -> engine.getCommandExecutorTxRequired().execute((Command<String>) context -> {
        TaskQueryImpl query = (TaskQueryImpl) taskService.createTaskQuery().taskCandidateGroupIn(List.of("agency-" + AGENCY))
            .includeAssignedTasks().orderByDueDate().asc();
        context.getAuthorizationManager().configureTaskQuery(query);
        context.getTenantManager().configureQuery(query);
        query.setDatabaseType(engine.getDatabaseType());
        query.setFirstResult(0);
        query.setMaxResults(PAGE);
        SqlSession session = context.getDbSqlSession().getSqlSession();
        MappedStatement mapped = session.getConfiguration().getMappedStatement(statement);
        BoundSql bound = mapped.getBoundSql(query);
        StringBuilder plan = new StringBuilder("-- ").append(statement).append('\n');
        try (PreparedStatement explain = session.getConnection().prepareStatement("EXPLAIN (ANALYZE, BUFFERS) " + bound.getSql())) {
          new DefaultParameterHandler(mapped, query, bound).setParameters(explain);
          try (ResultSet lines = explain.executeQuery()) {
            while (lines.next()) {
              plan.append(lines.getString(1)).append('\n');
            }
          }
        } catch (SQLException e) {
          throw new IllegalStateException(e);
        }
        return plan.toString();
      })));
    }
    return plans.toString();
  }


  private static RestClient.Reply ok(RestClient.Reply reply) {
    assertThat(reply.status()).as(reply.text()).isEqualTo(200);
    return reply;
  }
}
