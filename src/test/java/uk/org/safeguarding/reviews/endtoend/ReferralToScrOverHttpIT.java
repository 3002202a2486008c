package uk.org.safeguarding.reviews.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import uk.org.safeguarding.reviews.support.TestDatabase;

/**
 * The whole application on a real PostgreSQL (embedded), driven over HTTP the way Tasklist and
 * another system would: a referral becomes a serious case review with IMRs from each agency.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "test.database=postgres")
@ActiveProfiles("test")
@Import(TestDatabase.class)
class ReferralToScrOverHttpIT {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String CASE = "Child G";

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;

  private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();

  record Reply(int status, JsonNode body, String text) {}

  Reply call(String method, String path, String user, Object body) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .header("Accept", "application/json")
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(body instanceof String s ? s : JSON.writeValueAsString(body)));
    if (body != null) {
      request.header("Content-Type", "application/json");
    }
    if (user != null) {
      request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)));
    }
    HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    JsonNode json = null;
    try {
      json = response.body().isBlank() ? null : JSON.readTree(response.body());
    } catch (Exception notJson) {
      // an HTML page
    }
    return new Reply(response.statusCode(), json, response.body());
  }

  static Map<String, Object> variables(Object... keyValues) {
    Map<String, Object> vars = new LinkedHashMap<>();
    for (int i = 0; i < keyValues.length; i += 2) {
      Object value = keyValues[i + 1];
      if (value instanceof List<?> list) {
        try {
          vars.put((String) keyValues[i], Map.of("value", JSON.writeValueAsString(list), "type", "Json"));
        } catch (Exception e) {
          throw new IllegalStateException(e);
        }
      } else {
        vars.put((String) keyValues[i], Map.of("value", value));
      }
    }
    return Map.of("variables", vars);
  }

  JsonNode tasks(String user, String query) throws Exception {
    Reply reply = call("GET", "/engine-rest/task?processInstanceBusinessKey=" + URLEncoder.encode(CASE, StandardCharsets.UTF_8)
        + "&" + query, user, null);
    assertThat(reply.status()).isEqualTo(200);
    return reply.body();
  }

  JsonNode onlyTask(String user, String query) throws Exception {
    JsonNode tasks = tasks(user, query);
    assertThat(tasks.size()).as(query).isEqualTo(1);
    return tasks.get(0);
  }

  void complete(String user, JsonNode task, Map<String, Object> body) throws Exception {
    Reply reply = call("POST", "/engine-rest/task/" + task.path("id").asText() + "/complete", user, body);
    assertThat(reply.status()).as(reply.text()).isEqualTo(204);
  }

  int count(String sql) {
    return jdbc.queryForObject(sql, Integer.class);
  }

  @Test
  void aReferralBecomesASeriousCaseReviewWithImrsFromEachAgency() throws Exception {
    assertThat(jdbc.queryForObject("select version()", String.class)).contains("PostgreSQL");
    assertThat(call("GET", "/camunda/app/tasklist/", null, null).status()).isEqualTo(200);

    // a start with missing and malformed variables is refused with what was wrong, and leaves nothing
    int instancesBefore = count("select count(*) from act_ru_execution");
    Reply refused = call("POST", "/engine-rest/process-definition/key/safeguarding-referral/start", "scr.chair",
        variables("caseReference", CASE, "boardAwareOn", "last Tuesday"));
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.body().path("message").asText())
        .contains("'Summary of the incident' is required", "'Date the board became aware' must be a date");
    assertThat(count("select count(*) from act_ru_execution")).isEqualTo(instancesBefore);
    assertThat(count("select count(*) from register_entry")).isZero();
    assertThat(call("POST", "/engine-rest/process-definition/key/safeguarding-referral/start", "scr.chair", "{not json").status())
        .isEqualTo(400);

    Reply started = call("POST", "/engine-rest/process-definition/key/safeguarding-referral/start", "scr.chair",
        variables("caseReference", CASE, "incidentSummary", "Young boy victim of a filicide/suicide incident",
            "referringAgency", "Dorset Police", "boardAwareOn", "2026-11-02",
            "agenciesInvolved", List.of("dorset-police", "poole-council"), "mediaInterest", false));
    assertThat(started.status()).as(started.text()).isEqualTo(200);
    assertThat(started.body().path("businessKey").asText()).isEqualTo(CASE);

    JsonNode triage = onlyTask("scr.member", "taskDefinitionKey=UserTask_TriageReferral");
    assertThat(triage.path("name").asText()).isEqualTo("Triage referral — Child G");
    Reply form = call("GET", "/engine-rest/task/" + triage.path("id").asText() + "/deployed-form", "scr.member", null);
    assertThat(form.status()).isEqualTo(200);
    assertThat(form.body().path("id").asText()).isEqualTo("triage-referral");
    Reply formVariables = call("GET", "/engine-rest/task/" + triage.path("id").asText() + "/form-variables", "scr.member", null);
    assertThat(formVariables.text()).contains("agencyOptions", "Dorset Police");
    complete("scr.member", triage, variables("agenciesInvolved", List.of("dorset-police", "poole-council")));

    for (String agency : List.of("dorset-police", "poole-council")) {
      JsonNode note = onlyTask(agency, "candidateGroup=agency-" + agency + "&taskDefinitionKey=UserTask_SubmitBriefingNote");
      complete(agency, note, variables("agencyInvolvement", "Known since 2009", "briefingNote", "Note from " + agency));
    }
    complete("scr.chair", onlyTask("scr.chair", "taskDefinitionKey=UserTask_RecommendOutcome"), variables(
        "recommendation", "scr", "scrCriteria", "mandatory", "recommendationReasons", "The child died"));
    complete("board.chair", onlyTask("board.chair", "taskDefinitionKey=UserTask_DecideScr"), variables(
        "scrDecision", "initiate", "decisionReasons", "Criteria met"));

    Reply reviews = call("GET", "/engine-rest/process-instance?processDefinitionKey=serious-case-review&businessKey="
        + URLEncoder.encode(CASE, StandardCharsets.UTF_8), "scr.chair", null);
    assertThat(reviews.body().size()).isEqualTo(1);

    complete("scr.chair", onlyTask("scr.chair", "taskDefinitionKey=UserTask_AgreeTermsOfReference"), variables(
        "termsOfReference", "Involvement from birth", "periodUnderReview", "Birth to incident",
        "agenciesInvolved", List.of("dorset-police", "poole-council")));
    complete("scr.chair", onlyTask("scr.chair", "taskDefinitionKey=UserTask_AppointPanelChairAndAuthor"), variables(
        "panelChair", "Prity Patel", "overviewAuthor", "Karen Tudor", "independenceConfirmed", true));

    // each agency sees its own IMR task, with its form
    JsonNode imr = onlyTask("dorset-police", "candidateGroup=agency-dorset-police&taskDefinitionKey=UserTask_SubmitImr");
    assertThat(imr.path("name").asText()).isEqualTo("IMR — Child G — Dorset Police");
    assertThat(imr.path("due").asText()).isNotBlank();
    Reply imrForm = call("GET", "/engine-rest/task/" + imr.path("id").asText() + "/deployed-form", "dorset-police", null);
    assertThat(imrForm.status()).isEqualTo(200);
    assertThat(imrForm.body().path("id").asText()).isEqualTo("imr");
    assertThat(tasks("poole-council", "candidateGroup=agency-poole-council&taskDefinitionKey=UserTask_SubmitImr").size()).isEqualTo(1);

    // an incomplete IMR is refused and the task stays open
    Reply incomplete = call("POST", "/engine-rest/task/" + imr.path("id").asText() + "/complete", "dorset-police",
        variables("imrAuthor", "A. Author"));
    assertThat(incomplete.status()).isEqualTo(400);
    assertThat(incomplete.body().path("message").asText()).contains("'Chronology of involvement' is required");
    assertThat(onlyTask("dorset-police", "taskDefinitionKey=UserTask_SubmitImr&candidateGroup=agency-dorset-police").path("id"))
        .isEqualTo(imr.path("id"));

    complete("dorset-police", imr, variables("imrAuthor", "A. Author", "imrAuthorRole", "Line manager",
        "imrChronology", "2009-2011", "imrAnalysis", "Analysis", "imrLessons", "Lessons", "imrRecommendations", "Recommendations"));
    JsonNode signOff = onlyTask("dorset-police", "taskDefinitionKey=UserTask_SignOffImr");
    assertThat(signOff.path("name").asText()).isEqualTo("Senior manager sign-off of IMR — Child G — Dorset Police");

    // Cockpit's view: the IMR deadline timers of the agency still outstanding
    Reply jobs = call("GET", "/engine-rest/job?timers=true&activityId=Timer_ContributionOverdue", "scr.chair", null);
    assertThat(jobs.body().size()).isEqualTo(2);

    Reply registerReply = call("GET", "/api/register/" + URLEncoder.encode(CASE, StandardCharsets.UTF_8).replace("+", "%20"), "scr.chair", null);
    assertThat(registerReply.status()).isEqualTo(200);
    assertThat(registerReply.body().findValuesAsText("entryType")).containsExactly("referral", "serious-case-review");
    assertThat(registerReply.text()).contains("Prity Patel", "Karen Tudor", "imrs-commissioned");
  }
}
