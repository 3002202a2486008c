package uk.org.safeguarding.reviews.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.org.safeguarding.reviews.support.RestClient.paged;
import static uk.org.safeguarding.reviews.support.RestClient.encode;
import static uk.org.safeguarding.reviews.support.RestClient.variables;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;

import org.camunda.bpm.engine.ManagementService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

import uk.org.safeguarding.reviews.support.AsyncContinuations;
import uk.org.safeguarding.reviews.support.RestClient;
import uk.org.safeguarding.reviews.support.WebAppClient;
import uk.org.safeguarding.reviews.support.RestClient.Reply;
import uk.org.safeguarding.reviews.support.TestDatabase;

/**
 * Who may do what, over HTTP, for each role: two agencies taking part in a review (police,
 * council), an agency taking no part (CAFCASS), the SCR group chair, the board chair, the LADO,
 * an administrator and an anonymous caller. Every cell is asserted, allowed and denied alike.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "test.database=postgres")
@ActiveProfiles("test")
@Import(TestDatabase.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AccessMatrixIT {

  @Autowired ManagementService managementService;

  static final String CASE = "Child Matrix";
  static final String POLICE = "dorset-police";
  static final String COUNCIL = "poole-council";
  static final String UNINVOLVED_AGENCY = "cafcass";
  static final String SCR_CHAIR = "scr.chair";
  static final String BOARD_CHAIR = "board.chair";
  static final String LADO = "lado";
  static final String ADMIN = "admin";
  static final String ANONYMOUS = null;
  static final List<String> ROLES = java.util.Arrays.asList(POLICE, COUNCIL, UNINVOLVED_AGENCY, SCR_CHAIR, BOARD_CHAIR, LADO, ADMIN, ANONYMOUS);

  @LocalServerPort int port;
  RestClient rest;
  String councilImrTask;
  String councilImrInstance;
  String reviewInstance;
  int caseNumber;

  @BeforeAll
  void aReviewWithImrsFromPoliceAndCouncil() {
    rest = new RestClient(port, () -> AsyncContinuations.run(managementService));
    rest.referralToImrs(CASE);
    JsonNode councilImr = rest.onlyTask(SCR_CHAIR, CASE, "taskDefinitionKey=UserTask_SubmitImr&candidateGroup=agency-poole-council");
    councilImrTask = councilImr.path("id").asText();
    councilImrInstance = councilImr.path("processInstanceId").asText();
    reviewInstance = rest.get(paged("/engine-rest/process-instance?processDefinitionKey=serious-case-review&businessKey=" + encode(CASE)), SCR_CHAIR)
        .body().get(0).path("id").asText();
  }

  /** allowed: the user gets what it asked for; denied: 401 for anonymous, 403/404 or nothing listed otherwise. */
  enum Outcome { ALLOWED, DENIED, UNAUTHENTICATED }

  void assertMatrix(String resource, Map<String, Outcome> expected, Function<String, Outcome> attempt) {
    List<String> wrong = new ArrayList<>();
    for (String role : ROLES) {
      Outcome actual = attempt.apply(role);
      Outcome wanted = role == null ? Outcome.UNAUTHENTICATED : expected.get(role);
      if (actual != wanted) {
        wrong.add((role == null ? "anonymous" : role) + ": expected " + wanted + " but was " + actual);
      }
    }
    assertThat(wrong).as(resource).isEmpty();
  }

  static Map<String, Outcome> allowedFor(String... roles) {
    Map<String, Outcome> expected = new LinkedHashMap<>();
    for (String role : ROLES) {
      if (role != null) {
        expected.put(role, List.of(roles).contains(role) ? Outcome.ALLOWED : Outcome.DENIED);
      }
    }
    return expected;
  }

  static Outcome statusOutcome(Reply reply, int allowedStatus) {
    if (reply.status() == 401) {
      return Outcome.UNAUTHENTICATED;
    }
    assertThat(reply.status()).as(reply.text()).isLessThan(500);
    return reply.status() == allowedStatus ? Outcome.ALLOWED : Outcome.DENIED;
  }

  /** A list the engine filters by authorization: allowed when it holds what was asked for. */
  static Outcome listOutcome(Reply reply, Function<JsonNode, Boolean> holdsIt) {
    if (reply.status() == 401) {
      return Outcome.UNAUTHENTICATED;
    }
    assertThat(reply.status()).as(reply.text()).isIn(200, 403);
    return reply.status() == 200 && holdsIt.apply(reply.body()) ? Outcome.ALLOWED : Outcome.DENIED;
  }

  @Test
  void startAReferral() {
    assertMatrix("start a referral", allowedFor(POLICE, COUNCIL, UNINVOLVED_AGENCY, SCR_CHAIR), role -> statusOutcome(
        rest.post("/engine-rest/process-definition/key/safeguarding-referral/start", role, variables(
            "caseReference", "Referral " + (++caseNumber), "incidentSummary", "Summary", "referringAgency", "Police",
            "boardAwareOn", "2026-11-02", "agenciesInvolved", List.of(POLICE), "mediaInterest", false)), 200));
  }

  @Test
  void listAnotherAgencysImrTask() {
    assertMatrix("list the council's IMR task", allowedFor(COUNCIL, SCR_CHAIR, BOARD_CHAIR), role -> listOutcome(
        rest.get(paged("/engine-rest/task?taskDefinitionKey=UserTask_SubmitImr&candidateGroup=agency-poole-council&processInstanceBusinessKey="
            + encode(CASE)), role), body -> body.size() == 1));
  }

  /** The same list as Tasklist asks for it (HAL, with the task's links, identity links and definition embedded). */
  @Test
  void listAnotherAgencysImrTaskAsHal() {
    assertMatrix("list the council's IMR task, as HAL", allowedFor(COUNCIL, SCR_CHAIR, BOARD_CHAIR), role -> listOutcome(
        rest.getAccepting(paged("/engine-rest/task?taskDefinitionKey=UserTask_SubmitImr&candidateGroup=agency-poole-council"
            + "&processInstanceBusinessKey=" + encode(CASE)), role, "application/hal+json"),
        body -> body.path("_embedded").path("task").size() == 1 && body.path("count").asInt() == 1));
  }

  @Test
  void readAnotherAgencysImrTaskAsHal() {
    assertMatrix("read the council's IMR task, as HAL", allowedFor(COUNCIL, SCR_CHAIR, BOARD_CHAIR),
        role -> statusOutcome(rest.getAccepting("/engine-rest/task/" + councilImrTask, role, "application/hal+json"), 200));
  }

  @Test
  void readAnotherAgencysImrTask() {
    assertMatrix("read the council's IMR task", allowedFor(COUNCIL, SCR_CHAIR, BOARD_CHAIR),
        role -> statusOutcome(rest.get("/engine-rest/task/" + councilImrTask, role), 200));
  }

  @Test
  void readAnotherAgencysImrVariables() {
    assertMatrix("read the council's IMR process variables", allowedFor(COUNCIL, SCR_CHAIR, BOARD_CHAIR),
        role -> statusOutcome(rest.get("/engine-rest/process-instance/" + councilImrInstance + "/variables", role), 200));
  }

  @Test
  void readTheReviewsVariables() {
    assertMatrix("read the review's variables", allowedFor(SCR_CHAIR, BOARD_CHAIR),
        role -> statusOutcome(rest.get("/engine-rest/process-instance/" + reviewInstance + "/variables", role), 200));
  }

  @Test
  void readAnotherAgencysBriefingNote() {
    // the council reads the history of its own note (history is granted per task to its candidate group,
    // since history permissions are per instance); no other agency does
    assertMatrix("read the council's briefing note", allowedFor(COUNCIL, SCR_CHAIR, BOARD_CHAIR), role -> listOutcome(
        rest.get(paged("/engine-rest/history/variable-instance?variableName=briefingNote"), role),
        body -> body.toString().contains("Note from poole-council")));
    assertMatrix("read the briefing notes gathered on the referral", allowedFor(SCR_CHAIR, BOARD_CHAIR), role -> listOutcome(
        rest.get(paged("/engine-rest/history/variable-instance?variableName=briefingNotes&deserializeValues=false"), role),
        body -> body.toString().contains("Note from poole-council")));
  }

  @Test
  void readTheCasesHistory() {
    assertMatrix("read the case's history", allowedFor(SCR_CHAIR, BOARD_CHAIR), role -> listOutcome(
        rest.get(paged("/engine-rest/history/process-instance?processInstanceBusinessKey=" + encode(CASE)), role),
        body -> body.size() >= 4));
  }

  @Test
  void readTheRegister() {
    assertMatrix("read the register", allowedFor(SCR_CHAIR, BOARD_CHAIR),
        role -> statusOutcome(rest.get("/api/register/" + encode(CASE), role), 200));
  }

  @Test
  void readTheAnnualReport() {
    assertMatrix("read the annual report", allowedFor(BOARD_CHAIR),
        role -> statusOutcome(rest.get("/api/reports/annual.csv?year=2026", role), 200));
  }

  @Test
  void countEveryCaseOfEachProcess() {
    // the engine counts every instance of a definition the user may read, also the cases the user may not read
    assertMatrix("count the open cases of every process", allowedFor(SCR_CHAIR, BOARD_CHAIR, LADO, ADMIN),
        role -> statusOutcome(rest.get("/engine-rest/process-definition/statistics", role), 200));
    assertMatrix("count the engine's work (its metrics)", allowedFor(SCR_CHAIR, BOARD_CHAIR, LADO, ADMIN),
        role -> statusOutcome(rest.get("/engine-rest/metrics/activity-instance-start/sum", role), 200));
    Reply refused = rest.get("/engine-rest/process-definition/statistics", UNINVOLVED_AGENCY);
    assertThat(refused.body().path("message").asText()).contains("counts across every case are for those who watch the work");
    // Cockpit's own API (its dashboard's counts), which Camunda runs beside the engine's commands
    assertMatrix("count the open cases of every process in Cockpit's API (Cockpit's users only)", allowedFor(SCR_CHAIR, BOARD_CHAIR, LADO),
        role -> {
          String counts = "/camunda/api/cockpit/plugin/base/default/process-definition/statistics?firstResult=0&maxResults=50";
          return statusOutcome(role == null ? rest.get(counts, null) : WebAppClient.signIn(port, role).get(counts), 200);
        });
  }

  @Test
  void countTheStepsOfAProcessOnlyOverOnesOwnCases() {
    String contribution = rest.get(paged("/engine-rest/process-definition?key=agency-contribution&latestVersion=true"), SCR_CHAIR)
        .body().get(0).path("id").asText();
    for (String role : List.of(POLICE, COUNCIL, UNINVOLVED_AGENCY, SCR_CHAIR)) {
      Reply byStep = rest.get("/engine-rest/process-definition/" + contribution + "/statistics", role);
      assertThat(byStep.status()).as(role).isEqualTo(200);
      long counted = 0;
      for (JsonNode step : byStep.body()) {
        counted += step.path("id").asText().equals("UserTask_SubmitImr") ? step.path("instances").asLong() : 0;
      }
      long readable = rest.get("/engine-rest/task/count?taskDefinitionKey=UserTask_SubmitImr&processDefinitionId=" + contribution, role)
          .body().path("count").asLong();
      assertThat(counted).as("%s: IMRs being written, counted by step, against the IMR tasks %s may read", role, role)
          .isEqualTo(readable);
      if (role.equals(UNINVOLVED_AGENCY)) {
        assertThat(counted).as("an agency taking no part").isZero();
      } else {
        assertThat(counted).as(role).isPositive();
      }
    }
  }

  @Test
  void manageUsers() {
    assertMatrix("create a user", allowedFor(ADMIN), role -> statusOutcome(rest.post("/engine-rest/user/create", role,
        Map.of("profile", Map.of("id", "new.user." + (++caseNumber), "firstName", "New", "lastName", "User"),
            "credentials", Map.of("password", "A-long-password-1"))), 204));
    assertMatrix("list authorizations", allowedFor(ADMIN), role -> listOutcome(
        rest.get(paged("/engine-rest/authorization?groupIdIn=lado"), role), body -> body.size() > 0));
  }

  @Test
  @Order(Integer.MAX_VALUE)
  void completeAnotherAgencysImrTask() {
    for (String role : ROLES) {
      if (COUNCIL.equals(role)) {
        continue;
      }
      Reply reply = rest.post("/engine-rest/task/" + councilImrTask + "/complete", role, RestClient.imrVariables());
      assertThat(reply.status()).as("%s completing the council's IMR: %s", role, reply.text()).isIn(401, 403, 404);
      if (role == null) {
        assertThat(reply.status()).isEqualTo(401);
      }
    }
    assertThat(rest.get("/engine-rest/task/" + councilImrTask, COUNCIL).status()).as("still open").isEqualTo(200);
    Reply byCouncil = rest.post("/engine-rest/task/" + councilImrTask + "/complete", COUNCIL, RestClient.imrVariables());
    assertThat(byCouncil.status()).as(byCouncil.text()).isEqualTo(204);
  }

  @Test
  void anAgencyIsAddedWithoutACodeChange() {
    Reply refused = rest.post("/api/agencies", POLICE, Map.of("slug", "dorset-fire", "name", "Dorset Fire and Rescue"));
    assertThat(refused.status()).isEqualTo(403);
    Reply added = rest.post("/api/agencies", "business.manager", Map.of("slug", "dorset-fire", "name", "Dorset Fire and Rescue",
        "sector", "fire"));
    assertThat(added.status()).as(added.text()).isEqualTo(201);
    assertThat(rest.get("/engine-rest/group/agency-dorset-fire", ADMIN).status()).isEqualTo(200);
    assertThat(rest.get("/api/agencies", POLICE).text()).contains("Dorset Fire and Rescue");
    Reply duplicate = rest.post("/api/agencies", "business.manager", Map.of("slug", "dorset-fire", "name", "Again"));
    assertThat(duplicate.status()).isEqualTo(400);
    assertThat(duplicate.body().path("message").asText()).contains("already exists");
    // its name is shown in task names and form choices: held to the record's rule for text, as is its sector's form
    Reply markup = rest.post("/api/agencies", "business.manager", Map.of("slug", "img-agency", "name", "<img src=x onerror=alert(1)>"));
    assertThat(markup.status()).as(markup.text()).isEqualTo(400);
    assertThat(markup.body().path("message").asText()).contains("markup or expression syntax");
    Reply sector = rest.post("/api/agencies", "business.manager", Map.of("slug", "odd-agency", "name", "Odd", "sector", "Not a sector!"));
    assertThat(sector.status()).as(sector.text()).isEqualTo(400);
    // the start form, fetched as Tasklist fetches it, offers the new agency at once
    Reply startForm = rest.get("/engine-rest/process-definition/key/safeguarding-referral/deployed-start-form", SCR_CHAIR);
    assertThat(startForm.status()).isEqualTo(200);
    assertThat(startForm.text()).contains("\"value\":\"dorset-fire\"", "Dorset Fire and Rescue").doesNotContain("valuesKey");
    // it can be named when the case is referred, asked for a briefing note, and its group gets the task
    Reply referred = rest.post("/engine-rest/process-definition/key/safeguarding-referral/start", SCR_CHAIR, variables(
        "caseReference", "Child Fire", "incidentSummary", "Fire", "referringAgency", "Fire service", "boardAwareOn", "2026-11-02",
        "agenciesInvolved", List.of(POLICE, "dorset-fire")));
    assertThat(referred.status()).as(referred.text()).isEqualTo(200);
    rest.complete("scr.member", rest.onlyTask("scr.member", "Child Fire", "taskDefinitionKey=UserTask_TriageReferral"),
        variables("agenciesInvolved", List.of("dorset-fire")));
    assertThat(rest.onlyTask(SCR_CHAIR, "Child Fire", "candidateGroup=agency-dorset-fire").path("name").asText())
        .isEqualTo("Briefing note — Child Fire — Dorset Fire and Rescue");
  }

  @Test
  void tasklistKeepsNoFormDraftsInTheBrowser() {
    Reply config = rest.get("/camunda/app/tasklist/scripts/config.js", null);
    assertThat(config.status()).isEqualTo(200);
    assertThat(config.text()).contains("customScripts: ['scripts/no-local-drafts', 'scripts/drafts',");
    Reply script = rest.get("/camunda/app/tasklist/scripts/no-local-drafts.js", null);
    assertThat(script.text()).contains("camunda-form:", "Storage.prototype.setItem");
    assertThat(rest.get("/camunda/app/tasklist/styles/user-styles.css", null).text()).contains("save($event)");
  }

  @Test
  void onlyTheLadoIsGrantedLadoProcesses() {
    Reply grants = rest.get(paged("/engine-rest/authorization?resourceType=6&resourceId=lado-allegation"), ADMIN);
    assertThat(grants.status()).isEqualTo(200);
    assertThat(grants.body().findValuesAsText("groupId")).isNotEmpty().containsOnly("lado", "lado-manager");
    Reply wildcard = rest.get(paged("/engine-rest/authorization?resourceType=6&resourceId=*"), ADMIN);
    assertThat(wildcard.body().size()).as("no one holds rights on every process definition").isZero();
  }
}
