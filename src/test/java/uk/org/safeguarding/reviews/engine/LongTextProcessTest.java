package uk.org.safeguarding.reviews.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.org.safeguarding.reviews.support.RestClient.encode;
import static uk.org.safeguarding.reviews.support.RestClient.paged;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
import uk.org.safeguarding.reviews.support.RestClient;
import uk.org.safeguarding.reviews.support.RestClient.Reply;
import uk.org.safeguarding.reviews.support.TestDatabase;

/**
 * A 20,000-character IMR analysis, submitted over REST as Tasklist submits it, is kept whole: the
 * next task's form, the process variables, Cockpit's variable view and history (the variable and
 * each of its updates) all give it back identical and typed {@code String}. Runs on H2 and, in the
 * build's second pass, on PostgreSQL.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(TestDatabase.class)
class LongTextProcessTest {

  @LocalServerPort int port;
  @Autowired ManagementService managementService;
  @Autowired JdbcTemplate jdbc;

  /** Paragraphs of case writing, with the punctuation and accents real text has, cut to a length. */
  static String text(int length) {
    StringBuilder text = new StringBuilder();
    for (int i = 1; text.length() < length; i++) {
      text.append("Paragraph ").append(i).append(": the health visitor’s record of the visit to the café on 3 May — "
          + "mother said \"we're fine\"; no follow-up was booked (see chronology, item ").append(i).append(").\n");
    }
    return text.substring(0, length);
  }

  @Test
  void a20000CharacterImrIsReadBackIdenticalAsAStringFromRuntimeAndHistory() {
    if ("postgres".equals(System.getProperty("test.database"))) {
      assertThat(jdbc.queryForObject("select version()", String.class)).contains("PostgreSQL");
    }
    RestClient rest = new RestClient(port, () -> AsyncContinuations.run(managementService));
    String caseReference = "Child Long " + System.nanoTime() % 100000;
    rest.referralToImrs(caseReference);
    JsonNode imr = rest.onlyTask("dorset-police", caseReference, "taskDefinitionKey=UserTask_SubmitImr");

    String analysis = text(20_000);
    String chronology = text(4_001);
    String lessons = text(4_000);
    Map<String, Object> form = new LinkedHashMap<>();
    form.put("imrAuthor", Map.of("value", "A. Author", "type", "String"));
    form.put("imrAuthorRole", Map.of("value", "Line manager", "type", "String"));
    form.put("imrChronology", Map.of("value", chronology, "type", "String"));
    form.put("imrAnalysis", Map.of("value", analysis, "type", "String"));
    form.put("imrLessons", Map.of("value", lessons, "type", "String"));
    form.put("imrRecommendations", Map.of("value", "Recommendations", "type", "String"));
    Reply submitted = rest.post("/engine-rest/task/" + imr.path("id").asText() + "/submit-form", "dorset-police",
        Map.of("variables", form));
    assertThat(submitted.status()).as(submitted.text()).isEqualTo(204);
    AsyncContinuations.run(managementService);

    JsonNode signOff = rest.onlyTask("dorset-police", caseReference, "taskDefinitionKey=UserTask_SignOffImr");
    String task = signOff.path("id").asText();
    String contribution = signOff.path("processInstanceId").asText();
    Map<String, String> written = Map.of("imrAnalysis", analysis, "imrChronology", chronology, "imrLessons", lessons);

    // Tasklist: the sign-off form and the task's variables
    JsonNode formVariables = ok(rest.get("/engine-rest/task/" + task + "/form-variables", "dorset-police"));
    JsonNode taskVariables = ok(rest.get("/engine-rest/task/" + task + "/variables", "dorset-police"));
    written.forEach((name, value) -> {
      assertIsString(formVariables.path(name), value, "form-variables " + name);
      assertIsString(taskVariables.path(name), value, "task variables " + name);
      assertIsString(ok(rest.get("/engine-rest/process-instance/" + contribution + "/variables/" + name, "scr.chair")),
          value, "process instance variable " + name);
    });

    // Cockpit: its variable view asks for the values without deserializing them
    JsonNode cockpit = ok(rest.post(paged("/engine-rest/variable-instance?deserializeValues=false"), "scr.chair",
        Map.of("processInstanceIdIn", List.of(contribution), "variableName", "imrAnalysis")));
    assertThat(cockpit.size()).isEqualTo(1);
    assertIsString(cockpit.get(0), analysis, "Cockpit's variable view");

    // history: the variable, and its update as a detail
    written.forEach((name, value) -> {
      JsonNode historic = ok(rest.get(paged("/engine-rest/history/variable-instance?processInstanceId=" + contribution
          + "&variableName=" + name), "scr.chair"));
      assertThat(historic.size()).isEqualTo(1);
      assertIsString(historic.get(0), value, "historic variable " + name);
      JsonNode updates = ok(rest.get(paged("/engine-rest/history/detail?variableUpdates=true&processInstanceId=" + contribution),
          "scr.chair"));
      List<JsonNode> ofName = new ArrayList<>();
      updates.forEach(update -> {
        if (name.equals(update.path("variableName").asText())) {
          ofName.add(update);
        }
      });
      assertThat(ofName).as("updates of " + name).hasSize(1);
      assertThat(ofName.get(0).path("variableType").asText()).isEqualTo("String");
      assertThat(ofName.get(0).path("value").asText()).as("historic update of " + name).isEqualTo(value);
    });

    // the record of the submitted form field keeps what fits in its column, and says it was shortened
    JsonNode formFields = ok(rest.get(paged("/engine-rest/history/detail?formFields=true&processInstanceId=" + contribution), "scr.chair"));
    JsonNode analysisField = null;
    for (JsonNode field : formFields) {
      if ("imrAnalysis".equals(field.path("fieldId").asText())) {
        analysisField = field;
      }
    }
    assertThat(analysisField).as("form field record of imrAnalysis").isNotNull();
    String recorded = analysisField.path("fieldValue").asText();
    assertThat(recorded.length()).isLessThanOrEqualTo(LongTextSerializer.COLUMN_LIMIT);
    assertThat(analysis).startsWith(recorded.substring(0, 3_000));
    assertThat(recorded).contains("20000 characters");

    // queries by value: exact for long text, as before for short text
    assertThat(count(rest, contribution, "imrAnalysis", analysis)).isEqualTo(1);
    assertThat(count(rest, contribution, "imrAnalysis", analysis.substring(0, 19_999) + "!")).isZero();
    assertThat(count(rest, contribution, "imrLessons", lessons)).isEqualTo(1);

    // the signed-off IMR joins the case, long text and all
    rest.complete("dorset-police", signOff, RestClient.variables("seniorManagerName", "S. Manager", "imrSignOff", "signed-off",
        "signOffNotes", "Signed off"));
    assertThat(rest.tasks("dorset-police", caseReference, "taskDefinitionKey=UserTask_SignOffImr").size()).isZero();
    assertThat(jdbc.queryForObject("select count(*) from act_ru_variable where type_ = ?", Integer.class,
        LongTextSerializer.NAME)).isPositive();
    assertThat(rest.get("/api/register/" + encode(caseReference), "scr.chair").status()).isEqualTo(200);
  }

  private static long count(RestClient rest, String processInstance, String name, String value) {
    Map<String, Object> condition = Map.of("name", name, "operator", "eq", "value", value);
    return ok(rest.post("/engine-rest/variable-instance/count", "scr.chair",
        Map.of("processInstanceIdIn", List.of(processInstance), "variableValues", List.of(condition)))).path("count").asLong();
  }

  private static JsonNode ok(Reply reply) {
    assertThat(reply.status()).as(reply.text().length() > 500 ? reply.text().substring(0, 500) : reply.text()).isEqualTo(200);
    return reply.body();
  }

  private static void assertIsString(JsonNode variable, String expected, String where) {
    assertThat(variable.path("type").asText()).as(where + " type").isEqualTo("String");
    String value = variable.path("value").asText();
    assertThat(value.length()).as(where + " length").isEqualTo(expected.length());
    assertThat(value).as(where).isEqualTo(expected);
  }
}
