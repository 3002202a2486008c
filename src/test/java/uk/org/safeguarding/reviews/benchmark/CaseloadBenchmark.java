package uk.org.safeguarding.reviews.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.org.safeguarding.reviews.contribution.ContributionProcess.TIMER_CONTRIBUTION_REMINDER;
import static uk.org.safeguarding.reviews.referral.ReferralProcess.DECISION_INITIATE;
import static uk.org.safeguarding.reviews.referral.ReferralProcess.TASK_DECIDE_SCR;
import static uk.org.safeguarding.reviews.referral.ReferralProcess.TASK_RECOMMEND_OUTCOME;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.AcquireJobsCmd;
import org.camunda.bpm.engine.impl.jobexecutor.AcquiredJobs;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

import uk.org.safeguarding.reviews.calendar.Deadlines;
import uk.org.safeguarding.reviews.identity.Groups;
import uk.org.safeguarding.reviews.referral.ReferralProcess;
import uk.org.safeguarding.reviews.review.ReviewProcess;
import uk.org.safeguarding.reviews.support.CaseSteps;
import uk.org.safeguarding.reviews.support.RestClient;
import uk.org.safeguarding.reviews.support.TestDatabase;

/**
 * What the partnership's users would feel as cases pile up, measured on the whole application
 * (engine, database, HTTP server, authorization on, job executor off) exactly as the tests run it:
 * <ol>
 *   <li>whole cases driven one after another, referral to an SCR whose three IMRs are accepted:
 *       cases per second, and the time of each task completion;</li>
 *   <li>with more and more cases open, an agency's and the SCR group chair's Tasklist (its filter
 *       <em>My groups' tasks</em>, as the signed-in user, and {@code GET /engine-rest/task} over
 *       HTTP), and {@code GET /api/register};</li>
 *   <li>every open IMR's reminder falling due at once: timer jobs acquired and executed as the job
 *       executor would;</li>
 *   <li>the register grown to {@code benchmark.registerEntries} entries (100,000; ten years of LADO
 *       referrals and reviews), each with milestones and a clock: its pages, filtered and sorted,
 *       and the annual report.</li>
 * </ol>
 * Each is warmed up, then measured over several rounds; the report gives median and 95th percentile.
 * Nothing here asserts a time: the figures are for people to read (README, <em>Performance</em>).
 *
 * <p>A plain harness rather than JMH: what is measured is one Spring application whose state grows
 * as cases open, driven through the same steps as the process tests. JMH's forked, repeatable
 * micro-benchmarks of a method fit that badly, and would need the application started by hand.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(TestDatabase.class)
@DirtiesContext
abstract class CaseloadBenchmark extends CaseSteps {

  private static final List<String> AGENCIES = List.of("dorset-police", "poole-council", "poole-hospital");
  private static final String AGENCY_USER = "dorset-police";
  private static final List<String> AGENCY_GROUPS = List.of("agency-dorset-police");
  private static final String CHAIR = "scr.chair";
  private static final List<String> CHAIR_GROUPS = List.of(Groups.SCR_GROUP_CHAIR, Groups.SCR_GROUP);
  /** Tasklist's page. */
  private static final int PAGE = 15;

  @LocalServerPort int port;
  @Autowired FilterService filterService;
  @Autowired ProcessEngine processEngine;

  private final BenchmarkSettings settings = BenchmarkSettings.fromSystemProperties();
  /** While whole cases are measured: the time of each step, by task definition key, in the order first met. */
  private Map<String, Samples> steps;

  /** A short name for the results' file names. */
  protected abstract String databaseId();

  /** The database, as the report's heading names it. */
  protected String database() {
    return jdbc.execute((ConnectionCallback<String>) connection ->
        connection.getMetaData().getDatabaseProductName() + " " + connection.getMetaData().getDatabaseProductVersion());
  }

  @Test
  void measure() {
    BenchmarkReport report = new BenchmarkReport(databaseId(), database(), settings);
    driveWholeCases(report);
    RestClient rest = new RestClient(port);
    for (int openCases : settings.openCases()) {
      while (openCases() < openCases) {
        scrWithImrsCommissioned(newCase("Child O"));
      }
      measureTasklistAndRegister(report, rest);
    }
    executeDueReminders(report);
    measureRegisterAtScale(report, rest);
    System.out.println(report.markdown());
    report.write();
  }

  /** Throughput: whole cases one after another; each task completion timed on its own (see {@link #complete}). */
  private void driveWholeCases(BenchmarkReport report) {
    for (int i = 0; i < settings.warmupCases(); i++) {
      wholeCase();
    }
    steps = new LinkedHashMap<>();
    Samples perCase = new Samples();
    List<String> casesPerSecond = new ArrayList<>();
    for (int round = 0; round < settings.rounds(); round++) {
      long start = System.nanoTime();
      for (int i = 0; i < settings.cases(); i++) {
        perCase.time(() -> wholeCase());
      }
      casesPerSecond.add(String.format(Locale.ROOT, "%.1f", settings.cases() * 1e9 / (System.nanoTime() - start)));
    }
    String section = "Whole cases, one after another: referral, 3 briefing notes, SCR initiated, 3 IMRs submitted,"
        + " signed off and accepted (engine API, as the process tests drive them)";
    report.add(section, "one whole case: 1 start, 17 task completions and the queries finding each task", perCase,
        "cases/s per round: " + String.join(", ", casesPerSecond));
    Samples completions = new Samples();
    steps.forEach((step, samples) -> {
      if (step.startsWith("complete")) {
        completions.addAll(samples);
      }
    });
    report.add(section, "any task completion", completions, "");
    steps.forEach((step, samples) -> report.add(section, step, samples, ""));
    steps = null;
  }

  private ProcessInstance wholeCase() {
    ProcessInstance review = scrWithImrsCommissioned(newCase("Child B"));
    for (String agency : AGENCIES) {
      deliverAndAcceptImr(review, agency);
    }
    return review;
  }

  /** A referral of three agencies' case, briefed, recommended and initiated as an SCR with IMRs commissioned. */
  private ProcessInstance scrWithImrsCommissioned(String caseReference) {
    long start = System.nanoTime();
    ProcessInstance referral = refer(caseReference, false, AGENCIES.toArray(String[]::new));
    record("start " + ReferralProcess.KEY, System.nanoTime() - start);
    triageAndBrief(referral, AGENCIES.toArray(String[]::new));
    complete(referral, TASK_RECOMMEND_OUTCOME, scrRecommendation());
    complete(referral, TASK_DECIDE_SCR, vars("scrDecision", DECISION_INITIATE, "decisionReasons", "The criteria are met"));
    ProcessInstance review = processOfCase(ReviewProcess.KEY, caseReference);
    commissionImrs(review, AGENCIES);
    return review;
  }

  @Override
  protected void complete(Task task, Map<String, Object> variables) {
    long start = System.nanoTime();
    super.complete(task, variables);
    record("complete " + task.getTaskDefinitionKey(), System.nanoTime() - start);
  }

  private void record(String step, long nanos) {
    if (steps != null) {
      steps.computeIfAbsent(step, key -> new Samples()).add(nanos);
    }
  }

  private long openCases() {
    return runtimeService.createProcessInstanceQuery().processDefinitionKey(ReviewProcess.KEY).count();
  }

  /**
   * An agency's and the SCR group chair's Tasklist, and the register, as the signed-in user sees
   * them; with the database's statistics up to date, as a database that has run a while has them
   * (PostgreSQL's autovacuum), since the cases were opened in a minute or two.
   */
  private void measureTasklistAndRegister(BenchmarkReport report, RestClient rest) {
    jdbc.execute("ANALYZE");
    String section = String.format(Locale.ROOT, "%d open cases (%d open tasks, %d authorizations): Tasklist and the register",
        openCases(), taskService.createTaskQuery().count(), count("act_ru_authorization"));
    String myGroupsTasks = filterService.createFilterQuery().filterName("My groups' tasks").singleResult().getId();
    for (Map.Entry<String, List<String>> user : List.of(Map.entry(AGENCY_USER, AGENCY_GROUPS), Map.entry(CHAIR, CHAIR_GROUPS))) {
      String userId = user.getKey();
      List<String> groups = user.getValue();
      Samples tasklist = Samples.measure(settings, () -> as(userId, groups, () -> {
        filterService.listPage(myGroupsTasks, taskService.createTaskQuery().orderByTaskCreateTime().desc(), 0, PAGE);
        return filterService.count(myGroupsTasks);
      }));
      long visible = as(userId, groups, () -> filterService.count(myGroupsTasks));
      report.add(section, "Tasklist filter *My groups' tasks* as " + userId + ": first page of " + PAGE + " and count (engine API)",
          tasklist, visible + " tasks");
      String firstPage = "/engine-rest/task?candidateGroups=" + String.join(",", groups)
          + "&unassigned=true&sortBy=created&sortOrder=desc&firstResult=0&maxResults=" + PAGE;
      report.add(section, "`GET " + firstPage + "` as " + userId + " (HTTP)", Samples.measure(settings, () -> ok(rest.get(firstPage, userId))), "");
    }
    RestClient.Reply register = ok(rest.get("/api/register", CHAIR));
    report.add(section, "`GET /api/register` as " + CHAIR + " (HTTP)", Samples.measure(settings, () -> ok(rest.get("/api/register", CHAIR))),
        register.body().size() + " entries, " + register.text().length() / 1024 + " kB");
  }


  private static RestClient.Reply ok(RestClient.Reply reply) {
    assertThat(reply.status()).as(reply.text()).isEqualTo(200);
    return reply;
  }

  private long count(String table) {
    return jdbc.queryForObject("select count(*) from " + table, Long.class);
  }

  /**
   * The day every open IMR's reminder falls due (the cases were opened on the same day): the jobs
   * are acquired (as many at a time as the job executor takes) and executed one by one, as the job
   * executor would, through the engine's own command for acquisition.
   */
  private void executeDueReminders(BenchmarkReport report) {
    Job first = managementService.createJobQuery().activityId(TIMER_CONTRIBUTION_REMINDER).timers()
        .orderByJobDuedate().asc().listPage(0, 1).get(0);
    setNow(LocalDateTime.ofInstant(first.getDuedate().toInstant(), Deadlines.LONDON));
    long due = managementService.createJobQuery().activityId(TIMER_CONTRIBUTION_REMINDER).executable().count();
    ProcessEngineConfigurationImpl engine = (ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration();
    Samples acquisitions = new Samples();
    Samples executions = new Samples();
    int executed = 0;
    long start = System.nanoTime();
    while (true) {
      long acquiring = System.nanoTime();
      AcquiredJobs acquired = engine.getCommandExecutorTxRequired().execute(new AcquireJobsCmd(engine.getJobExecutor()));
      if (acquired.size() == 0) {
        break;
      }
      if (executed >= settings.warmupCalls()) {
        acquisitions.add(System.nanoTime() - acquiring);
      }
      for (List<String> batch : acquired.getJobIdBatches()) {
        for (String jobId : batch) {
          long executing = System.nanoTime();
          managementService.executeJob(jobId);
          if (executed++ >= settings.warmupCalls()) {
            executions.add(System.nanoTime() - executing);
          }
        }
      }
    }
    double jobsPerSecond = executed * 1e9 / (System.nanoTime() - start);
    String section = due + " deadlines due at once: every open IMR's reminder, acquired and executed as the job executor would (one thread)";
    report.add(section, "acquire up to " + engine.getJobExecutor().getMaxJobsPerAcquisition() + " due jobs", acquisitions, "");
    report.add(section, "execute one reminder (milestone on the register)", executions,
        String.format(Locale.ROOT, "%d jobs executed (with any other due), %.1f jobs/s", executed, jobsPerSecond));
  }

  /**
   * The register at scale: filled up to {@code benchmark.registerEntries} entries by plain inserts
   * (types, agencies and dates spread over ten years; each with two milestones and a clock, one in
   * five of the clocks missed), then its first page, a filtered and sorted page, a deep page, the
   * largest page, one case, and the annual report, over HTTP.
   */
  private void measureRegisterAtScale(BenchmarkReport report, RestClient rest) {
    int target = settings.registerEntries();
    long existing = count("register_entry");
    String[] types = {"rapid-review", "serious-case-review", "local-cspr", "case-audit", "local-learning-review", "referral"};
    String[] agencies = {"dorset-police", "poole-council", "poole-hospital", "dorset-healthcare"};
    java.time.LocalDate first = java.time.LocalDate.of(2016, 4, 1);
    List<Object[]> batch = new ArrayList<>();
    for (long i = existing; i < target; i++) {
      java.time.LocalDate opened = first.plusDays(i % 3650);
      batch.add(new Object[] {"Bench " + i, types[(int) (i % types.length)], i % 7 == 0 ? "open" : "closed",
          "bench-" + i, "Benchmark case " + i, agencies[(int) (i % agencies.length)], opened,
          opened.plusMonths(6), i % 7 == 0 ? null : opened.plusMonths(8)});
      if (batch.size() == 5000 || i == target - 1) {
        jdbc.batchUpdate("INSERT INTO register_entry (case_reference, entry_type, status, process_instance_id, summary,"
            + " referring_agency, opened_on, due_on, closed_on) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", batch);
        batch.clear();
      }
    }
    jdbc.update("INSERT INTO register_milestone (register_entry, register_entry_key, milestone, description, reached_on)"
        + " SELECT id, 0, 'opened', 'Opened', opened_on FROM register_entry WHERE process_instance_id LIKE 'bench-%'");
    jdbc.update("INSERT INTO register_milestone (register_entry, register_entry_key, milestone, description, reached_on)"
        + " SELECT id, 1, 'concluded', 'Concluded', due_on FROM register_entry WHERE process_instance_id LIKE 'bench-%'");
    jdbc.update("INSERT INTO register_clock (register_entry, register_entry_key, clock, description, anchor_on, due_on, done_on)"
        + " SELECT id, 0, 'bench-clock', 'Done within 6 months', opened_on, due_on,"
        + " CASE WHEN MOD(id, 5) = 0 THEN closed_on ELSE due_on END FROM register_entry WHERE process_instance_id LIKE 'bench-%'");
    jdbc.execute("ANALYZE");
    String section = String.format(Locale.ROOT, "The register at %,d entries (each with 2 milestones and a clock)",
        count("register_entry"));
    for (String path : List.of("/api/register", "/api/register?type=rapid-review&status=open&sort=dueOn,desc",
        "/api/register?agency=poole-council&from=2020-04-01&to=2021-03-31&sort=openedOn",
        "/api/register?overdue=true", "/api/register?page=1500&size=50", "/api/register?size=500",
        "/api/register/" + RestClient.encode("Bench 4242"))) {
      RestClient.Reply reply = ok(rest.get(path, CHAIR));
      report.add(section, "`GET " + path + "` as " + CHAIR + " (HTTP)", Samples.measure(settings, () -> ok(rest.get(path, CHAIR))),
          reply.body().size() + " entries" + (reply.header("X-Total-Count") == null ? "" : " of " + reply.header("X-Total-Count"))
              + ", " + reply.text().length() / 1024 + " kB");
    }
    String annual = "/api/reports/annual?year=2020";
    report.add(section, "`GET " + annual + "` as board.chair (HTTP)", Samples.measure(settings, () -> ok(rest.get(annual, "board.chair"))), "");
  }
}
