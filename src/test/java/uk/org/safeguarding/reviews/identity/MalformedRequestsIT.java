package uk.org.safeguarding.reviews.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.org.safeguarding.reviews.support.RestClient.paged;
import static uk.org.safeguarding.reviews.support.RestClient.encode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import com.fasterxml.jackson.databind.JsonNode;

import org.camunda.bpm.engine.ManagementService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import uk.org.safeguarding.reviews.support.AsyncContinuations;
import uk.org.safeguarding.reviews.support.DatabaseState;
import uk.org.safeguarding.reviews.support.RestClient;
import uk.org.safeguarding.reviews.support.RestClient.Reply;
import uk.org.safeguarding.reviews.support.TestDatabase;

/**
 * Several hundred malformed requests to the engine REST API and the application's own API, by a
 * signed-in user: none may answer 5xx, and none may change anything in the database.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "test.database=postgres")
@ActiveProfiles("test")
@Import(TestDatabase.class)
class MalformedRequestsIT {

  @Autowired ManagementService managementService;

  static final String CASE = "Child Fuzz";

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;

  /** Counts of what a request could change: instances, tasks, variables, history, register, agencies, users, authorizations. */
  Map<String, Integer> state() {
    return DatabaseState.counts(jdbc);
  }

  static final List<Object> BAD_VALUES = java.util.Arrays.asList(
      null, "", " ", "x".repeat(25_000), "<script>alert(1)</script>", "${runtimeService.createProcessInstanceQuery().count()}",
      "#{''.getClass().forName('java.lang.Runtime')}", "javascript:alert(1)", "'; drop table register_entry; --",
      "2026-02-30", "30/10/2026", "9999999999-01-01", -1, 3.5e300, true, List.of(), List.of("no-such-agency"),
      Map.of("nested", Map.of("deeper", "x")), "\u0000\u0001", "🙂".repeat(300));

  static final List<String> BAD_TYPES = List.of("Integer", "Long", "Date", "Boolean", "Json", "Object", "Xml", "Bytes", "File",
      "NoSuchType", "Double", "String");

  static final List<String> BODIES = List.of("", "{", "[]", "null", "\"text\"", "{\"variables\": 3}",
      "{\"variables\": {\"caseReference\": 3}}", "{\"variables\": {\"x\": {\"value\": {}, \"type\": \"Integer\"}}}",
      "{\"variables\": {\"x\": {\"value\": \"rO0ABXQAA2Zvbw==\", \"type\": \"Object\", \"valueInfo\": {\"objectTypeName\": \"java.lang.String\", \"serializationDataFormat\": \"application/x-java-serialized-object\"}}}}",
      "{\"businessKey\": [1,2]}", "{".repeat(2000), "{\"slug\": 7}", "{\"slug\": \"Bad Slug!\", \"name\": \"\"}",
      "{\"variables\": {\"imrAuthor\": null}}", "{\"modifications\": {\"imrAuthor\": null}}",
      "{\"variables\": {\"imrAuthor\": {\"value\": \"A\"}, \"imrAnalysis\": null}}");

  @Test
  void malformedRequestsAreRefusedWith4xxAndChangeNothing() {
    RestClient rest = new RestClient(port, () -> AsyncContinuations.run(managementService));
    rest.referralToImrs(CASE);
    JsonNode imr = rest.onlyTask("dorset-police", CASE, "taskDefinitionKey=UserTask_SubmitImr");
    String imrTask = imr.path("id").asText();
    Reply asked = rest.post("/api/reviews/" + encode(CASE) + "/extension-requests", "scr.chair",
        Map.of("proposedDueDate", "2027-12-01", "extensionReason", "The overview author is ill"));
    assertThat(asked.status()).as(asked.text()).isEqualTo(201);
    AsyncContinuations.run(managementService);
    String chairsTask = rest.onlyTask("board.chair", CASE, "taskDefinitionKey=UserTask_DecideExtension").path("id").asText();

    Map<String, Integer> before = state();
    Random random = new Random(20261123L);
    List<String> serverErrors = new ArrayList<>();
    int requests = 0;

    List<String> targets = List.of(
        "/engine-rest/process-definition/key/safeguarding-referral/start",
        "/engine-rest/process-definition/key/serious-case-review/start",
        "/engine-rest/process-definition/key/case-audit/start",
        "/engine-rest/process-definition/key/no-such-process/start",
        "/engine-rest/task/" + imrTask + "/complete",
        "/engine-rest/task/" + chairsTask + "/complete",
        "/api/reviews/" + encode(CASE) + "/extension-requests",
        "/api/reviews/no-such-case/extension-requests",
        "/engine-rest/task/no-such-task/complete",
        "/engine-rest/task/" + imrTask + "/submit-form");
    List<String> fields = List.of("caseReference", "incidentSummary", "boardAwareOn", "agenciesInvolved", "mediaInterest",
        "referringAgency", "imrAuthor", "imrChronology", "extensionDecision", "extensionDecisionReasons", "proposedDueDate", "extensionReason", "decidedOn", "scrCriteria");

    // no body at all (no content type either): each endpoint that reads one answers 400, never 500
    List<String> withoutBody = new ArrayList<>(targets);
    withoutBody.addAll(List.of("/engine-rest/task", "/engine-rest/task/count", "/engine-rest/message", "/engine-rest/signal",
        "/engine-rest/history/task", "/engine-rest/process-instance/count", "/engine-rest/task/" + imrTask + "/claim",
        "/engine-rest/task/" + imrTask + "/comment/create"));
    for (String target : withoutBody) {
      requests++;
      record(serverErrors, target, "(no body)", rest.post(target, "dorset-police", null));
    }
    for (String target : targets) {
      for (String body : BODIES) {
        requests++;
        record(serverErrors, target, body, rest.post(target, "scr.chair", body));
      }
      for (int i = 0; i < 25; i++) {
        Map<String, Object> vars = new LinkedHashMap<>();
        int n = 1 + random.nextInt(5);
        for (int j = 0; j < n; j++) {
          Map<String, Object> variable = new LinkedHashMap<>();
          variable.put("value", BAD_VALUES.get(random.nextInt(BAD_VALUES.size())));
          if (random.nextBoolean()) {
            variable.put("type", BAD_TYPES.get(random.nextInt(BAD_TYPES.size())));
          }
          vars.put(fields.get(random.nextInt(fields.size())), variable);
        }
        requests++;
        String user = target.contains(imrTask) ? "dorset-police" : target.contains(chairsTask) ? "board.chair" : "scr.chair";
        record(serverErrors, target, vars.toString(), rest.post(target, user, Map.of("variables", vars)));
      }
    }
    // lists asked for a page, as the API requires, so that what is refused is the malformed part
    for (String query : List.of(paged("/engine-rest/task?dueBefore=yesterday"), paged("/engine-rest/task?assigneeExpression=%24%7BcurrentUser()%7D"),
        paged("/engine-rest/task?candidateGroupsExpression=%24%7BcurrentUserGroups()%7D"), paged("/engine-rest/process-instance?variables=a_eq"),
        paged("/engine-rest/task?sortBy=nothing&sortOrder=up"), paged("/engine-rest/history/process-instance?startedAfter=tuesday"),
        paged("/engine-rest/job?dueDates=soon"), "/engine-rest/task?maxResults=-5", "/engine-rest/task?firstResult=abc",
        "/api/register/" + encode("x".repeat(3000)), "/api/register/" + encode("../../etc/passwd"), "/api/action-plans/%00",
        "/api/register/" + encode("<script>") + "/audit-trail", "/engine-rest/task/" + encode("x or 1=1 --"))) {
      requests++;
      record(serverErrors, query, "", rest.get(query, "scr.chair"));
    }
    for (String body : BODIES) {
      requests++;
      record(serverErrors, "/api/agencies", body, rest.post("/api/agencies", "business.manager", body));
      requests++;
      record(serverErrors, "/engine-rest/user/create", body, rest.post("/engine-rest/user/create", "admin", body));
    }

    serverErrors.forEach(e -> System.out.println("SERVER ERROR " + e));
    assertThat(requests).isGreaterThan(250);
    assertThat(serverErrors).isEmpty();
    assertThat(state()).isEqualTo(before);
    assertThat(rest.onlyTask("dorset-police", CASE, "taskDefinitionKey=UserTask_SubmitImr").path("id").asText()).isEqualTo(imrTask);
  }

  private static void record(List<String> serverErrors, String target, String body, Reply reply) {
    if (reply.status() >= 500) {
      serverErrors.add(reply.status() + " " + target + " " + abbreviate(body) + " -> " + abbreviate(reply.text()));
    }
  }

  private static String abbreviate(String s) {
    return s == null ? "" : s.length() > 200 ? s.substring(0, 200) + "..." : s;
  }
}
