package uk.org.safeguarding.reviews.review;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.org.safeguarding.reviews.support.RestClient.encode;
import static uk.org.safeguarding.reviews.support.RestClient.variables;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

import uk.org.safeguarding.reviews.calendar.Deadlines;
import uk.org.safeguarding.reviews.calendar.UkDates;
import uk.org.safeguarding.reviews.support.AsyncContinuations;
import uk.org.safeguarding.reviews.support.RestClient;
import uk.org.safeguarding.reviews.support.RestClient.Reply;
import uk.org.safeguarding.reviews.support.TestDatabase;

/**
 * The SCR group chair asks for an extension when it is needed, by the application's endpoint: the
 * board chair then has the decision, showing what was asked, by whom and when. Nobody else may ask;
 * a bad date or an empty reason is refused with 400 in plain words; nobody can send the request as
 * an engine message over {@code /engine-rest}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "test.database=postgres")
@ActiveProfiles("test")
@Import(TestDatabase.class)
class ExtensionRequestsIT {

  @Autowired ManagementService managementService;
  @Autowired RuntimeService runtimeService;
  @LocalServerPort int port;

  @Test
  void theScrGroupChairAsksAndTheBoardChairDecides() {
    RestClient rest = new RestClient(port, () -> AsyncContinuations.run(managementService));
    String caseReference = "Child Extension " + System.nanoTime() % 100000;
    LocalDate today = LocalDate.now(Deadlines.LONDON);
    Reply started = rest.post("/engine-rest/process-definition/key/serious-case-review/start", "scr.chair", variables(
        "caseReference", caseReference, "incidentSummary", "Child seriously injured at home",
        "boardAwareOn", today.minusDays(7).toString(), "agenciesInvolved", List.of("dorset-police"),
        "scrCriteria", "mandatory", "decisionReasons", "Serious harm; agencies worked together poorly"));
    assertThat(started.status()).as(started.text()).isEqualTo(200);
    String review = started.body().path("id").asText();
    LocalDate deadline = Deadlines.toLocalDate(runtimeService.getVariable(review, "reviewDueDate"));
    String path = "/api/reviews/" + encode(caseReference) + "/extension-requests";
    String asked = deadline.plusMonths(1).toString();
    Map<String, Object> request = Map.of("proposedDueDate", asked, "extensionReason", "The overview author is ill");

    assertThat(rest.tasks("scr.chair", caseReference, "taskDefinitionKey=UserTask_DecideExtension").size()).isZero();
    for (String notTheChair : List.of("dorset-police", "board.chair", "scr.member")) {
      assertThat(rest.post(path, notTheChair, request).status()).as(notTheChair).isEqualTo(403);
    }
    Reply tooEarly = rest.post(path, "scr.chair", Map.of("proposedDueDate", deadline.minusDays(1).toString(),
        "extensionReason", "More time"));
    assertThat(tooEarly.status()).as(tooEarly.text()).isEqualTo(400);
    assertThat(tooEarly.body().path("message").asText()).contains("must be after the current deadline");
    Reply notADate = rest.post(path, "scr.chair", Map.of("proposedDueDate", "next month", "extensionReason", "More time"));
    assertThat(notADate.status()).isEqualTo(400);
    assertThat(notADate.body().path("message").asText()).contains("'proposedDueDate' must be a date");
    Reply noReason = rest.post(path, "scr.chair", Map.of("proposedDueDate", asked, "extensionReason", " "));
    assertThat(noReason.status()).isEqualTo(400);
    assertThat(noReason.body().path("message").asText()).contains("give the reason");
    Reply unknown = rest.post("/api/reviews/" + encode("No such case") + "/extension-requests", "scr.chair", request);
    assertThat(unknown.status()).as(unknown.text()).isEqualTo(404);
    assertThat(rest.tasks("board.chair", caseReference, "taskDefinitionKey=UserTask_DecideExtension").size())
        .as("nothing refused reached the board chair").isZero();

    // the request's author and time are the server's: what the caller says of them is ignored
    Reply made = rest.post(path, "scr.chair", Map.of("proposedDueDate", asked, "extensionReason", "The overview author is ill",
        "requestedBy", "board.chair", "extensionRequestedBy", "board.chair"));
    assertThat(made.status()).as(made.text()).isEqualTo(201);
    assertThat(made.body().path("requestedBy").asText()).isEqualTo("scr.chair");
    AsyncContinuations.run(managementService);

    JsonNode decision = rest.onlyTask("board.chair", caseReference, "taskDefinitionKey=UserTask_DecideExtension");
    assertThat(made.body().path("decisionTaskId").asText()).isEqualTo(decision.path("id").asText());
    JsonNode shown = rest.get("/engine-rest/task/" + decision.path("id").asText() + "/variables", "board.chair").body();
    assertThat(shown.path("extensionReason").path("value").asText()).isEqualTo("The overview author is ill");
    assertThat(shown.path("extensionRequestedBy").path("value").asText()).isEqualTo("scr.chair");
    assertThat(shown.path("extensionRequestedByName").path("value").asText()).isEqualTo("Jean Haslett (SCR group chair)");
    assertThat(shown.path("proposedDueDateText").path("value").asText()).isEqualTo(UkDates.day(deadline.plusMonths(1)));
    assertThat(shown.path("extensionRequestedAtText").path("value").asText()).isNotBlank();

    Reply again = rest.post(path, "scr.chair", request);
    assertThat(again.status()).as("one request at a time").isEqualTo(409);
    assertThat(again.body().path("message").asText()).contains("already with the board chair");
    Reply overTheEngine = rest.post("/engine-rest/message", "scr.chair", Map.of("messageName", ReviewProcess.MESSAGE_EXTENSION_REQUESTED,
        "businessKey", caseReference, "processVariables", Map.of("proposedDueDate", Map.of("value", asked, "type", "String"))));
    assertThat(overTheEngine.status()).as(overTheEngine.text()).isEqualTo(403);

    rest.complete("board.chair", decision, variables("extensionDecision", "approved", "extensionDecisionReasons", "Agreed"));
    assertThat(Deadlines.toLocalDate(runtimeService.getVariable(review, "reviewDueDate"))).isEqualTo(deadline.plusMonths(1));
    assertThat(rest.tasks("board.chair", caseReference, "taskDefinitionKey=UserTask_DecideExtension").size()).isZero();
    Reply later = rest.post(path, "scr.chair", Map.of("proposedDueDate", deadline.plusMonths(2).toString(),
        "extensionReason", "The family asked to meet the panel"));
    assertThat(later.status()).as("another request may follow the decision").isEqualTo(201);
    runtimeService.deleteProcessInstance(review, "test over");
  }
}
