package uk.org.safeguarding.reviews.endtoend;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.org.safeguarding.reviews.support.RestClient.paged;
import static uk.org.safeguarding.reviews.support.RestClient.encode;
import static uk.org.safeguarding.reviews.support.RestClient.variables;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import org.camunda.bpm.engine.ManagementService;
import org.junit.jupiter.api.BeforeEach;
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
 * The whole application on a real PostgreSQL (embedded), driven over HTTP the way Tasklist and
 * another system would: a referral becomes a serious case review with IMRs from each agency.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "test.database=postgres")
@ActiveProfiles("test")
@Import(TestDatabase.class)
class ReferralToScrOverHttpIT {

  @Autowired ManagementService managementService;

  private static final String CASE = "Child G";

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;
  RestClient rest;

  @BeforeEach
  void client() {
    rest = new RestClient(port, () -> AsyncContinuations.run(managementService));
  }

  int count(String sql) {
    return jdbc.queryForObject(sql, Integer.class);
  }

  @Test
  void aReferralBecomesASeriousCaseReviewWithImrsFromEachAgency() {
    assertThat(jdbc.queryForObject("select version()", String.class)).contains("PostgreSQL");
    assertThat(rest.get("/camunda/app/tasklist/", null).status()).isEqualTo(200);
    assertThat(rest.get("/engine-rest/task", null).status()).isEqualTo(401);

    // a start with missing and malformed variables is refused with what was wrong, and leaves nothing
    int executionsBefore = count("select count(*) from act_ru_execution");
    Reply refused = rest.post("/engine-rest/process-definition/key/safeguarding-referral/start", "scr.chair",
        variables("caseReference", CASE, "boardAwareOn", "last Tuesday"));
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.body().path("message").asText())
        .contains("'Summary of the incident' is required", "'Date the board became aware' must be a date");
    assertThat(count("select count(*) from act_ru_execution")).isEqualTo(executionsBefore);
    assertThat(count("select count(*) from register_entry where case_reference = 'Child G'")).isZero();
    assertThat(rest.post("/engine-rest/process-definition/key/safeguarding-referral/start", "scr.chair", "{not json").status())
        .isEqualTo(400);

    Reply started = rest.post("/engine-rest/process-definition/key/safeguarding-referral/start", "scr.chair",
        variables("caseReference", CASE, "incidentSummary", "Young boy victim of a filicide/suicide incident",
            "referringAgency", "Dorset Police", "boardAwareOn", "2026-11-02",
            "agenciesInvolved", List.of("dorset-police", "poole-council"), "mediaInterest", false));
    assertThat(started.status()).as(started.text()).isEqualTo(200);
    assertThat(started.body().path("businessKey").asText()).isEqualTo(CASE);

    JsonNode triage = rest.onlyTask("scr.member", CASE, "taskDefinitionKey=UserTask_TriageReferral");
    assertThat(triage.path("name").asText()).isEqualTo("Triage referral — Child G");
    Reply form = rest.get("/engine-rest/task/" + triage.path("id").asText() + "/deployed-form", "scr.member");
    assertThat(form.status()).isEqualTo(200);
    assertThat(form.body().path("id").asText()).isEqualTo("triage-referral");
    Reply formVariables = rest.get("/engine-rest/task/" + triage.path("id").asText() + "/form-variables", "scr.member");
    assertThat(formVariables.text()).contains("agencyOptions", "Dorset Police");
    rest.complete("scr.member", triage, variables("agenciesInvolved", List.of("dorset-police", "poole-council")));

    for (String agency : List.of("dorset-police", "poole-council")) {
      JsonNode note = rest.onlyTask(agency, CASE, "candidateGroup=agency-" + agency + "&taskDefinitionKey=UserTask_SubmitBriefingNote");
      assertThat(rest.get("/engine-rest/task/" + note.path("id").asText() + "/deployed-form", agency).status()).isEqualTo(200);
      rest.complete(agency, note, variables("agencyInvolvement", "Known since 2009", "briefingNote", "Note from " + agency));
    }
    rest.complete("scr.chair", rest.onlyTask("scr.chair", CASE, "taskDefinitionKey=UserTask_RecommendOutcome"), variables(
        "recommendation", "scr", "scrCriteria", "mandatory", "recommendationReasons", "The child died"));
    rest.complete("board.chair", rest.onlyTask("board.chair", CASE, "taskDefinitionKey=UserTask_DecideScr"), variables(
        "scrDecision", "initiate", "decisionReasons", "Criteria met"));

    Reply reviews = rest.get(paged("/engine-rest/process-instance?processDefinitionKey=serious-case-review&businessKey=" + encode(CASE)), "scr.chair");
    assertThat(reviews.body().size()).isEqualTo(1);

    rest.complete("scr.chair", rest.onlyTask("scr.chair", CASE, "taskDefinitionKey=UserTask_AgreeTermsOfReference"), variables(
        "termsOfReference", "Involvement from birth", "periodUnderReview", "Birth to incident",
        "agenciesInvolved", List.of("dorset-police", "poole-council")));
    rest.complete("scr.chair", rest.onlyTask("scr.chair", CASE, "taskDefinitionKey=UserTask_AppointPanelChairAndAuthor"), variables(
        "panelChair", "Prity Patel", "overviewAuthor", "Karen Tudor", "independenceConfirmed", true));

    // each agency sees its own IMR task, with its form, and not the other's
    JsonNode imr = rest.onlyTask("dorset-police", CASE, "taskDefinitionKey=UserTask_SubmitImr");
    assertThat(imr.path("name").asText()).isEqualTo("IMR — Child G — Dorset Police");
    // in the REST API's own date format, as Camunda's clients (and ours) read it
    assertThat(imr.path("due").asText()).matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}[+-]\\d{4}");
    Reply imrForm = rest.get("/engine-rest/task/" + imr.path("id").asText() + "/deployed-form", "dorset-police");
    assertThat(imrForm.status()).isEqualTo(200);
    assertThat(imrForm.body().path("id").asText()).isEqualTo("imr");
    assertThat(rest.onlyTask("poole-council", CASE, "taskDefinitionKey=UserTask_SubmitImr").path("name").asText())
        .isEqualTo("IMR — Child G — Borough of Poole");

    // an incomplete IMR is refused and the task stays open
    Reply incomplete = rest.post("/engine-rest/task/" + imr.path("id").asText() + "/complete", "dorset-police",
        variables("imrAuthor", "A. Author"));
    assertThat(incomplete.status()).isEqualTo(400);
    assertThat(incomplete.body().path("message").asText()).contains("'Chronology of involvement' is required");
    assertThat(rest.onlyTask("dorset-police", CASE, "taskDefinitionKey=UserTask_SubmitImr").path("id")).isEqualTo(imr.path("id"));

    rest.complete("dorset-police", imr, RestClient.imrVariables());
    JsonNode signOff = rest.onlyTask("dorset-police", CASE, "taskDefinitionKey=UserTask_SignOffImr");
    assertThat(signOff.path("name").asText()).isEqualTo("Senior manager sign-off of IMR — Child G — Dorset Police");

    // Cockpit's view for the SCR group chair: each agency's IMR deadline timer
    JsonNode contributions = rest.get(paged("/engine-rest/process-instance?processDefinitionKey=agency-contribution&businessKey="
        + encode(CASE)), "scr.chair").body();
    assertThat(contributions.size()).isEqualTo(2);
    for (JsonNode contribution : contributions) {
      Reply jobs = rest.get(paged("/engine-rest/job?timers=true&activityId=Timer_ContributionOverdue&processInstanceId="
          + contribution.path("id").asText()), "scr.chair");
      assertThat(jobs.body().size()).isEqualTo(1);
      String due = jobs.body().get(0).path("dueDate").asText();
      assertThat(java.time.OffsetDateTime.parse(due, java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ"))
          .atZoneSameInstant(java.time.ZoneId.of("Europe/London")).toLocalTime()).as("close of business").isEqualTo(java.time.LocalTime.of(17, 0));
    }

    Reply register = rest.get("/api/register/" + encode(CASE), "scr.chair");
    assertThat(register.status()).isEqualTo(200);
    assertThat(register.body().findValuesAsText("entryType")).containsExactly("referral", "serious-case-review");
    assertThat(register.text()).contains("Prity Patel", "Karen Tudor", "imrs-commissioned");
    JsonNode scrClock = register.body().get(1).path("clocks").get(0);
    assertThat(scrClock.path("clock").asText()).isEqualTo("scr-completion");
    assertThat(scrClock.has("met")).as("the register says whether each statutory date was met").isTrue();

    // the tracker, filtered and paged: the open serious case reviews, this one among them
    Reply openReviews = rest.get("/api/register?open=true&type=serious-case-review&page=0&size=50", "scr.chair");
    assertThat(openReviews.status()).isEqualTo(200);
    assertThat(openReviews.body().findValuesAsText("caseReference")).contains(CASE);
    assertThat(openReviews.body().findValuesAsText("entryType")).containsOnly("serious-case-review");
    assertThat(openReviews.header("X-Total-Count")).isEqualTo(Integer.toString(openReviews.body().size()));
    Reply badPage = rest.get("/api/register?page=0&size=0", "scr.chair");
    assertThat(badPage.status()).isEqualTo(400);
    assertThat(badPage.body().path("message").asText()).contains("size must be between 1 and 500");

    // who did what: attributable to each user
    Reply trail = rest.get("/api/register/" + encode(CASE) + "/audit-trail", "scr.chair");
    assertThat(trail.status()).isEqualTo(200);
    assertThat(trail.body().findValuesAsText("userId")).contains("scr.member", "dorset-police", "poole-council", "board.chair", "scr.chair");
    assertThat(trail.body().findValuesAsText("operation")).contains("Complete");
  }
}
