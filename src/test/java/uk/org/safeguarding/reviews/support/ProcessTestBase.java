package uk.org.safeguarding.reviews.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import uk.org.safeguarding.reviews.calendar.Deadlines;
import uk.org.safeguarding.reviews.engine.JsonVariables;
import uk.org.safeguarding.reviews.register.Register;
import uk.org.safeguarding.reviews.register.RegisterEntry;

/** What every process test needs: the engine's services, a controllable clock, and case helpers. */
public abstract class ProcessTestBase {

  /** Monday 2 November 2026, 10:00 London: a working week with no bank holiday near. */
  protected static final LocalDateTime START = LocalDateTime.of(2026, 11, 2, 10, 0);

  @Autowired protected RuntimeService runtimeService;
  @Autowired protected TaskService taskService;
  @Autowired protected ManagementService managementService;
  @Autowired protected HistoryService historyService;
  @Autowired protected RepositoryService repositoryService;
  @Autowired protected Register register;
  @Autowired protected Deadlines deadlines;
  @Autowired protected JdbcTemplate jdbc;
  @Autowired protected org.camunda.bpm.engine.IdentityService identityService;

  private static int caseNumber;

  @BeforeEach
  void startClock() {
    setNow(START);
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  protected void setNow(LocalDateTime londonTime) {
    ClockUtil.setCurrentTime(Date.from(londonTime.atZone(Deadlines.LONDON).toInstant()));
  }

  /** The engine's nightly clean-up, run now: its job executed until it has nothing left to remove. */
  protected void cleanUpHistory() {
    historyService.cleanUpHistoryAsync(true);
    for (int round = 0; round < 20; round++) {
      for (Job job : historyService.findHistoryCleanupJobs()) {
        managementService.executeJob(job.getId());
      }
    }
  }

  protected void setToday(LocalDate day) {
    setNow(day.atTime(LocalTime.of(10, 0)));
  }

  /** A case reference no other test uses (the register refuses a second open case of the same name). */
  protected static synchronized String newCase(String name) {
    return name + " " + (++caseNumber) + "-" + System.nanoTime() % 100000;
  }

  protected Task task(ProcessInstance pi, String taskDefinitionKey) {
    List<Task> tasks = tasks(pi, taskDefinitionKey);
    assertThat(tasks).as("open tasks " + taskDefinitionKey).hasSize(1);
    return tasks.get(0);
  }

  protected List<Task> tasks(ProcessInstance pi, String taskDefinitionKey) {
    return taskService.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(taskDefinitionKey)
        .initializeFormKeys().list();
  }

  protected List<Task> tasksOfCase(String caseReference, String taskDefinitionKey) {
    return taskService.createTaskQuery().processInstanceBusinessKey(caseReference).taskDefinitionKey(taskDefinitionKey).list();
  }

  protected Task agencyTask(ProcessInstance pi, String taskDefinitionKey, String agency) {
    return taskService.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(taskDefinitionKey)
        .taskCandidateGroup("agency-" + agency).singleResult();
  }

  protected void complete(Task task, Map<String, Object> variables) {
    taskService.complete(task.getId(), variables);
    runAsynchronousContinuations();
  }

  /** Runs the jobs an asynchronous continuation left, as the job executor would at once ({@link AsyncContinuations}). */
  protected void runAsynchronousContinuations() {
    AsyncContinuations.run(managementService);
  }

  protected void complete(ProcessInstance pi, String taskDefinitionKey, Map<String, Object> variables) {
    complete(task(pi, taskDefinitionKey), variables);
  }

  /** Executes the timer job attached to an activity, as the job executor would when it falls due. */
  protected void fireTimer(ProcessInstance pi, String timerActivityId) {
    Job job = timer(pi, timerActivityId);
    managementService.executeJob(job.getId());
    runAsynchronousContinuations();
  }

  protected Job timer(ProcessInstance pi, String timerActivityId) {
    List<Job> jobs = managementService.createJobQuery().processInstanceId(pi.getId()).activityId(timerActivityId).timers().list();
    assertThat(jobs).as("timer " + timerActivityId).hasSize(1);
    return jobs.get(0);
  }

  protected List<Job> timers(ProcessInstance pi, String timerActivityId) {
    return managementService.createJobQuery().processInstanceId(pi.getId()).activityId(timerActivityId).timers().list();
  }

  /** The agency's contribution (briefing note, IMR, audit information, ...) called by a referral, review or audit. */
  protected ProcessInstance contributionOf(ProcessInstance caller, String agency) {
    return runtimeService.createProcessInstanceQuery().superProcessInstanceId(caller.getId())
        .variableValueEquals("agency", agency).singleResult();
  }

  protected ProcessInstance processOfCase(String processKey, String caseReference) {
    return runtimeService.createProcessInstanceQuery().processDefinitionKey(processKey)
        .processInstanceBusinessKey(caseReference).singleResult();
  }

  protected boolean isEnded(ProcessInstance pi) {
    return runtimeService.createProcessInstanceQuery().processInstanceId(pi.getId()).count() == 0;
  }

  protected RegisterEntry registerEntry(ProcessInstance pi) {
    return register.entry(pi.getId());
  }

  protected static Object json(Object value) {
    return JsonVariables.json(value);
  }

  protected static Map<String, Object> vars(Object... keyValues) {
    Map<String, Object> map = Variables.createVariables();
    for (int i = 0; i < keyValues.length; i += 2) {
      map.put((String) keyValues[i], keyValues[i + 1]);
    }
    return map;
  }

  /**
   * Asserts the call was refused for invalid case data (directly or wrapped by the engine, as a
   * task listener's exception is), with each expected phrase in the message.
   */
  protected static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String... phrases) {
    Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(call);
    assertThat(thrown).as("the call should have been refused").isNotNull();
    Throwable refusal = thrown;
    while (refusal != null && !(refusal instanceof uk.org.safeguarding.reviews.forms.InvalidCaseDataException)) {
      refusal = refusal.getCause();
    }
    assertThat(refusal).as("refusal in " + thrown).isNotNull();
    for (String phrase : phrases) {
      assertThat(refusal.getMessage()).contains(phrase);
    }
  }

  /**
   * Runs an action as a signed-in user of the given groups: the engine's authorizations apply, as
   * they do for a Tasklist or REST user. (Without a user, engine calls are the application's own.)
   */
  protected <T> T as(String userId, List<String> groups, java.util.function.Supplier<T> action) {
    identityService.setAuthentication(userId, groups);
    try {
      return action.get();
    } finally {
      identityService.clearAuthentication();
    }
  }

  /** The London date of a Date variable or due date. */
  protected static LocalDate day(Object date) {
    return Deadlines.toLocalDate(date);
  }
}
