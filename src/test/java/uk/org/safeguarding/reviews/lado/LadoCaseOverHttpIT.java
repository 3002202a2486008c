package uk.org.safeguarding.reviews.lado;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.org.safeguarding.reviews.support.RestClient.paged;

import java.time.LocalDate;
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
import org.springframework.test.context.ActiveProfiles;

import uk.org.safeguarding.reviews.calendar.Deadlines;
import uk.org.safeguarding.reviews.support.AsyncContinuations;
import uk.org.safeguarding.reviews.support.RestClient;
import uk.org.safeguarding.reviews.support.RestClient.Reply;
import uk.org.safeguarding.reviews.support.TestDatabase;

/**
 * The issue's "done when", over the API Tasklist uses: the demo LADO records a referral, completes
 * the initial consideration and the allegation management meeting, and closes the case with an
 * outcome; the year's figures then count it in the right quarter, sector, outcome and band.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "test.database=postgres")
@ActiveProfiles("test")
@Import(TestDatabase.class)
class LadoCaseOverHttpIT {

  static final String LADO = "lado";

  @Autowired ManagementService managementService;
  @Autowired Deadlines deadlines;
  @LocalServerPort int port;

  static Map<String, Object> form(Object... keyValues) {
    Map<String, Object> vars = new LinkedHashMap<>();
    for (int i = 0; i < keyValues.length; i += 2) {
      Object value = keyValues[i + 1];
      vars.put((String) keyValues[i], value instanceof Map<?, ?> typed ? typed : Map.of("value", value));
    }
    return Map.of("variables", vars);
  }

  String onlyTask(RestClient rest, String instance, String definitionKey) {
    Reply tasks = rest.get(paged("/engine-rest/task?processInstanceId=" + instance + "&taskDefinitionKey=" + definitionKey), LADO);
    assertThat(tasks.body()).as(tasks.text()).hasSize(1);
    return tasks.body().get(0).path("id").asText();
  }

  void complete(RestClient rest, String task, Map<String, Object> form) {
    Reply claimed = rest.post("/engine-rest/task/" + task + "/claim", LADO, Map.of("userId", LADO));
    assertThat(claimed.status()).as(claimed.text()).isEqualTo(204);
    Reply done = rest.post("/engine-rest/task/" + task + "/submit-form", LADO, form);
    assertThat(done.status()).as(done.text()).isIn(200, 204);
    AsyncContinuations.run(managementService);
  }

  @Test
  void theLadoRecordsAReferralMeetsAndClosesItAndTheFiguresCountIt() {
    RestClient rest = new RestClient(port, () -> AsyncContinuations.run(managementService));
    LocalDate today = deadlines.today();
    int year = today.getMonthValue() >= 4 ? today.getYear() : today.getYear() - 1;
    String quarter = "Q" + ((today.getMonthValue() + 8) % 12 / 3 + 1);
    JsonNode before = rest.get("/api/lado/figures?year=" + year, LADO).body();

    Reply started = rest.post("/engine-rest/process-definition/key/" + LadoAllegationProcess.KEY + "/submit-form", LADO, form(
        "referrerName", "Club welfare officer", "referrerOrganisation", "Harbour Rowing Club", "sector", "sport",
        "personName", "Ottoline Vance " + System.nanoTime(), "personRole", "Coach", "employerName", "Harbour Rowing Club",
        "allegation", "A rower says the coach shouted and pushed him", "allegationWhen", "Saturday", "childrenInvolved", "Child R",
        "employerAwareOn", today.minusDays(2).toString(), "referredOn", today.toString(), "leadAuthority", "this-authority"));
    assertThat(started.status()).as(started.text()).isEqualTo(200);
    String instance = started.body().path("id").asText();
    AsyncContinuations.run(managementService);

    complete(rest, onlyTask(rest, instance, LadoAllegationProcess.TASK_INITIAL_CONSIDERATION), form(
        "initialConsideration", "threshold-met", "considerationNotes", "Physical contact with a child"));
    complete(rest, onlyTask(rest, instance, LadoAllegationProcess.TASK_ALLEGATION_MEETING), form(
        "meetingHeldOn", today.toString(), "attendees", "LADO, club welfare officer", "suspensionDecision", "not-suspended",
        "suspensionReasons", "Coaches only with another adult present", "route", "plainly-unsubstantiated-or-malicious",
        "reviewMeetingWeeks", 4));
    complete(rest, onlyTask(rest, instance, LadoAllegationProcess.TASK_RESOLVE_PLAINLY), form(
        "outcomeCategory", "unsubstantiated", "outcomeReasons", "Witnesses saw no push",
        "conclusionActions", Map.of("value", "[\"no-further-action\"]", "type", "Json")));

    Reply ended = rest.get("/engine-rest/history/process-instance/" + instance, LADO);
    assertThat(ended.body().path("state").asText()).as(ended.text()).isEqualTo("COMPLETED");
    JsonNode after = rest.get("/api/lado/figures?year=" + year, LADO).body();
    assertThat(after.path("referrals").asInt()).isEqualTo(before.path("referrals").asInt() + 1);
    assertThat(after.path("referralsByQuarter").path(quarter).asInt())
        .isEqualTo(before.path("referralsByQuarter").path(quarter).asInt() + 1);
    assertThat(after.path("referralsBySector").path("sport").asInt())
        .isEqualTo(before.path("referralsBySector").path("sport").asInt() + 1);
    assertThat(after.path("outcomes").path("unsubstantiated").asInt())
        .isEqualTo(before.path("outcomes").path("unsubstantiated").asInt() + 1);
    assertThat(after.path("resolution").path("withinOneMonth").asInt())
        .isEqualTo(before.path("resolution").path("withinOneMonth").asInt() + 1);
    String csv = rest.get("/api/lado/figures.csv?year=" + year, LADO).text();
    assertThat(csv).contains("unsubstantiated");
    assertThat(List.of("scr.chair", "board.chair", "dorset-police"))
        .allSatisfy(other -> assertThat(rest.get("/api/lado/figures?year=" + year, other).status()).isEqualTo(403));
  }
}
