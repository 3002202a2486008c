package uk.org.safeguarding.reviews.lado;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.org.safeguarding.reviews.lado.LadoRetentionReviewProcess.*;

import java.time.LocalDate;
import java.util.List;

import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import uk.org.safeguarding.reviews.support.ProcessTest;
import uk.org.safeguarding.reviews.support.ProcessTestBase;

/**
 * The daily retention review: the engine's own timer job starts it; concluded cases past their
 * retention date go to the LADO, who deletes them (records now, history by Camunda's clean-up, given
 * a removal time) or keeps them until a later date; with nothing past retention it ends at once.
 */
@ProcessTest
class LadoRetentionReviewProcessTest extends ProcessTestBase {

  @Autowired LadoRecords records;

  @AfterEach
  void closeOpenReviews() {
    taskService.createTaskQuery().processDefinitionKey(KEY).list()
        .forEach(t -> runtimeService.deleteProcessInstance(t.getProcessInstanceId(), "test over"));
  }

  LadoCase concludedCase(LocalDate retentionUntil) {
    LadoCase c = new LadoCase(records.nextReference(LocalDate.of(2015, 1, 1)), "no-instance", LocalDate.of(2015, 1, 5),
        LocalDate.of(2015, 1, 2), "education", LadoCase.REFERRAL);
    records.open(c);
    records.conclude(c.getReference(), "unfounded", List.of("no-further-action"), LocalDate.of(2015, 2, 1), retentionUntil, false);
    return c;
  }

  ProcessInstance runDailyJob() {
    Job daily = managementService.createJobQuery().processDefinitionKey(KEY).timers().singleResult();
    assertThat(daily).as("the daily retention check is an engine timer job").isNotNull();
    managementService.executeJob(daily.getId());
    return runtimeService.createProcessInstanceQuery().processDefinitionKey(KEY).active().list().stream().findFirst().orElse(null);
  }

  @Test
  void casesPastRetentionGoToTheLadoWhoDeletesOrKeepsThem() {
    LadoCase past = concludedCase(LocalDate.of(2026, 10, 31));
    LadoCase notYet = concludedCase(LocalDate.of(2030, 1, 1));
    ProcessInstance review = runDailyJob();
    Task task = task(review, TASK_REVIEW_RETENTION);
    String shown = (String) taskService.getVariable(task.getId(), "casesPastRetention");
    assertThat(shown).contains(past.getReference(), "kept until 31 Oct 2026").doesNotContain(notYet.getReference());

    assertThat(runDailyJob()).as("no second review while one is open").extracting(ProcessInstance::getId).isEqualTo(review.getId());

    assertRefused(() -> complete(task, vars("retentionDecision", KEEP, "retentionReasons", "Civil claim pending")), "'Keep until'");
    complete(task, vars("retentionDecision", KEEP, "retentionReasons", "Civil claim pending", "keepUntil", "2027-11-02"));
    assertThat(records.find(past.getReference()).orElseThrow().getRetentionUntil()).isEqualTo(LocalDate.of(2027, 11, 2));

    setToday(LocalDate.of(2027, 11, 3));
    ProcessInstance later = runDailyJob();
    complete(later, TASK_REVIEW_RETENTION, vars("retentionDecision", DELETE, "retentionReasons", "Retention period over"));
    assertThat(records.find(past.getReference())).isEmpty();
    assertThat(records.find(notYet.getReference())).isPresent();
  }

  @Test
  void withNothingPastRetentionTheDailyCheckEndsAtOnce() {
    setToday(LocalDate.of(2000, 1, 3));
    long before = historyService.createHistoricActivityInstanceQuery().activityId(END_NOTHING_PAST_RETENTION).count();
    runDailyJob();
    assertThat(historyService.createHistoricActivityInstanceQuery().activityId(END_NOTHING_PAST_RETENTION).count()).isEqualTo(before + 1);
  }
}
