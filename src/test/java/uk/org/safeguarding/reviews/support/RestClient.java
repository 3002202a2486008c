package uk.org.safeguarding.reviews.support;

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
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;

/** Calls the running application over HTTP as a user would (demo users, password "demo"), or anonymously. */
public class RestClient {

  public static final ObjectMapper JSON = new ObjectMapper();

  public record Reply(int status, JsonNode body, String text, java.net.http.HttpHeaders headers) {

    public String header(String name) {
      return headers.firstValue(name).orElse(null);
    }
  }

  /**
   * The most results a signed-in user's list may hold (Camunda's {@code queryMaxResultsLimit}, set in
   * application.yaml): a list that does not ask for a page is refused, as it is for every client of the API.
   */
  public static final int MAX_RESULTS = 2000;

  private final int port;
  private final Runnable settle;
  private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();

  public RestClient(int port) {
    this(port, () -> {});
  }

  /**
   * {@code settle} runs after each completion: with the job executor off, a test in the
   * application's JVM passes {@code () -> AsyncContinuations.run(managementService)}.
   */
  public RestClient(int port, Runnable settle) {
    this.port = port;
    this.settle = settle;
  }

  /** {@code user} null: no credentials. {@code body}: a String is sent as it is, anything else as JSON. */
  public Reply call(String method, String path, String user, Object body) {
    return call(method, path, user, "demo", body);
  }

  /** As {@link #call(String, String, String, Object)}, signed in with the given password. */
  public Reply call(String method, String path, String user, String password, Object body) {
    return call(method, path, user, password, body, "application/json");
  }

  /** Posts a text (a CSV file) as the content type given. */
  public Reply postText(String path, String user, String contentType, String text) {
    return call("POST", path, user, "demo", text, contentType);
  }

  private Reply call(String method, String path, String user, String password, Object body, String contentType) {
    return call(method, path, user, password, body, contentType, "application/json");
  }

  /** A GET asking for the media type given (e.g. {@code application/hal+json}, as Tasklist asks for its task list). */
  public Reply getAccepting(String path, String user, String accept) {
    return call("GET", path, user, "demo", null, null, accept);
  }

  private Reply call(String method, String path, String user, String password, Object body, String contentType, String accept) {
    try {
      HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
          .header("Accept", accept)
          .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
              : HttpRequest.BodyPublishers.ofString(body instanceof String s ? s : JSON.writeValueAsString(body)));
      if (body != null) {
        request.header("Content-Type", contentType);
      }
      if (user != null) {
        request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
      }
      HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
      JsonNode json = null;
      try {
        json = response.body().isBlank() ? null : JSON.readTree(response.body());
      } catch (Exception notJson) {
        // an HTML page or plain text
      }
      return new Reply(response.statusCode(), json, response.body(), response.headers());
    } catch (Exception e) {
      throw new IllegalStateException(method + " " + path + ": " + e, e);
    }
  }

  public Reply get(String path, String user) {
    return call("GET", path, user, null);
  }

  public Reply post(String path, String user, Object body) {
    return call("POST", path, user, body);
  }

  public static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }

  /** Camunda REST variables: lists as Json (what Tasklist's checklists send), the rest by value. */
  public static Map<String, Object> variables(Object... keyValues) {
    Map<String, Object> vars = new LinkedHashMap<>();
    for (int i = 0; i < keyValues.length; i += 2) {
      Object value = keyValues[i + 1];
      try {
        vars.put((String) keyValues[i], value instanceof List<?> list
            ? Map.of("value", JSON.writeValueAsString(list), "type", "Json")
            : Map.of("value", value));
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    }
    return Map.of("variables", vars);
  }

  /** The path of a list, asking for its first page of {@link #MAX_RESULTS}, as a client of the API must. */
  public static String paged(String path) {
    return page(path, 0);
  }

  private static String page(String path, int firstResult) {
    return path + (path.contains("?") ? "&" : "?") + "firstResult=" + firstResult + "&maxResults=" + MAX_RESULTS;
  }

  /**
   * What a path answers a user who reads all they may: a list is refused unpaged (400), so it is read page
   * by page, as a client would, and its pages' rows answered together; anything else as it is answered.
   */
  public static Reply everyPage(Function<String, Reply> get, String path) {
    Reply asked = get.apply(path);
    if (asked.status() != 400 || !asked.text().contains("A list is given a page at a time")) {
      return asked;
    }
    ArrayNode rows = JSON.createArrayNode();
    for (int first = 0; ; first += MAX_RESULTS) {
      Reply page = get.apply(page(path, first));
      if (page.status() != 200 || page.body() == null || !page.body().isArray()) {
        return page;
      }
      rows.addAll((ArrayNode) page.body());
      if (page.body().size() < MAX_RESULTS) {
        return new Reply(200, rows, rows.toString(), page.headers());
      }
    }
  }

  /** The case's open tasks matching a query, as the user sees them. */
  public JsonNode tasks(String user, String caseReference, String query) {
    Reply reply = get(paged("/engine-rest/task?processInstanceBusinessKey=" + encode(caseReference) + "&" + query), user);
    assertThat(reply.status()).as(reply.text()).isEqualTo(200);
    return reply.body();
  }

  public JsonNode onlyTask(String user, String caseReference, String query) {
    JsonNode tasks = tasks(user, caseReference, query);
    assertThat(tasks.size()).as(query + " for " + user).isEqualTo(1);
    return tasks.get(0);
  }

  public void complete(String user, JsonNode task, Map<String, Object> body) {
    Reply reply = post("/engine-rest/task/" + task.path("id").asText() + "/complete", user, body);
    assertThat(reply.status()).as(reply.text()).isEqualTo(204);
    settle.run();
  }

  /** A referral by the police, open on the register, waiting for the SCR group's triage. */
  public void startReferral(String caseReference) {
    Reply started = post("/engine-rest/process-definition/key/safeguarding-referral/start", "dorset-police",
        variables("caseReference", caseReference, "incidentSummary", "Young boy victim of a filicide/suicide incident",
            "referringAgency", "Dorset Police", "boardAwareOn", "2026-11-02",
            "agenciesInvolved", List.of("dorset-police", "poole-council"), "mediaInterest", false));
    assertThat(started.status()).as(started.text()).isEqualTo(200);
    settle.run();
  }

  /** A referral by the police, triaged, briefed by police and council, recommended and initiated as an SCR with IMRs commissioned. */
  public void referralToImrs(String caseReference) {
    startReferral(caseReference);
    complete("scr.member", onlyTask("scr.member", caseReference, "taskDefinitionKey=UserTask_TriageReferral"),
        variables("agenciesInvolved", List.of("dorset-police", "poole-council")));
    for (String agency : List.of("dorset-police", "poole-council")) {
      complete(agency, onlyTask(agency, caseReference, "candidateGroup=agency-" + agency + "&taskDefinitionKey=UserTask_SubmitBriefingNote"),
          variables("agencyInvolvement", "Known since 2009", "briefingNote", "Note from " + agency));
    }
    complete("scr.chair", onlyTask("scr.chair", caseReference, "taskDefinitionKey=UserTask_RecommendOutcome"), variables(
        "recommendation", "scr", "scrCriteria", "mandatory", "recommendationReasons", "The child died"));
    complete("board.chair", onlyTask("board.chair", caseReference, "taskDefinitionKey=UserTask_DecideScr"), variables(
        "scrDecision", "initiate", "decisionReasons", "Criteria met"));
    complete("scr.chair", onlyTask("scr.chair", caseReference, "taskDefinitionKey=UserTask_AgreeTermsOfReference"), variables(
        "termsOfReference", "Involvement from birth", "periodUnderReview", "Birth to incident",
        "agenciesInvolved", List.of("dorset-police", "poole-council")));
    complete("scr.chair", onlyTask("scr.chair", caseReference, "taskDefinitionKey=UserTask_AppointPanelChairAndAuthor"), variables(
        "panelChair", "Prity Patel", "overviewAuthor", "Karen Tudor", "independenceConfirmed", true));
  }

  public static Map<String, Object> imrVariables() {
    return variables("imrAuthor", "A. Author", "imrAuthorRole", "Line manager", "imrChronology", "2009-2011",
        "imrAnalysis", "Analysis", "imrLessons", "Lessons", "imrRecommendations", "Recommendations");
  }
}
