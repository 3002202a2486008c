package uk.org.safeguarding.reviews.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.org.safeguarding.reviews.contribution.ContributionProcess.TIMER_CONTRIBUTION_OVERDUE;
import static uk.org.safeguarding.reviews.referral.ReferralProcess.DECISION_INITIATE;
import static uk.org.safeguarding.reviews.referral.ReferralProcess.RECOMMEND_NO_FURTHER_ACTION;
import static uk.org.safeguarding.reviews.referral.ReferralProcess.TASK_DECIDE_SCR;
import static uk.org.safeguarding.reviews.referral.ReferralProcess.TASK_RECOMMEND_OUTCOME;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.function.LongSupplier;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.batch.Batch;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.management.Metrics;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import uk.org.safeguarding.reviews.calendar.Deadlines;
import uk.org.safeguarding.reviews.review.ReviewProcess;
import uk.org.safeguarding.reviews.support.CaseSteps;
import uk.org.safeguarding.reviews.support.ProcessTest;

/**
 * A case's history is dated for removal as it is written, 20 years (7,300 days) from the start of the
 * process it belongs to (the referral, the review), in every history table, while the case is still
 * open; the engine's clean-up removes all of it at that date; history with no date (written before
 * history was dated from a process's start) is given it at start-up ({@link HistoryRemovalTimes}).
 */
@ProcessTest
class HistoryRemovalTimesProcessTest extends CaseSteps {

  /** Every table of the engine's history that carries a removal time, and the grants on history. */
  private static final List<String> HISTORY_TABLES = List.of("ACT_HI_PROCINST", "ACT_HI_ACTINST", "ACT_HI_TASKINST",
      "ACT_HI_VARINST", "ACT_HI_DETAIL", "ACT_HI_IDENTITYLINK", "ACT_HI_OP_LOG", "ACT_HI_JOB_LOG", "ACT_HI_INCIDENT",
      "ACT_HI_COMMENT", "ACT_HI_ATTACHMENT", "ACT_HI_EXT_TASK_LOG", "ACT_GE_BYTEARRAY", "ACT_HI_DECINST", "ACT_RU_AUTHORIZATION");
  private static final String[] AGENCIES = {"dorset-police", "poole-council"};

  /** The day of {@code START}, give or take a day. */
  private static final Date AROUND_START_FROM = Date.from(START.minusDays(1).atZone(Deadlines.LONDON).toInstant());
  private static final Date AROUND_START_TO = Date.from(START.plusDays(1).atZone(Deadlines.LONDON).toInstant());

  @Autowired private HistoryRemovalTimes removalTimes;
  @Autowired private ProcessEngine engine;

  @Test
  void everyRowOfAnOpenCasesHistoryIsDatedForRemovalTwentyYearsFromItsReferral() {
    List<String> rows = removalDates(scrWithAnImrOverdue(newCase("Child R")));
    assertThat(rows).as("the referral, its briefing notes, the review, its IMRs, a deadline missed, a comment")
        .hasSizeGreaterThan(100)
        .allSatisfy(row -> assertThat(row).endsWith(": " + START.toLocalDate().plusDays(7300)));
    assertThat(rows).anySatisfy(row -> assertThat(row).startsWith("ACT_HI_VARINST referredBy"))
        .anySatisfy(row -> assertThat(row).startsWith("ACT_HI_JOB_LOG"))
        .anySatisfy(row -> assertThat(row).startsWith("ACT_HI_COMMENT"))
        .anySatisfy(row -> assertThat(row).startsWith("ACT_RU_AUTHORIZATION"));
  }

  @Test
  void aClosedReferralsHistoryGoesAtItsDateWithNothingLeftBehind() {
    ProcessInstance referral = refer(newCase("Child T"), false, AGENCIES);
    triageAndBrief(referral, AGENCIES);
    complete(referral, TASK_RECOMMEND_OUTCOME, vars("recommendation", RECOMMEND_NO_FURTHER_ACTION,
        "recommendationReasons", "Single-agency learning only"));
    assertThat(isEnded(referral)).isTrue();
    List<String> caseProcesses = List.of(referral.getId());

    setNow(START.plusDays(7299));
    cleanUpHistory();
    assertThat(removalDates(caseProcesses)).as("a day before its date").hasSizeGreaterThan(50);

    setNow(START.plusDays(7301));
    cleanUpHistory();
    assertThat(removalDates(caseProcesses)).as("a day after its date, in any history table").isEmpty();
  }

  @Test
  void aCaseStartedBeforeHistoryWasDatedFromItsStartIsDatedAtStartUp() {
    List<String> caseProcesses = scrWithAnImrOverdue(newCase("Child S"));
    for (String table : HISTORY_TABLES) {
      for (String root : caseProcesses) {
        jdbc.update("update " + table + " set REMOVAL_TIME_ = null where ROOT_PROC_INST_ID_ = ?", root);
      }
    }
    assertThat(removalDates(caseProcesses)).allSatisfy(row -> assertThat(row).endsWith(": none"));

    assertThat(removalTimes.dateUndatedHistory(engine)).containsAll(caseProcesses);
    assertThat(removalTimes.dateUndatedHistory(engine)).as("a second start while the batch is still to run")
        .isEmpty();
    assertThat(managementService.createBatchQuery().type(Batch.TYPE_PROCESS_SET_REMOVAL_TIME).count()).isEqualTo(1);

    runBatches();
    assertThat(removalDates(caseProcesses)).allSatisfy(row -> assertThat(row).endsWith(": " + START.toLocalDate().plusDays(7300)));
    assertThat(removalTimes.dateUndatedHistory(engine)).doesNotContainAnyElementsOf(caseProcesses);
  }

  @Test
  void anEngineBatchsRecordGoesThirtyDaysAfterItRanAndTheTaskWorkerCountAfterTwoYears() {
    String caseReference = newCase("Child U");
    List<String> caseProcesses = scrWithAnImrOverdue(caseReference);
    for (String root : caseProcesses) {
      jdbc.update("update ACT_HI_PROCINST set REMOVAL_TIME_ = null where ROOT_PROC_INST_ID_ = ?", root);
    }
    assertThat(removalTimes.dateUndatedHistory(engine)).containsAll(caseProcesses);
    String batch = managementService.createBatchQuery().type(Batch.TYPE_PROCESS_SET_REMOVAL_TIME).singleResult().getId();
    runBatches();
    Task task = taskService.createTaskQuery().processInstanceBusinessKey(caseReference).list().get(0);
    taskService.claim(task.getId(), "scr.chair");
    Date from = Date.from(START.minusDays(1).atZone(Deadlines.LONDON).toInstant());
    Date to = Date.from(START.plusDays(1).atZone(Deadlines.LONDON).toInstant());
    assertThat(managementService.getUniqueTaskWorkerCount(from, to)).as("a task worker counted").isPositive();

    setNow(START.plusDays(29));
    cleanUpHistory();
    assertThat(historyService.createHistoricBatchQuery().batchId(batch).count()).as("29 days after it ran").isOne();
    assertThat(jdbc.queryForObject("select count(*) from ACT_HI_JOB_LOG where JOB_DEF_CONFIGURATION_ = ? and JOB_STATE_ <> 2",
        Long.class, batch)).as("its jobs' log").isPositive();

    setNow(START.plusDays(31));
    cleanUpHistory();
    assertThat(historyService.createHistoricBatchQuery().batchId(batch).count()).as("31 days after it ran").isZero();
    // of its jobs' log, the engine leaves the two entries that its seed and monitor jobs were deleted, with no
    // removal time (Camunda 7.24): two small rows a batch, and a batch runs at an upgrade's first start
    assertThat(jdbc.queryForList("select JOB_DEF_TYPE_, JOB_STATE_ from ACT_HI_JOB_LOG where JOB_DEF_CONFIGURATION_ = ?"
        + " and JOB_STATE_ <> 2", batch)).as("its jobs' log").isEmpty();
    assertThat(removalDates(caseProcesses)).as("the case's own history stays").hasSizeGreaterThan(100);
    assertThat(managementService.getUniqueTaskWorkerCount(from, to)).as("the task worker count stays").isPositive();

    setNow(START.plusDays(731));
    cleanUpHistory();
    assertThat(managementService.getUniqueTaskWorkerCount(from, to)).as("two years on").isZero();
  }

  @Test
  void theCleanUpJobsOwnLogGoesThirtyDaysAfterItRan() {
    cleanUpHistory();
    keptThenRemoved("the clean-up job's log of the night it ran", () -> cleanUpJobLogged(AROUND_START_FROM, AROUND_START_TO), 29, 31);
  }

  /** The clean-up job's log entries written between the two times (its job stays, rescheduled night after night). */
  private long cleanUpJobLogged(Date from, Date to) {
    return historyService.findHistoryCleanupJobs().stream()
        .flatMap(job -> historyService.createHistoricJobLogQuery().jobId(job.getId()).list().stream())
        .filter(log -> !log.getTimestamp().before(from) && !log.getTimestamp().after(to)).count();
  }

  @Test
  void theExecutionMetricsGoWithTheTaskWorkerCountAfterTwoYears() {
    String caseReference = newCase("Child V");
    scrWithAnImrOverdue(caseReference);
    ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getDbMetricsReporter().reportNow();
    keptThenRemoved("Admin's execution metrics: activities run on the case's day",
        () -> activitiesRun(AROUND_START_FROM, AROUND_START_TO), 729, 731);
    assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceBusinessKey(caseReference).count())
        .as("the case's own history stays (20 years)").isPositive();
  }

  /**
   * What is counted is there now and still after the engine's clean-up on the last day it is kept, and gone
   * after the clean-up on the day it is due (days after {@code START}).
   */
  private void keptThenRemoved(String what, LongSupplier count, int lastDayKept, int firstDayGone) {
    assertThat(count.getAsLong()).as(what).isPositive();
    setNow(START.plusDays(lastDayKept));
    cleanUpHistory();
    assertThat(count.getAsLong()).as("%s, %d days on", what, lastDayKept).isPositive();
    setNow(START.plusDays(firstDayGone));
    cleanUpHistory();
    assertThat(count.getAsLong()).as("%s, %d days on", what, firstDayGone).isZero();
  }

  private long activitiesRun(Date from, Date to) {
    return managementService.createMetricsQuery().name(Metrics.ACTIVTY_INSTANCE_START).startDate(from).endDate(to).sum();
  }

  /**
   * Referred, briefed, initiated as an SCR with IMRs commissioned; one IMR overdue, a comment on another.
   * The case's processes started on their own: the referral (which calls the briefing notes) and the review
   * (which calls the IMRs), each dated from its own start.
   */
  private List<String> scrWithAnImrOverdue(String caseReference) {
    ProcessInstance referral = refer(caseReference, false, AGENCIES);
    triageAndBrief(referral, AGENCIES);
    complete(referral, TASK_RECOMMEND_OUTCOME, scrRecommendation());
    complete(referral, TASK_DECIDE_SCR, vars("scrDecision", DECISION_INITIATE, "decisionReasons", "The criteria are met"));
    ProcessInstance review = processOfCase(ReviewProcess.KEY, caseReference);
    commissionImrs(review, List.of(AGENCIES));
    fireTimer(contributionOf(review, AGENCIES[0]), TIMER_CONTRIBUTION_OVERDUE);
    ProcessInstance other = contributionOf(review, AGENCIES[1]);
    taskService.createComment(taskService.createTaskQuery().processInstanceId(other.getId()).singleResult().getId(),
        other.getId(), "Chronology attached to the e-mail of 3 Nov");
    return List.of(referral.getId(), review.getId());
  }

  /** Each history row of the case, as "table name: London date of its removal time" ("none" where it has none). */
  private List<String> removalDates(List<String> caseProcesses) {
    List<String> rows = new ArrayList<>();
    for (String table : HISTORY_TABLES) {
      String name = switch (table) {
        case "ACT_HI_VARINST", "ACT_HI_DETAIL" -> "NAME_";
        default -> "''";
      };
      for (String root : caseProcesses) {
        rows.addAll(jdbc.query("select " + name + ", REMOVAL_TIME_ from " + table + " where ROOT_PROC_INST_ID_ = ?",
            (row, n) -> (table + " " + row.getString(1)).trim() + ": " + londonDate(row.getTimestamp(2)), root));
      }
    }
    return rows;
  }

  private static String londonDate(Date time) {
    return time == null ? "none" : time.toInstant().atZone(Deadlines.LONDON).toLocalDate().toString();
  }

  /** The engine's batches run as the job executor runs them: seed, then their jobs, then the monitor that ends them. */
  private void runBatches() {
    for (int round = 0; round < 10 && managementService.createBatchQuery().count() > 0; round++) {
      for (Batch batch : managementService.createBatchQuery().list()) {
        for (String definition : List.of(batch.getSeedJobDefinitionId(), batch.getBatchJobDefinitionId(),
            batch.getMonitorJobDefinitionId())) {
          for (Job job : managementService.createJobQuery().jobDefinitionId(definition).list()) {
            managementService.executeJob(job.getId());
          }
        }
      }
    }
    assertThat(managementService.createBatchQuery().count()).as("batches left").isZero();
  }
}
