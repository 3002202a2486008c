package uk.org.safeguarding.reviews.drafts;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import uk.org.safeguarding.reviews.support.AsyncContinuations;
import uk.org.safeguarding.reviews.support.RestClient;
import uk.org.safeguarding.reviews.support.RestClient.Reply;
import uk.org.safeguarding.reviews.support.TestDatabase;
import uk.org.safeguarding.reviews.support.WebAppClient;

/**
 * Drafts of a task's form, kept on the server: the agency that holds its IMR saves and reads its
 * own draft (also in its Tasklist session, with the CSRF token); another agency can neither read
 * nor write it; only the form's own fields are kept; the draft is gone once the task is completed
 * (in the completion's own transaction), or its case cancelled.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "test.database=postgres")
@ActiveProfiles("test")
@Import(TestDatabase.class)
class DraftsIT {

  @Autowired ManagementService managementService;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskDrafts drafts;
  @Autowired TaskService taskService;
  @Autowired PlatformTransactionManager transactionManager;
  @LocalServerPort int port;

  RestClient rest() {
    return new RestClient(port, () -> AsyncContinuations.run(managementService));
  }

  static String draftOf(JsonNode task) {
    return "/api/drafts/tasks/" + task.path("id").asText();
  }

  @Test
  void theAgencyKeepsItsOwnDraftOfItsImrUntilItCompletesIt() throws Exception {
    String caseReference = "Child Draft " + System.nanoTime() % 100000;
    RestClient rest = rest();
    rest.referralToImrs(caseReference);
    JsonNode imr = rest.onlyTask("dorset-police", caseReference, "taskDefinitionKey=UserTask_SubmitImr");
    String draft = draftOf(imr);

    assertThat(rest.get(draft, "dorset-police").status()).as("no draft yet").isEqualTo(204);
    Reply saved = rest.call("PUT", draft, "dorset-police", Map.of("imrAuthor", "A. Author", "imrChronology", "2009: first contact"));
    assertThat(saved.status()).as(saved.text()).isEqualTo(200);
    assertThat(saved.body().path("savedAtText").asText()).as("a UK date").matches("\\d{1,2} [A-Z][a-z]{2} \\d{4}, \\d{2}:\\d{2}");
    Reply read = rest.get(draft, "dorset-police");
    assertThat(read.status()).as(read.text()).isEqualTo(200);
    assertThat(read.body().path("values").path("imrChronology").asText()).isEqualTo("2009: first contact");
    assertThat(read.body().path("values").path("imrAuthor").asText()).isEqualTo("A. Author");

    // another agency: the task is not there for it, let alone the draft
    Reply notTheirs = rest.get(draft, "poole-council");
    assertThat(notTheirs.status()).isEqualTo(404);
    assertThat(notTheirs.body().path("message").asText()).startsWith("There is no open task").doesNotContain("A. Author");
    assertThat(rest.call("PUT", draft, "poole-council", Map.of("imrAuthor", "Someone else")).status()).isEqualTo(404);
    assertThat(rest.call("DELETE", draft, "poole-council", null).status()).isEqualTo(404);
    assertThat(rest.get(draft, "dorset-police").body().path("values").path("imrAuthor").asText()).isEqualTo("A. Author");

    // only what the form lets a person fill in, and not too much of it
    Reply unknown = rest.call("PUT", draft, "dorset-police", Map.of("imrAuthor", "A. Author", "panelDecision", "accepted"));
    assertThat(unknown.status()).isEqualTo(400);
    assertThat(unknown.body().path("message").asText()).contains("'panelDecision' is not a field");
    assertThat(rest.call("PUT", draft, "dorset-police", Map.of("caseReference", "Another child")).status())
        .as("a field the form shows read-only").isEqualTo(400);
    assertThat(rest.call("PUT", draft, "dorset-police", "[\"imrAuthor\"]").status()).as("not an object").isEqualTo(400);
    assertThat(rest.call("PUT", draft, "dorset-police", "{not json").status()).isEqualTo(400);
    Reply tooLarge = rest.call("PUT", draft, "dorset-police", Map.of("imrChronology", "x".repeat(70_000)));
    assertThat(tooLarge.status()).isEqualTo(413);
    assertThat(tooLarge.body().path("message").asText()).isEqualTo("A draft is at most 64 KB; this one is larger and was not saved");
    assertThat(rest.get(draft, "dorset-police").body().path("values").path("imrChronology").asText())
        .as("refused drafts change nothing").isEqualTo("2009: first contact");

    // not signed in
    assertThat(rest.get(draft, null).status()).isEqualTo(401);
    assertThat(rest.call("PUT", draft, null, Map.of("imrAuthor", "x")).status()).isEqualTo(401);

    // Tasklist saves it in the person's session, with the session's CSRF token; without the token: refused
    WebAppClient tasklist = WebAppClient.signIn(port, "dorset-police");
    Reply inSession = tasklist.call("PUT", draft, Map.of("imrAuthor", "A. Author", "imrChronology", "2009: first contact; 2010: referral"));
    assertThat(inSession.status()).as(inSession.text()).isEqualTo(200);
    assertThat(tasklist.get(draft).body().path("values").path("imrChronology").asText()).endsWith("2010: referral");
    Reply forged = WebAppClient.signIn(port, "dorset-police").withoutCsrfToken().call("PUT", draft, Map.of("imrAuthor", "Forged"));
    assertThat(forged.status()).isEqualTo(401);
    HttpResponse<String> expired = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + draft))
        .header("X-XSRF-TOKEN", "from-a-session-that-has-expired").header("Content-Type", "application/json")
        .PUT(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(expired.statusCode()).isEqualTo(401);
    assertThat(expired.headers().firstValue("WWW-Authenticate")).as("no browser sign-in box over Tasklist").isEmpty();

    rest.complete("dorset-police", imr, RestClient.imrVariables());
    assertThat(drafts.count(imr.path("id").asText())).as("the draft is removed with the task's completion").isZero();
    assertThat(rest.get(draft, "dorset-police").status()).isEqualTo(404);
  }

  @Test
  void aDraftGoesWithItsTaskWhenTheCaseIsCancelled() {
    String caseReference = "Child Cancelled " + System.nanoTime() % 100000;
    RestClient rest = rest();
    rest.referralToImrs(caseReference);
    JsonNode imr = rest.onlyTask("poole-council", caseReference, "taskDefinitionKey=UserTask_SubmitImr");
    assertThat(rest.call("PUT", draftOf(imr), "poole-council", Map.of("imrAuthor", "B. Author")).status()).isEqualTo(200);
    assertThat(drafts.count(imr.path("id").asText())).isEqualTo(1);

    // removed in the completion's own transaction: a completion rolled back keeps the draft
    String taskId = imr.path("id").asText();
    new TransactionTemplate(transactionManager).executeWithoutResult(transaction -> {
      taskService.complete(taskId, Map.of("imrAuthor", "B. Author", "imrAuthorRole", "Line manager", "imrChronology", "2009",
          "imrAnalysis", "Analysis", "imrLessons", "Lessons", "imrRecommendations", "Recommendations"));
      assertThat(drafts.count(taskId)).isZero();
      transaction.setRollbackOnly();
    });
    assertThat(drafts.count(taskId)).as("the completion rolled back, the draft kept").isEqualTo(1);

    runtimeService.deleteProcessInstance(imr.path("processInstanceId").asText(), "cancelled in Cockpit", true, true);
    assertThat(drafts.count(imr.path("id").asText())).as("skipping custom listeners still removes drafts").isZero();
  }
}
