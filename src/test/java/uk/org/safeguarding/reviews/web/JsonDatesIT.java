package uk.org.safeguarding.reviews.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;

import org.camunda.bpm.engine.ManagementService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

import uk.org.safeguarding.reviews.support.AsyncContinuations;
import uk.org.safeguarding.reviews.support.RestClient;
import uk.org.safeguarding.reviews.support.RestClient.Reply;
import uk.org.safeguarding.reviews.support.TestDatabase;
import uk.org.safeguarding.reviews.support.WebAppClient;

/**
 * A task's dates as Tasklist reads them: Camunda's format ({@code 2026-12-02T09:00:00.000+0000}) on
 * both engine APIs, whether the list is asked for as plain JSON or, as Tasklist asks for it, as HAL
 * ({@code application/hal+json}). Both APIs share one JSON mapper made at start-up; a mapper that
 * answered plain JSON only left HAL lists to a default one, which writes dates as numbers, and
 * Tasklist then showed "Invalid date".
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(TestDatabase.class)
class JsonDatesIT {

  private static final String CAMUNDA_DATE = "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}[+-]\\d{4}";
  private static final String HAL = "application/hal+json";

  @Autowired ManagementService managementService;
  @LocalServerPort int port;

  @Test
  void aTasksDatesAreInCamundasFormatOnBothApisAsJsonAndAsHal() {
    String caseReference = "Child Dates " + System.nanoTime() % 100000;
    RestClient rest = new RestClient(port, () -> AsyncContinuations.run(managementService));
    rest.startReferral(caseReference);
    String query = RestClient.paged("/task?processInstanceBusinessKey=" + RestClient.encode(caseReference) + "&taskDefinitionKey=UserTask_TriageReferral");

    JsonNode plain = rest.onlyTask("scr.member", caseReference, "taskDefinitionKey=UserTask_TriageReferral");
    assertDates("engine REST API, JSON", plain);

    Reply hal = rest.getAccepting("/engine-rest" + query, "scr.member", HAL);
    assertThat(hal.status()).as(hal.text()).isEqualTo(200);
    assertDates("engine REST API, HAL", onlyEmbeddedTask(hal));

    WebAppClient tasklist = WebAppClient.signIn(port, "scr.member");
    Reply webAppsPlain = tasklist.get(WebAppClient.ENGINE + query);
    assertThat(webAppsPlain.status()).as(webAppsPlain.text()).isEqualTo(200);
    assertThat(webAppsPlain.body().size()).isEqualTo(1);
    assertDates("web apps' engine API, JSON", webAppsPlain.body().get(0));

    Reply webAppsHal = tasklist.getAccepting(WebAppClient.ENGINE + query, HAL);
    assertThat(webAppsHal.status()).as(webAppsHal.text()).isEqualTo(200);
    assertDates("web apps' engine API, HAL (Tasklist's list)", onlyEmbeddedTask(webAppsHal));

    // the same instants on every API
    assertThat(onlyEmbeddedTask(webAppsHal).path("due").asText()).isEqualTo(plain.path("due").asText());
    assertThat(onlyEmbeddedTask(hal).path("created").asText()).isEqualTo(plain.path("created").asText());
  }

  private static JsonNode onlyEmbeddedTask(Reply hal) {
    JsonNode tasks = hal.body().path("_embedded").path("task");
    assertThat(tasks.size()).as(hal.text()).isEqualTo(1);
    return tasks.get(0);
  }

  private static void assertDates(String where, JsonNode task) {
    assertThat(task.path("created").isTextual()).as(where + ": created " + task.path("created")).isTrue();
    assertThat(task.path("created").asText()).as(where + ": created").matches(CAMUNDA_DATE);
    assertThat(task.path("due").asText()).as(where + ": due").matches(CAMUNDA_DATE);
  }
}
