package uk.org.safeguarding.reviews.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.DefaultJobExecutor;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.camunda.bpm.spring.boot.starter.property.JobExecutionProperty;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import peer.StockCamundaApplication;
import uk.org.safeguarding.reviews.support.ProcessTestBase;
import uk.org.safeguarding.reviews.support.RestClient;
import uk.org.safeguarding.reviews.support.TestDatabase;

/**
 * This application beside a stock Camunda 7 Spring Boot starter ({@link StockCamundaApplication}:
 * engine and REST API, no code of ours, authorization off as it ships or on, its own embedded
 * PostgreSQL), measured in one run on the same delegate-free model: an IMR, one user task offered
 * to an agency's group. In this application the model is deployed through the engine like any
 * other, so our engine plugins and parse listeners add to it what they add to every user task;
 * that is what is measured.
 *
 * <p>In each app, {@code benchmark.peerReviews} reviews (300) each open one IMR for each of four
 * agencies; then {@code benchmark.peerClients} client threads (8) complete them all over HTTP,
 * {@code POST /engine-rest/task/{id}/complete}: in this application as the agency's demo user
 * (Basic credentials, authorization and the submission gate on); in the peer first as it ships
 * (anonymously, authorization off), then secured (authorization on, Camunda's own authentication
 * filter asking for Basic credentials, the agency's user completing). Reported: completions per
 * second of each round (median, and the range), and each completion's time (median and 95th
 * percentile). {@code benchmark.peerRounds} rounds (2) beside each peer, the apps taking turns to
 * go first, after {@code benchmark.peerWarmupReviews} (100) unmeasured reviews in each. Each
 * database's statistics are brought up to date ({@code ANALYZE}) before the clients start.
 *
 * <p>Run as the benchmark ({@link StockPeerOnPostgresqlBenchmark}); {@code mvn verify} runs it too,
 * at a few reviews and timers, in a JVM of its own (the {@code benchmark-smoke} execution in pom.xml).
 *
 * <p>Both apps run in this JVM and share its heap and the machine's cores; their job executors are
 * off. The peer's engine is named {@value #PEER_ENGINE}, so its REST API is addressed as
 * {@code /engine-rest/engine/peer/...} (Camunda's REST API finds engines by name in one registry
 * per JVM; ours is {@code default}).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "test.database=postgres")
@ActiveProfiles("test")
@Import(TestDatabase.class)
@DirtiesContext
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
abstract class StockPeerComparison extends ProcessTestBase {

  static final String PROCESS = "imr-peer";
  static final String TASK = "UserTask_Imr";
  static final String DEADLINE_PROCESS = "deadline-peer";
  static final String TIMER = "Timer_Due";
  static final String ESCALATION = "UserTask_Escalated";
  private static final int PER_TRANSACTION = 200;
  private static final String LOGGING_SYSTEM = org.springframework.boot.logging.LoggingSystem.SYSTEM_PROPERTY;
  static final String PEER_ENGINE = "peer";
  static final List<String> AGENCIES = List.of("dorset-police", "poole-council", "poole-hospital", "dorset-healthcare");

  @LocalServerPort int port;
  @Autowired ProcessEngine processEngine;
  @Autowired PlatformTransactionManager transactions;
  @Autowired CamundaBpmProperties camundaProperties;

  /** The peer, started once for this class's measurements (after the Spring test context, which is ours). */
  private static EmbeddedPostgres peerDatabase;
  private static ConfigurableApplicationContext peerContext;
  /** Whether the running peer is the secured one (authorization on, Camunda's Basic filter on its REST API). */
  private static boolean peerSecured;

  final int reviews = reviews();
  final int warmupReviews = warmupReviews();
  final int rounds = rounds();
  final int clients = Integer.getInteger("benchmark.peerClients", 8);
  /** The side-by-side tables of the last measurements, as printed. */
  static String comparisonTable;
  static String timersTable;

  int reviews() {
    return Integer.getInteger("benchmark.peerReviews", 300);
  }

  int warmupReviews() {
    return Integer.getInteger("benchmark.peerWarmupReviews", 100);
  }

  int rounds() {
    return Integer.getInteger("benchmark.peerRounds", 2);
  }

  int timers() {
    return Integer.getInteger("benchmark.timers", 10_000);
  }

  /** Open IMR tasks already in each app when its deadlines are opened and fall due: a running system's open work. */
  int timerOpenTasks() {
    return Integer.getInteger("benchmark.timerOpenTasks", 2_000);
  }
  private int opened;

  /** One app measured: its engine, how its REST API is reached, and who completes an agency's task. */
  private record App(String name, ProcessEngine engine, int port, String restBase, boolean signedIn, TransactionTemplate transaction) {}

  /** One round's completions: their times, and the round's completions per second. */
  private record Round(Samples samples, double perSecond) {}

  /** The IMR without delegates, listeners or forms: one task offered to the agency's group. */
  static BpmnModelInstance imrModel() {
    return Bpmn.createExecutableProcess(PROCESS).name("IMR (benchmark, stock model)").camundaHistoryTimeToLive(30)
        .startEvent("StartEvent_Imr")
        .userTask(TASK).name("Write the IMR").camundaCandidateGroups("${agency}")
        .endEvent("EndEvent_Imr")
        .done();
  }

  /** The same simple model with a deadline: a timer due at a set date, then a task for the agency. */
  static BpmnModelInstance deadlineModel() {
    return Bpmn.createExecutableProcess(DEADLINE_PROCESS).name("Deadline (benchmark, stock model)").camundaHistoryTimeToLive(30)
        .startEvent("StartEvent_Deadline")
        .intermediateCatchEvent(TIMER).timerWithDate("${due}")
        .userTask(ESCALATION).name("Chase the IMR").camundaCandidateGroups("${agency}")
        .endEvent("EndEvent_Deadline")
        .done();
  }

  /** The stock peer as it ships: authorization off, its REST API open. */
  private App peer() throws IOException {
    return peer(false);
  }

  /**
   * The stock peer, as it ships or secured: then authorization is on, Camunda's own authentication
   * filter asks for Basic credentials on its REST API, and each agency has a user of the agency's
   * name (password "demo") in the agency's group, so that the engine's default grants (a candidate
   * group may read and update its tasks) let them complete their IMRs. The peer is restarted on the
   * same database when the mode changes.
   */
  private App peer(boolean secured) throws IOException {
    if (peerContext != null && peerSecured != secured) {
      peerContext.close();
      peerContext = null;
    }
    if (peerContext == null) {
      boolean fresh = peerDatabase == null;
      if (fresh) {
        EmbeddedPostgres.Builder server = EmbeddedPostgres.builder().setRegisterShutdownHook(false);
        if (Boolean.getBoolean("benchmark.statements")) {
          server.setServerConfig("shared_preload_libraries", "pg_stat_statements").setServerConfig("pg_stat_statements.track", "all");
        }
        peerDatabase = server.start();
      }
      peerContext = startPeer(peerDatabase, secured);
      peerSecured = secured;
      ProcessEngine engine = peerContext.getBean(ProcessEngine.class);
      if (fresh) {
        deploy(engine);
        createAgencyUsers(engine);
      }
    }
    return new App(secured ? "stock peer, secured" : "stock peer", peerContext.getBean(ProcessEngine.class),
        ((ServletWebServerApplicationContext) peerContext).getWebServer().getPort(), "/engine-rest/engine/" + PEER_ENGINE, secured,
        new TransactionTemplate(peerContext.getBean(PlatformTransactionManager.class)));
  }

  /** For the secured peer: a user per agency, named as the agency (password "demo"), in the agency's group. */
  private static void createAgencyUsers(ProcessEngine engine) {
    org.camunda.bpm.engine.IdentityService identity = engine.getIdentityService();
    for (String agency : AGENCIES) {
      org.camunda.bpm.engine.identity.Group group = identity.newGroup("agency-" + agency);
      group.setName(agency);
      identity.saveGroup(group);
      org.camunda.bpm.engine.identity.User user = identity.newUser(agency);
      user.setPassword("demo");
      identity.saveUser(user);
      identity.createMembership(agency, "agency-" + agency);
    }
  }

  private App ours() {
    if (processEngine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(PROCESS).count() == 0) {
      deploy(processEngine);
    }
    return new App("this project", processEngine, port, "/engine-rest", true, new TransactionTemplate(transactions));
  }

  /** Both models, through the engine as the system: no user is signed in on this thread. */
  private static void deploy(ProcessEngine engine) {
    engine.getRepositoryService().createDeployment().name("benchmark-peer")
        .addModelInstance(PROCESS + ".bpmn", imrModel()).addModelInstance(DEADLINE_PROCESS + ".bpmn", deadlineModel()).deploy();
  }

  /**
   * The stock peer's side of an agency's task list ({@link TaskListScaleOnPostgresqlBenchmark} measures
   * ours with real contributions): at each of {@code benchmark.openTasks} (1,000, 3,000, 10,000) open
   * IMR tasks in one agency's group, and up to 1,000 in another agency's, the query
   * Tasklist's filter <em>My groups' tasks</em> makes (candidate groups, assigned included, by due date):
   * the first page of 15 and the count, through the peer's engine API (authorization off, as it ships).
   */
  @Test
  @Order(3)
  void peerTaskList() throws IOException {
    App peer = peer();
    BenchmarkSettings settings = BenchmarkSettings.fromSystemProperties();
    BenchmarkReport report = new BenchmarkReport("postgresql-peer-tasklist", "The stock peer's task list, PostgreSQL "
        + jdbc.queryForObject("SHOW server_version", String.class) + ", embedded", settings);
    // groups of their own: the timers' escalations left open tasks in the four agencies' groups
    String group = "agency-bcp-council";
    for (String size : System.getProperty("benchmark.openTasks", "1000,3000,10000").split(",")) {
      int openTasks = Integer.parseInt(size.trim());
      openImrs(peer, group, openTasks);
      openImrs(peer, "agency-dorset-fire", Math.min(openTasks, 1000));
      new org.springframework.jdbc.core.JdbcTemplate(((ProcessEngineConfigurationImpl) peer.engine().getProcessEngineConfiguration())
          .getDataSource()).execute("ANALYZE");
      org.camunda.bpm.engine.TaskService tasks = peer.engine().getTaskService();
      java.util.function.Supplier<Long> myGroupsTasks = () -> {
        tasks.createTaskQuery().taskCandidateGroupIn(List.of(group)).includeAssignedTasks().orderByDueDate().asc().listPage(0, 15);
        return tasks.createTaskQuery().taskCandidateGroupIn(List.of(group)).includeAssignedTasks().count();
      };
      assertThat(myGroupsTasks.get()).as("the peer's open tasks in the group").isEqualTo(openTasks);
      Samples samples = Samples.measure(settings, myGroupsTasks);
      report.add(String.format(Locale.ROOT, "%d open tasks in the agency's group", openTasks),
          "stock peer: first page of 15 and count of the agency's group's tasks (engine API, authorization off)", samples,
          openTasks + " tasks");
    }
    System.out.println(report.markdown());
    report.write();
  }

  /** Until the group has this many open IMR tasks in the app: started through the engine, {@value #PER_TRANSACTION} to a transaction. */
  private static void openImrs(App app, String group, int total) {
    org.camunda.bpm.engine.TaskService tasks = app.engine().getTaskService();
    long open;
    while ((open = tasks.createTaskQuery().taskCandidateGroup(group).count()) < total) {
      long missing = total - open;
      long first = open;
      app.transaction().executeWithoutResult(status -> {
        for (int i = 0; i < Math.min(missing, PER_TRANSACTION); i++) {
          String caseReference = "Peer list " + group + " " + (first + i);
          app.engine().getRuntimeService().startProcessInstanceByKey(PROCESS, caseReference,
              vars("agency", group, "caseReference", caseReference));
        }
      });
    }
  }

  @AfterAll
  static void stopPeer() throws IOException {
    if (peerContext != null) {
      peerContext.close();
      peerContext = null;
    }
    if (peerDatabase != null) {
      peerDatabase.close();
      peerDatabase = null;
    }
  }

  /**
   * Two comparisons, each in rounds that take turns to go first: the stock peer as it ships
   * (authorization off, anonymous) beside this project; then the stock peer secured (authorization
   * on, Camunda's Basic filter) beside this project again.
   */
  @Test
  @Order(1)
  void completions() throws IOException {
    BenchmarkReport report = new BenchmarkReport("postgresql-peer", "This project beside a stock Camunda starter, PostgreSQL "
        + jdbc.queryForObject("SHOW server_version", String.class) + ", embedded (each app its own)", BenchmarkSettings.fromSystemProperties());
    App ours = ours();
    openAndComplete(ours, warmupReviews);
    List<Round> openPeerRounds = new ArrayList<>();
    List<Round> securedPeerRounds = new ArrayList<>();
    List<Round> ourRoundsBesideOpen = new ArrayList<>();
    List<Round> ourRoundsBesideSecured = new ArrayList<>();
    for (boolean secured : List.of(false, true)) {
      App peer = peer(secured);
      openAndComplete(peer, warmupReviews);
      for (int round = 0; round < rounds; round++) {
        boolean peerFirst = round % 2 == 0;
        for (App app : peerFirst ? List.of(peer, ours) : List.of(ours, peer)) {
          Round measured = openAndComplete(app, reviews);
          (app == peer ? (secured ? securedPeerRounds : openPeerRounds) : (secured ? ourRoundsBesideSecured : ourRoundsBesideOpen))
              .add(measured);
        }
      }
    }
    completionStatements.forEach((app, table) -> report.addTable(
        "Where the database's time went in the last round of completions: " + app + " (pg_stat_statements, top 30 by total time)", table));
    report(report, openPeerRounds, ourRoundsBesideOpen, securedPeerRounds, ourRoundsBesideSecured);
  }

  /**
   * {@code benchmark.timers} (10,000) deadlines falling due at the same moment in each app, one app
   * after the other: instances waiting on a timer due at a set date are opened through the engine
   * ({@value #PER_TRANSACTION} to a transaction), the engine clock is moved past the date, and the
   * app's own job executor (off while the other measurements run, with its stock settings in both
   * apps) is started. Reported: how long after it started the last timer fired and its agency's
   * task was there, with the time half of them took (the counts are read every 250 ms).
   */
  @Test
  @Order(2)
  void timersDueAtOnce() throws IOException {
    int timers = timers();
    App ours = ours();
    App peer = "ours".equals(System.getProperty("benchmark.timerApps")) ? ours : peer();
    java.util.Date due = java.util.Date.from(START.plusDays(1).atZone(uk.org.safeguarding.reviews.calendar.Deadlines.LONDON).toInstant());
    BenchmarkReport report = new BenchmarkReport("postgresql-peer-timers", "This project beside a stock Camunda starter, PostgreSQL "
        + jdbc.queryForObject("SHOW server_version", String.class) + ", embedded (each app its own)", BenchmarkSettings.fromSystemProperties());
    StringBuilder table = new StringBuilder("| | stock peer | this project |\n| --- | ---: | ---: |\n");
    List<String[]> results = new ArrayList<>();
    List<String> opening = new ArrayList<>();
    // -Dbenchmark.timerApps=ours: only ours, to try a setting (the peer's column then repeats ours)
    boolean oursAlone = "ours".equals(System.getProperty("benchmark.timerApps"));
    List<App> apps = oursAlone ? List.of(ours) : List.of(peer, ours);
    for (App app : apps) {
      boolean openingStatements = Boolean.getBoolean("benchmark.statements") && app == ours;
      if (openingStatements) {
        jdbc.execute("CREATE EXTENSION IF NOT EXISTS pg_stat_statements");
        jdbc.queryForList("SELECT pg_stat_statements_reset()");
      }
      // a running system has open work when its deadlines fall due: open IMRs (each a task offered to an agency,
      // with its grants in ours) are there first, so that the tables the timers fill are not empty ones
      for (String agency : AGENCIES) {
        openImrs(app, "agency-" + agency, timerOpenTasks() / AGENCIES.size());
      }
      long startOpening = System.nanoTime();
      for (int opened = 0; opened < timers; opened += PER_TRANSACTION) {
        int batch = Math.min(PER_TRANSACTION, timers - opened);
        int first = opened;
        app.transaction().executeWithoutResult(status -> {
          for (int i = 0; i < batch; i++) {
            String agency = AGENCIES.get((first + i) % AGENCIES.size());
            app.engine().getRuntimeService().startProcessInstanceByKey(DEADLINE_PROCESS, "Peer deadline " + (first + i),
                vars("agency", "agency-" + agency, "caseReference", "Peer deadline " + (first + i), "due", due));
          }
        });
      }
      opening.add(String.format(Locale.ROOT, "%.1f s", (System.nanoTime() - startOpening) / 1e9));
      if (openingStatements) {
        report.addTable("Where ours' database time went while its deadlines were opened (pg_stat_statements, top 25 by total time)",
            statementsTable(25));
      }
      // statistics as a database that has been running has them (autovacuum): deadlines are opened over weeks,
      // not in the half minute before they fall due; without it, PostgreSQL planned the engine's variable look-up
      // on each timer from statistics of a table nearly empty (1.6 ms a call instead of a few hundredths)
      new org.springframework.jdbc.core.JdbcTemplate(((ProcessEngineConfigurationImpl) app.engine().getProcessEngineConfiguration())
          .getDataSource()).execute("ANALYZE");
      setNow(START.plusDays(1).plusMinutes(1));
      boolean statements = Boolean.getBoolean("benchmark.statements") && app == ours;
      if (statements) {
        jdbc.execute("CREATE EXTENSION IF NOT EXISTS pg_stat_statements");
        jdbc.queryForList("SELECT pg_stat_statements_reset()");
      }
      results.add(fire(app, timers));
      if (statements) {
        report.addTable("Where ours' database time went while the timers fired (pg_stat_statements, top 40 by total time)",
            statementsTable(40));
      }
      setNow(START);
    }
    if (oursAlone) {
      results.add(0, results.get(0));
      opening.add(0, opening.get(0));
    }
    table.append("| ").append(String.format(Locale.ROOT, "%,d", timers)).append(" timers due at once: last task created after due | ")
        .append(results.get(0)[0]).append(" | ").append(results.get(1)[0]).append(" |\n")
        .append("| half of them | ").append(results.get(0)[1]).append(" | ").append(results.get(1)[1]).append(" |\n")
        .append("| every job of theirs done (in ours, each escalation's e-mail notice too) | ").append(results.get(0)[3]).append(" | ")
        .append(results.get(1)[3]).append(" |\n")
        .append("| opening them, one thread, ").append(PER_TRANSACTION).append(" to a transaction | ").append(opening.get(0))
        .append(" | ").append(opening.get(1)).append(" |\n")
        .append("| job executor | ").append(results.get(0)[2]).append(" | ").append(results.get(1)[2]).append(" |\n");
    report.addTable(String.format(Locale.ROOT, "%,d timers due at once, the stock peer and this project (-Dbenchmark.timers=%d)", timers, timers),
        table.toString());
    timersTable = table.toString();
    System.out.println(report.markdown());
    report.write();
  }

  /** The statements that took the database's time, as a markdown table (-Dbenchmark.statements=true). */
  private String statementsTable(int top) {
    return statementsTable(jdbc, top);
  }

  /** The last round's statements of each app's completions, by the app's name (-Dbenchmark.statements=true). */
  private final java.util.Map<String, String> completionStatements = new java.util.LinkedHashMap<>();

  private static String statementsTable(org.springframework.jdbc.core.JdbcTemplate jdbc, int top) {
    StringBuilder table = new StringBuilder("| total ms | calls | rows | ms/call | statement |\n| ---: | ---: | ---: | ---: | --- |\n");
    java.util.Map<String, Object> all = jdbc.queryForMap("SELECT coalesce(sum(total_exec_time), 0) AS total, coalesce(sum(calls), 0) AS calls,"
        + " coalesce(sum(rows), 0) AS rows, count(*) AS statements FROM pg_stat_statements");
    double allTotal = ((Number) all.get("total")).doubleValue();
    long allCalls = ((Number) all.get("calls")).longValue();
    table.append(String.format(Locale.ROOT, "| %.0f | %d | %d | %.3f | *all %d statements together* |%n", allTotal, allCalls,
        ((Number) all.get("rows")).longValue(), allTotal / Math.max(1, allCalls), ((Number) all.get("statements")).longValue()));
    for (java.util.Map<String, Object> row : jdbc.queryForList("SELECT total_exec_time, calls, rows, query FROM pg_stat_statements"
        + " ORDER BY total_exec_time DESC LIMIT " + top)) {
      double total = ((Number) row.get("total_exec_time")).doubleValue();
      long calls = ((Number) row.get("calls")).longValue();
      String query = String.valueOf(row.get("query")).replaceAll("\\s+", " ").replace("|", "\\|");
      table.append(String.format(Locale.ROOT, "| %.0f | %d | %d | %.3f | %s |%n", total, calls, ((Number) row.get("rows")).longValue(),
          total / Math.max(1, calls), query.length() > 300 ? query.substring(0, 300) + "…" : query));
    }
    return table.toString();
  }

  /** Starts the app's job executor and waits until every timer of the deadline model has fired; then stops it. */
  private String[] fire(App app, int timers) {
    ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) app.engine().getProcessEngineConfiguration();
    JobExecutor jobExecutor = configuration.getJobExecutor();
    if (app.engine() == processEngine && jobExecutor instanceof DefaultJobExecutor executor) {
      // the tests turn the job executor off; ours runs here as application.yaml sets it for production
      // (-Dbenchmark.jobThreads, -Dbenchmark.jobsPerAcquisition and -Dbenchmark.jobQueue try other settings for ours alone;
      // the queue is one acquisition unless -Dbenchmark.jobQueue says otherwise)
      JobExecutionProperty production = camundaProperties.getJobExecution();
      int threads = Integer.getInteger("benchmark.jobThreads", production.getCorePoolSize());
      int perAcquisition = Integer.getInteger("benchmark.jobsPerAcquisition", production.getMaxJobsPerAcquisition());
      executor.setMaxJobsPerAcquisition(perAcquisition);
      executor.setCorePoolSize(threads);
      executor.setMaxPoolSize(Math.max(threads, Integer.getInteger("benchmark.jobThreads", production.getMaxPoolSize())));
      executor.setQueueSize(Integer.getInteger("benchmark.jobQueue",
          System.getProperty("benchmark.jobsPerAcquisition") != null ? perAcquisition : production.getQueueCapacity()));
    }
    String settings = jobExecutor instanceof DefaultJobExecutor executor
        ? String.format(Locale.ROOT, "%d jobs per acquisition, %d–%d threads, queue of %d", executor.getMaxJobsPerAcquisition(),
            executor.getCorePoolSize(), executor.getMaxPoolSize(), executor.getQueueSize())
        : String.format(Locale.ROOT, "%s, %d jobs per acquisition", jobExecutor.getClass().getSimpleName(), jobExecutor.getMaxJobsPerAcquisition());
    org.springframework.jdbc.core.JdbcTemplate jobs = new org.springframework.jdbc.core.JdbcTemplate(configuration.getDataSource());
    String jobTable = configuration.getDatabaseTablePrefix() + "ACT_RU_JOB";
    long start = System.nanoTime();
    long half = 0;
    long lastTimer = 0;
    jobExecutor.start();
    try {
      // given up after a minute and a second for every 5 timers (34 minutes for 10,000)
      long deadline = start + (60L + timers / 5) * 1_000_000_000;
      while (true) {
        // the escalations: timers still to fire; then every job of the process (in ours, each escalation's notice too);
        // one plain count of the process's jobs by type (the engine's job query counted each type with a distinct, 14 ms
        // a call at 10,000 jobs: a tenth of the database's time while the timers fired)
        java.util.Map<String, Long> jobsByType = new java.util.HashMap<>();
        jobs.query("select TYPE_, count(*) from " + jobTable + " where PROCESS_DEF_KEY_ = ? group by TYPE_",
            row -> {
              jobsByType.put(row.getString(1), row.getLong(2));
            }, DEADLINE_PROCESS);
        long timersWaiting = jobsByType.getOrDefault("timer", 0L);
        if (half == 0 && timersWaiting <= timers / 2) {
          half = System.nanoTime() - start;
        }
        if (lastTimer == 0 && timersWaiting == 0) {
          lastTimer = System.nanoTime() - start;
        }
        long waiting = jobsByType.values().stream().mapToLong(Long::longValue).sum();
        if (waiting == 0) {
          break;
        }
        if (System.nanoTime() > deadline) {
          throw new IllegalStateException(app.name() + ": " + waiting + " of " + timers + " timers still waiting after "
              + (60 + timers / 5) + " s");
        }
        // a count of the jobs left reads them all: every 250 ms, so that watching takes little of the database's time
        Thread.sleep(250);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } finally {
      jobExecutor.shutdown();
    }
    long allJobs = System.nanoTime() - start;
    assertThat(app.engine().getTaskService().createTaskQuery().processDefinitionKey(DEADLINE_PROCESS).taskDefinitionKey(ESCALATION)
        .count()).as(app.name() + ": tasks after the timers").isEqualTo(timers);
    return new String[] {String.format(Locale.ROOT, "%.1f s", lastTimer / 1e9), String.format(Locale.ROOT, "%.1f s", half / 1e9), settings,
        String.format(Locale.ROOT, "%.1f s", allJobs / 1e9)};
  }

  /**
   * Started with Spring Boot's logging system off ({@code LoggingSystem=none} while it starts): this
   * JVM's logging stays as our application and the tests set it, before and after the peer.
   */
  private static ConfigurableApplicationContext startPeer(EmbeddedPostgres database, boolean secured) {
    String loggingSystem = System.getProperty(LOGGING_SYSTEM);
    System.setProperty(LOGGING_SYSTEM, "none");
    try {
      return peerApplication(database, secured).run();
    } finally {
      if (loggingSystem == null) {
        System.clearProperty(LOGGING_SYSTEM);
      } else {
        System.setProperty(LOGGING_SYSTEM, loggingSystem);
      }
    }
  }

  private static SpringApplicationBuilder peerApplication(EmbeddedPostgres database, boolean secured) {
    return new SpringApplicationBuilder(StockCamundaApplication.class).properties(Map.ofEntries(
        Map.entry("spring.config.name", "peer"),
        Map.entry("server.port", "0"),
        Map.entry("spring.datasource.url", database.getJdbcUrl("postgres", "postgres")),
        Map.entry("spring.datasource.username", "postgres"),
        Map.entry("spring.datasource.hikari.pool-name", "peer-postgres"),
        Map.entry("spring.flyway.enabled", "false"),
        Map.entry("spring.jmx.enabled", "false"),
        Map.entry("spring.main.banner-mode", "off"),
        Map.entry("camunda.bpm.process-engine-name", PEER_ENGINE),
        Map.entry("camunda.bpm.auto-deployment-enabled", "false"),
        Map.entry("camunda.bpm.authorization.enabled", String.valueOf(secured)),
        Map.entry("peer.rest-authentication", String.valueOf(secured)),
        // the agencies' groups and users are named as in this project, with hyphens; the stock pattern takes letters and digits only
        Map.entry("camunda.bpm.generic-properties.properties.general-resource-whitelist-pattern", "[a-zA-Z0-9-]+"),
        Map.entry("camunda.bpm.job-execution.enabled", "false"),
        Map.entry("camunda.bpm.webapp.enabled", "false")));
  }

  /** Opens {@code count} reviews' IMRs, one per agency, through the engine as the system; then the clients complete them all. */
  private Round openAndComplete(App app, int count) {
    for (int review = 0; review < count; review++) {
      String caseReference = "Peer review " + (++opened);
      for (String agency : AGENCIES) {
        app.engine().getRuntimeService().startProcessInstanceByKey(PROCESS, caseReference,
            vars("agency", "agency-" + agency, "caseReference", caseReference));
      }
    }
    // statistics up to date, as autovacuum keeps them on a database that has run a while (the tables grew from empty)
    new org.springframework.jdbc.core.JdbcTemplate(((ProcessEngineConfigurationImpl) app.engine().getProcessEngineConfiguration())
        .getDataSource()).execute("ANALYZE");
    ConcurrentLinkedQueue<String[]> work = new ConcurrentLinkedQueue<>();
    List<String[]> tasks = new ArrayList<>();
    for (String agency : AGENCIES) {
      app.engine().getTaskService().createTaskQuery().processDefinitionKey(PROCESS).taskCandidateGroup("agency-" + agency)
          .list().forEach(task -> tasks.add(new String[] {task.getId(), agency}));
    }
    assertThat(tasks).as(app.name() + ": open IMRs").hasSize(count * AGENCIES.size());
    Collections.shuffle(tasks, new java.util.Random(42));
    work.addAll(tasks);
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    org.springframework.jdbc.core.JdbcTemplate database = new org.springframework.jdbc.core.JdbcTemplate(
        ((ProcessEngineConfigurationImpl) app.engine().getProcessEngineConfiguration()).getDataSource());
    boolean statements = Boolean.getBoolean("benchmark.statements");
    if (statements) {
      database.execute("CREATE EXTENSION IF NOT EXISTS pg_stat_statements");
      database.queryForList("SELECT pg_stat_statements_reset()");
    }
    try {
      long start = System.nanoTime();
      List<Future<Samples>> done = new ArrayList<>();
      for (int i = 0; i < clients; i++) {
        done.add(pool.submit(() -> {
          RestClient rest = new RestClient(app.port());
          Samples samples = new Samples();
          for (String[] task = work.poll(); task != null; task = work.poll()) {
            String taskId = task[0];
            String user = app.signedIn() ? task[1] : null;
            RestClient.Reply reply = samples.time(() -> rest.post(app.restBase() + "/task/" + taskId + "/complete", user, Map.of()));
            assertThat(reply.status()).as(app.name() + ": " + reply.text()).isEqualTo(204);
          }
          return samples;
        }));
      }
      Samples all = new Samples();
      for (Future<Samples> future : done) {
        all.addAll(future.get());
      }
      double perSecond = all.count() * 1e9 / (System.nanoTime() - start);
      if (statements) {
        // the last round's completions in each app (the opening of its instances before them not counted)
        completionStatements.put(app.name(), statementsTable(database, Integer.getInteger("benchmark.statementsShown", 30)));
      }
      assertThat(app.engine().getTaskService().createTaskQuery().processDefinitionKey(PROCESS).count()).as(app.name()).isZero();
      return new Round(all, perSecond);
    } catch (Exception e) {
      throw new IllegalStateException(app.name() + ": " + e.getMessage(), e);
    } finally {
      pool.shutdownNow();
    }
  }

  private void report(BenchmarkReport report, List<Round> openPeerRounds, List<Round> ourRoundsBesideOpen, List<Round> securedPeerRounds,
      List<Round> ourRoundsBesideSecured) {
    Samples openPeer = pooled(openPeerRounds);
    Samples securedPeer = pooled(securedPeerRounds);
    List<Round> ourRounds = new ArrayList<>(ourRoundsBesideOpen);
    ourRounds.addAll(ourRoundsBesideSecured);
    Samples ours = pooled(ourRounds);
    String section = String.format(Locale.ROOT, "Same model, one run: %d reviews × %d agencies per round, %d rounds beside each peer, %d clients"
        + " (-Dbenchmark.peerReviews=%d -Dbenchmark.peerRounds=%d -Dbenchmark.peerClients=%d -Dbenchmark.peerWarmupReviews=%d)",
        reviews, AGENCIES.size(), rounds, clients, reviews, rounds, clients, warmupReviews);
    report.add(section, "`POST /engine-rest/engine/peer/task/{id}/complete`, stock peer as it ships, anonymous (authorization off)", openPeer,
        "completions/s per round: " + perSecond(openPeerRounds));
    report.add(section, "`POST /engine-rest/engine/peer/task/{id}/complete`, stock peer secured, as the agency (authorization on, Camunda's Basic filter)",
        securedPeer, "completions/s per round: " + perSecond(securedPeerRounds));
    report.add(section, "`POST /engine-rest/task/{id}/complete`, this project, as the agency (authorization on)", ours,
        "completions/s per round: " + perSecond(ourRoundsBesideOpen) + " beside the open peer, " + perSecond(ourRoundsBesideSecured)
            + " beside the secured one");
    ProcessEngine peerEngine = peerContext.getBean(ProcessEngine.class);
    String table = "| | stock peer, authorization off | stock peer, authorization on | this project, authorization on |\n"
        + "| --- | ---: | ---: | ---: |\n"
        + String.format(Locale.ROOT, "| task completions/s, same model | %s | %s | %s |%n", rate(openPeerRounds), rate(securedPeerRounds), rate(ourRounds))
        + String.format(Locale.ROOT, "| this project's rate in the same rounds, against the peer's | %.2f× | %.2f× | |%n",
            median(ourRoundsBesideOpen) / median(openPeerRounds), median(ourRoundsBesideSecured) / median(securedPeerRounds))
        + String.format(Locale.ROOT, "| complete p50 / p95 | %.0f / %.0f ms | %.0f / %.0f ms | %.0f / %.0f ms |%n",
            openPeer.medianMillis(), openPeer.p95Millis(), securedPeer.medianMillis(), securedPeer.p95Millis(), ours.medianMillis(), ours.p95Millis())
        + "| history level | " + historyLevel(peerEngine) + " | " + historyLevel(peerEngine) + " | " + historyLevel(processEngine) + " |\n";
    report.addTable(String.format(Locale.ROOT, "The stock peer and this project, side by side (same model, %d reviews × %d agencies, %d clients)",
        reviews, AGENCIES.size(), clients), table);
    comparisonTable = table;
    System.out.println(report.markdown());
    report.write();
  }

  private static String historyLevel(ProcessEngine engine) {
    return ((org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getHistoryLevel().getName();
  }

  private static Samples pooled(List<Round> rounds) {
    Samples all = new Samples();
    rounds.forEach(round -> all.addAll(round.samples()));
    return all;
  }

  private static String perSecond(List<Round> rounds) {
    return String.join(", ", rounds.stream().map(round -> String.format(Locale.ROOT, "%.0f", round.perSecond())).toList());
  }

  /** The median round's completions per second, and the range when there are several rounds. */
  private static String rate(List<Round> rounds) {
    List<Double> sorted = rounds.stream().map(Round::perSecond).sorted().toList();
    String median = String.format(Locale.ROOT, "%.0f", median(rounds));
    return sorted.size() < 2 ? median
        : median + String.format(Locale.ROOT, " (%.0f–%.0f)", sorted.get(0), sorted.get(sorted.size() - 1));
  }

  private static double median(List<Round> rounds) {
    List<Double> sorted = rounds.stream().map(Round::perSecond).sorted().toList();
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }
}
