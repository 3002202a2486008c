package uk.org.safeguarding.reviews.gate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

import uk.org.safeguarding.reviews.contribution.ContributionProcess;
import uk.org.safeguarding.reviews.support.AsyncContinuations;
import uk.org.safeguarding.reviews.support.RestClient;
import uk.org.safeguarding.reviews.support.RestClient.Reply;
import uk.org.safeguarding.reviews.support.TestDatabase;
import uk.org.safeguarding.reviews.support.WebAppClient;

/**
 * What no role may do, over {@code /engine-rest} and the web apps' engine API: change variables by
 * hand, start part-way, modify an instance, correlate a message or throw a signal (an extension request
 * comes only through the application's endpoint), execute or re-date or suspend or delete a job, create,
 * re-offer or delegate tasks, or touch attachments. Every role is tried, each operation is refused
 * with 403 (or 404 where the role may not even see what it names), and afterwards the case is exactly as it was: variables, jobs and their retries, tasks,
 * no incident.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "test.database=postgres")
@ActiveProfiles("test")
@Import(TestDatabase.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OperationsOutsideTheStepsIT {

  static final String CASE = "Child Operations";
  static final List<String> ROLES = Arrays.asList("dorset-police", "poole-council", "scr.member", "scr.chair", "board.chair",
      "business.manager", "la.partner", "admin");

  @Autowired ManagementService managementService;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired HistoryService historyService;
  @Autowired FilterService filterService;
  @LocalServerPort int port;

  RestClient rest;
  String imrTask;
  String imrInstance;
  String reviewInstance;
  String reminderJob;

  @BeforeAll
  void aReviewWaitingForThePoliceImr() {
    rest = new RestClient(port, () -> AsyncContinuations.run(managementService));
    rest.referralToImrs(CASE);
    JsonNode imr = rest.onlyTask("scr.chair", CASE, "taskDefinitionKey=UserTask_SubmitImr&candidateGroup=agency-dorset-police");
    imrTask = imr.path("id").asText();
    imrInstance = imr.path("processInstanceId").asText();
    reviewInstance = runtimeService.createProcessInstanceQuery().processDefinitionKey("serious-case-review")
        .processInstanceBusinessKey(CASE).singleResult().getId();
    reminderJob = managementService.createJobQuery().processInstanceId(imrInstance)
        .activityId(ContributionProcess.TIMER_CONTRIBUTION_REMINDER).singleResult().getId();
  }

  record Operation(String what, String method, String path, Object body) {}

  List<Operation> operations() {
    Map<String, Object> value = Map.of("value", "forged", "type", "String");
    return List.of(
        new Operation("start part-way", "POST", "/process-definition/key/safeguarding-referral/start",
            Map.of("startInstructions", List.of(Map.of("type", "startBeforeActivity", "activityId", "EndEvent_ScrInitiated")),
                "variables", Map.of("caseReference", value))),
        new Operation("set a case variable", "PUT", "/process-instance/" + reviewInstance + "/variables/reviewMode", value),
        new Operation("modify case variables", "POST", "/process-instance/" + reviewInstance + "/variables",
            Map.of("modifications", Map.of("reviewMode", value))),
        new Operation("delete a case variable", "DELETE", "/process-instance/" + reviewInstance + "/variables/caseReference", null),
        new Operation("set a task variable", "PUT", "/task/" + imrTask + "/variables/agency", value),
        new Operation("delete a task variable", "DELETE", "/task/" + imrTask + "/variables/agency", null),
        new Operation("set a local variable", "PUT", "/execution/" + imrInstance + "/localVariables/contributionType", value),
        new Operation("modify the instance", "POST", "/process-instance/" + reviewInstance + "/modification",
            Map.of("instructions", List.of(Map.of("type", "startBeforeActivity", "activityId", "UserTask_SignOffReview")))),
        new Operation("suspend the case", "PUT", "/process-instance/" + reviewInstance + "/suspended", Map.of("suspended", true)),
        new Operation("delete the case", "DELETE", "/process-instance/" + reviewInstance, null),
        new Operation("execute a deadline", "POST", "/job/" + reminderJob + "/execute", null),
        new Operation("spend a deadline's retries", "PUT", "/job/" + reminderJob + "/retries", Map.of("retries", 0)),
        new Operation("re-date a deadline", "PUT", "/job/" + reminderJob + "/duedate", Map.of("duedate", "2031-01-01T09:00:00.000+0000")),
        new Operation("suspend a deadline", "PUT", "/job/" + reminderJob + "/suspended", Map.of("suspended", true)),
        new Operation("delete a deadline", "DELETE", "/job/" + reminderJob, null),
        new Operation("run history clean-up", "POST", "/history/cleanup", null),
        new Operation("update the task", "PUT", "/task/" + imrTask, Map.of("name", "forged", "due", "2031-01-01T00:00:00.000+0000")),
        new Operation("create a task", "POST", "/task/create", Map.of("id", "forged-task", "name", "forged")),
        new Operation("offer the task to another group", "POST", "/task/" + imrTask + "/identity-links",
            Map.of("groupId", "agency-poole-council", "type", "candidate")),
        new Operation("delegate the task", "POST", "/task/" + imrTask + "/delegate", Map.of("userId", "poole-council")),
        new Operation("end the task with an error", "POST", "/task/" + imrTask + "/bpmnError", Map.of("errorCode", "x")),
        new Operation("claim the task for someone else", "POST", "/task/" + imrTask + "/claim", Map.of("userId", "poole-council")),
        new Operation("read attachments", "GET", "/task/" + imrTask + "/attachment", null),
        new Operation("delete the history of the case", "DELETE", "/history/process-instance/" + imrInstance, null),
        new Operation("ask for an extension by the engine's message", "POST", "/message",
            Map.of("messageName", "extension-requested", "processInstanceId", reviewInstance, "processVariables",
                Map.of("proposedDueDate", Map.of("value", "2027-12-01", "type", "String"), "extensionReason", value))),
        new Operation("send the message to the case by its business key", "POST", "/message",
            Map.of("messageName", "extension-requested", "businessKey", CASE, "all", true)),
        new Operation("throw a signal", "POST", "/signal", Map.of("name", "extension-requested")),
        new Operation("create a Tasklist filter", "POST", "/filter/create",
            Map.of("resourceType", "Task", "name", "<b>forged</b>", "query", Map.of())));
  }

  @Test
  void noRoleCanChangeTheRecordOutsideItsSteps() {
    Snapshot before = snapshot();
    List<String> wrong = new ArrayList<>();
    for (String role : ROLES) {
      WebAppClient webApps = WebAppClient.signIn(port, role);
      for (Operation op : operations()) {
        Reply overRest = rest.call(op.method(), "/engine-rest" + op.path(), role, op.body());
        if (!refused(overRest)) {
          wrong.add(role + " REST " + op.what() + ": " + overRest.status() + " " + overRest.text());
        }
        Reply overWebApps = webApps.call(op.method(), WebAppClient.ENGINE + op.path(), op.body());
        if (!refused(overWebApps)) {
          wrong.add(role + " web apps " + op.what() + ": " + overWebApps.status() + " " + overWebApps.text());
        }
      }
    }
    assertThat(wrong).isEmpty();
    assertThat(snapshot()).as("the case is exactly as it was").isEqualTo(before);
  }

  static boolean refused(Reply reply) {
    return reply.status() == 403 || reply.status() == 404;
  }

  @Test
  void onlyTheBusinessManagerRetriesAndOnlyAFailedJob() {
    Map<String, Object> three = Map.of("retries", 3);
    assertThat(rest.call("PUT", "/engine-rest/job/" + reminderJob + "/retries", "business.manager", three).status())
        .as("a deadline still to come keeps its schedule").isEqualTo(403);

    managementService.setJobRetries(reminderJob, 0); // the deadline's job failed: an incident in Cockpit
    for (String role : ROLES) {
      if (!role.equals("business.manager")) {
        assertThat(rest.call("PUT", "/engine-rest/job/" + reminderJob + "/retries", role, three).status()).as(role).isEqualTo(403);
      }
    }
    assertThat(managementService.createJobQuery().jobId(reminderJob).singleResult().getRetries()).isZero();
    assertThat(rest.call("PUT", "/engine-rest/job/" + reminderJob + "/retries", "business.manager", three).status()).isEqualTo(204);
    assertThat(managementService.createJobQuery().jobId(reminderJob).singleResult().getRetries()).isEqualTo(3);
  }

  /**
   * A value sent as transient is read by the step and never stored: a required field would pass the form's
   * check and be missing from the record. Refused on a start and on a step, over both APIs, and nothing is written.
   */
  @Test
  void aValueSentAsTransientIsRefusedOnAStartAndOnAStep() {
    Map<String, Object> transientText = Map.of("value", "Written but not kept", "type", "String", "valueInfo", Map.of("transient", true));
    long referrals = historyService.createHistoricProcessInstanceQuery().processDefinitionKey("safeguarding-referral").count();
    Map<String, Object> start = new LinkedHashMap<>(RestClient.variables("caseReference", "Child Transient", "referringAgency",
        "Dorset Police", "boardAwareOn", "2026-11-02", "agenciesInvolved", List.of("dorset-police"), "mediaInterest", false));
    Map<String, Object> startVariables = new LinkedHashMap<>(castMap(start.get("variables")));
    startVariables.put("incidentSummary", transientText);
    Map<String, Object> startBody = Map.of("variables", startVariables);
    WebAppClient police = WebAppClient.signIn(port, "dorset-police");
    for (Reply refused : List.of(rest.post("/engine-rest/process-definition/key/safeguarding-referral/start", "dorset-police", startBody),
        police.post(WebAppClient.ENGINE + "/process-definition/key/safeguarding-referral/submit-form", startBody))) {
      assertThat(refused.status()).as(refused.text()).isEqualTo(400);
      assertThat(refused.text()).contains("cannot be sent as transient");
    }
    assertThat(historyService.createHistoricProcessInstanceQuery().processDefinitionKey("safeguarding-referral").count())
        .as("no referral opened").isEqualTo(referrals);

    Map<String, Object> imr = new LinkedHashMap<>(castMap(RestClient.imrVariables().get("variables")));
    imr.put("imrAnalysis", transientText);
    Map<String, Object> imrBody = Map.of("variables", imr);
    for (Reply refused : List.of(rest.post("/engine-rest/task/" + imrTask + "/complete", "dorset-police", imrBody),
        police.post(WebAppClient.ENGINE + "/task/" + imrTask + "/submit-form", imrBody))) {
      assertThat(refused.status()).as(refused.text()).isEqualTo(400);
      assertThat(refused.text()).contains("cannot be sent as transient");
    }
    assertThat(taskService.createTaskQuery().taskId(imrTask).count()).as("the IMR is still to be submitted").isOne();
    assertThat(runtimeService.getVariable(imrInstance, "imrAuthor")).as("nothing of it written").isNull();
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> castMap(Object map) {
    return (Map<String, Object>) map;
  }

  @Test
  void commentsAreMadeOnOnesOwnTaskAndReadOnlyWithIt() {
    Reply referred = rest.post("/engine-rest/process-definition/key/safeguarding-referral/start", "scr.chair",
        RestClient.variables("caseReference", "Child Comments", "incidentSummary", "Injuries to a baby", "referringAgency",
            "Poole Hospital", "boardAwareOn", "2026-11-02", "agenciesInvolved", List.of("poole-hospital"), "mediaInterest", false));
    assertThat(referred.status()).as(referred.text()).isEqualTo(200);
    JsonNode triage = rest.onlyTask("scr.member", "Child Comments", "taskDefinitionKey=UserTask_TriageReferral");
    String task = triage.path("id").asText();
    String instance = triage.path("processInstanceId").asText();

    Reply made = rest.post("/engine-rest/task/" + task + "/comment/create", "scr.member", Map.of("message", "Hospital rang: X-ray booked"));
    assertThat(made.status()).as(made.text()).isEqualTo(200);
    String comment = made.body().path("id").asText();
    // a comment is case text like a form's: markup and expressions are refused over either API, as in a form
    for (String markup : List.of("<script>alert(1)</script>", "[x-ray](javascript:alert(1))", "<img src=x onerror=alert(1)>", "${1+1}")) {
      Reply refused = rest.post("/engine-rest/task/" + task + "/comment/create", "scr.member", Map.of("message", markup));
      assertThat(refused.status()).as("%s: %s", markup, refused.text()).isEqualTo(400);
      assertThat(refused.text()).contains("markup or expression syntax");
      assertThat(WebAppClient.signIn(port, "scr.member").post(WebAppClient.ENGINE + "/task/" + task + "/comment/create",
          Map.of("message", markup)).status()).as("%s in Tasklist", markup).isEqualTo(400);
    }

    for (String notOffered : List.of("business.manager", "board.chair", "dorset-police", "admin")) {
      Reply overRest = rest.post("/engine-rest/task/" + task + "/comment/create", notOffered, Map.of("message", "forged"));
      assertThat(turnedAway(overRest)).as("%s comments on the SCR group's triage: %s", notOffered, overRest.text()).isTrue();
      assertThat(turnedAway(WebAppClient.signIn(port, notOffered)
          .post(WebAppClient.ENGINE + "/task/" + task + "/comment/create", Map.of("message", "forged"))))
          .as("%s comments on the SCR group's triage in Tasklist", notOffered).isTrue();
    }
    for (String outsider : List.of("dorset-police", "poole-council", "admin")) {
      WebAppClient webApps = WebAppClient.signIn(port, outsider);
      for (String path : List.of("/task/" + task + "/comment", "/task/" + task + "/comment/" + comment,
          "/process-instance/" + instance + "/comment")) {
        assertThat(turnedAway(rest.get("/engine-rest" + path, outsider))).as("%s reads %s", outsider, path).isTrue();
        assertThat(turnedAway(webApps.get(WebAppClient.ENGINE + path))).as("%s reads %s in the web apps", outsider, path).isTrue();
      }
    }
    for (String reader : List.of("scr.member", "board.chair")) {
      Reply read = rest.get("/engine-rest/task/" + task + "/comment", reader);
      assertThat(read.status()).as(reader).isEqualTo(200);
      assertThat(read.text()).contains("Hospital rang");
    }
    assertThat(taskService.getTaskComments(task)).as("only the SCR group's comment was written").hasSize(1);
  }

  /** Camunda's comment endpoints answer some refusals with 400 ("No task found" when the task is not the caller's to see). */
  static boolean turnedAway(Reply reply) {
    return reply.status() >= 400 && reply.status() < 500;
  }

  record Snapshot(Map<String, String> reviewVariables, Map<String, String> imrVariables, Map<String, String> jobs, long tasks,
      long incidents, long instances, long filters) {}

  Snapshot snapshot() {
    Map<String, String> jobs = new LinkedHashMap<>();
    for (Job job : managementService.createJobQuery().orderByJobId().asc().list()) {
      jobs.put(job.getId(), job.getRetries() + " " + job.getDuedate() + " " + job.isSuspended() + " " + job.getExceptionMessage());
    }
    return new Snapshot(asText(runtimeService.getVariables(reviewInstance)), asText(runtimeService.getVariables(imrInstance)), jobs,
        taskService.createTaskQuery().count(), runtimeService.createIncidentQuery().count(),
        historyService.createHistoricProcessInstanceQuery().count(),
        filterService.createFilterQuery().count());
  }

  static Map<String, String> asText(Map<String, Object> variables) {
    Map<String, String> text = new java.util.TreeMap<>();
    variables.forEach((name, value) -> text.put(name, String.valueOf(value)));
    return text;
  }
}
