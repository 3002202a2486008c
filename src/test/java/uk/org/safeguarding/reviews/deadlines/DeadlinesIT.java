package uk.org.safeguarding.reviews.deadlines;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Date;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

import uk.org.safeguarding.reviews.calendar.Deadlines;
import uk.org.safeguarding.reviews.engine.JsonVariables;
import uk.org.safeguarding.reviews.lado.LadoAllegationProcess;
import uk.org.safeguarding.reviews.localreview.LocalLearningReviewProcess;
import uk.org.safeguarding.reviews.support.AsyncContinuations;
import uk.org.safeguarding.reviews.support.RestClient;
import uk.org.safeguarding.reviews.support.RestClient.Reply;
import uk.org.safeguarding.reviews.support.TestDatabase;
import uk.org.safeguarding.reviews.support.WebAppClient;

/**
 * The managers' deadlines view: most urgent first, working days counted across bank holidays,
 * overdue marked, timers still to fire listed; for the partnership's roles (also in their web-app
 * session, as the Cockpit view reads it) and the LADO service; refused to agencies; a LADO excluded
 * from a case does not see its deadlines.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "test.database=postgres")
@ActiveProfiles("test")
@Import(TestDatabase.class)
class DeadlinesIT {

  @Autowired RuntimeService runtimeService;
  @Autowired ManagementService managementService;
  @LocalServerPort int port;

  @AfterEach
  void realTime() {
    ClockUtil.reset();
  }

  void today(LocalDate day) {
    ClockUtil.setCurrentTime(Date.from(day.atTime(LocalTime.of(10, 0)).atZone(Deadlines.LONDON).toInstant()));
  }

  RestClient rest() {
    return new RestClient(port, () -> AsyncContinuations.run(managementService));
  }

  List<JsonNode> ofCase(JsonNode deadlines, String caseReference) {
    List<JsonNode> rows = new java.util.ArrayList<>();
    deadlines.forEach(d -> {
      if (caseReference.equals(d.path("caseReference").asText())) {
        rows.add(d);
      }
    });
    return rows;
  }

  @Test
  void deadlinesAreSortedByUrgencyCountedInWorkingDaysAndMarkedOverdue() {
    // Monday 14 December 2026: the terms are due in 10 working days, past Christmas and the substitute Boxing Day
    today(LocalDate.of(2026, 12, 14));
    String caseReference = "Deadlines " + System.nanoTime();
    ProcessInstance review = runtimeService.startProcessInstanceByKey(LocalLearningReviewProcess.KEY, Variables.createVariables()
        .putValue("caseReference", caseReference).putValue("incidentSummary", "Neglect")
        .putValue("boardAwareOn", "2026-12-01").putValue("agenciesInvolved", JsonVariables.json(List.of("poole-council")))
        .putValue("localReviewReasons", "Learning about transition"));
    AsyncContinuations.run(managementService);

    today(LocalDate.of(2026, 12, 23));
    Reply soon = rest().get("/api/deadlines", "business.manager");
    assertThat(soon.status()).as(soon.text()).isEqualTo(200);
    JsonNode terms = ofCase(soon.body(), caseReference).get(0);
    assertThat(terms.path("kind").asText()).isEqualTo("task");
    assertThat(terms.path("dueOn").asText()).isEqualTo("2026-12-30");
    assertThat(terms.path("workingDaysLeft").asInt()).as("24, 29 and 30 December").isEqualTo(3);
    assertThat(terms.path("state").asText()).isEqualTo("due-soon");
    assertThat(terms.path("party").asText()).isEqualTo("SCR group chair");
    assertThat(terms.path("cockpitLink").asText()).endsWith(review.getId() + "/runtime");
    assertThat(terms.path("tasklistLink").asText()).contains("/camunda/app/tasklist/default/#/?task=");

    // Monday 4 January 2027: overdue by 2 working days (31 December, 4 January; 1 January is a holiday), at the top
    today(LocalDate.of(2027, 1, 4));
    JsonNode all = rest().get("/api/deadlines", "board.chair").body();
    JsonNode overdue = ofCase(all, caseReference).get(0);
    assertThat(overdue.path("state").asText()).isEqualTo("overdue");
    assertThat(overdue.path("workingDaysLeft").asInt()).isEqualTo(-2);
    for (int i = 1; i < all.size(); i++) {
      assertThat(all.get(i).path("due").asText()).as("sorted by due date").isGreaterThanOrEqualTo(all.get(i - 1).path("due").asText());
    }
    assertThat(rest().get("/api/deadlines?state=overdue", "business.manager").body())
        .allSatisfy(d -> assertThat(d.path("state").asText()).isEqualTo("overdue"));
    assertThat(rest().get("/api/deadlines?state=late", "business.manager").status()).isEqualTo(400);

    String summary = rest().get("/api/deadlines/summary", "board.chair").text();
    assertThat(summary).contains(caseReference, "30 Dec 2026, 17:00", "2 overdue", "As at 4 Jan 2027");

    // the Cockpit view reads it in the manager's web-app session; an agency is refused either way
    Reply inSession = WebAppClient.signIn(port, "business.manager").get("/api/deadlines?process=" + LocalLearningReviewProcess.KEY);
    assertThat(inSession.status()).as(inSession.text()).isEqualTo(200);
    assertThat(ofCase(inSession.body(), caseReference)).isNotEmpty();
    assertThat(rest().get("/api/deadlines", "poole-council").status()).isEqualTo(403);
    assertThat(rest().get("/api/deadlines", null).status()).isEqualTo(401);
    runtimeService.deleteProcessInstance(review.getId(), "test over", true, true);
  }

  @Test
  void theLadoServiceSeesLadoDeadlinesButNotACaseItsLadoIsExcludedFrom() {
    LocalDate today = LocalDate.now(Deadlines.LONDON);
    Reply started = rest().post("/engine-rest/process-definition/key/" + LadoAllegationProcess.KEY + "/submit-form", "lado",
        Map.of("variables", Map.ofEntries(Map.entry("referrerName", Map.of("value", "DSL")),
            Map.entry("referrerOrganisation", Map.of("value", "Elm School")), Map.entry("sector", Map.of("value", "education")),
            Map.entry("personRole", Map.of("value", "Teacher")), Map.entry("employerName", Map.of("value", "Elm School")),
            Map.entry("allegation", Map.of("value", "Shouted at a pupil")), Map.entry("allegationWhen", Map.of("value", "Monday")),
            Map.entry("childrenInvolved", Map.of("value", "Child E")),
            Map.entry("employerAwareOn", Map.of("value", today.toString())), Map.entry("referredOn", Map.of("value", today.toString())),
            Map.entry("leadAuthority", Map.of("value", "this-authority")))));
    assertThat(started.status()).as(started.text()).isEqualTo(200);
    String reference = runtimeService.createProcessInstanceQuery().processInstanceId(started.body().path("id").asText())
        .singleResult().getBusinessKey();
    assertThat(ofCase(rest().get("/api/deadlines", "lado.two").body(), reference)).isNotEmpty();
    assertThat(ofCase(rest().get("/api/deadlines", "business.manager").body(), reference)).as("not the review roles").isEmpty();

    Reply excluded = rest().post("/api/lado/cases/" + reference + "/exclusions", "lado.manager",
        Map.of("userId", "lado.two", "reason", "Knows the teacher"));
    assertThat(excluded.status()).as(excluded.text()).isEqualTo(201);
    assertThat(ofCase(rest().get("/api/deadlines", "lado.two").body(), reference)).isEmpty();
    assertThat(ofCase(rest().get("/api/deadlines", "lado").body(), reference)).isNotEmpty();
    runtimeService.deleteProcessInstance(started.body().path("id").asText(), "test over", true, true);
  }

  @Test
  void everyRoleGetsWhatItMaySee() {
    RestClient rest = rest();
    for (String role : List.of("scr.chair", "scr.member", "board.chair", "business.manager", "la.partner", "police.partner",
        "health.partner", "lado", "lado.two", "lado.manager")) {
      for (String path : List.of("/api/deadlines", "/api/deadlines/summary")) {
        assertThat(rest.get(path, role).status()).as(role + " " + path).isEqualTo(200);
      }
    }
    for (String role : List.of("admin", "dorset-police", "poole-council")) {
      for (String path : List.of("/api/deadlines", "/api/deadlines/summary")) {
        assertThat(rest.get(path, role).status()).as(role + " " + path).isEqualTo(403);
      }
    }
    assertThat(rest.get("/api/deadlines", "lado").body())
        .allSatisfy(d -> assertThat(d.path("processKey").asText()).startsWith("lado-"));
    assertThat(rest.get("/api/deadlines", "scr.member").body())
        .allSatisfy(d -> assertThat(d.path("processKey").asText()).doesNotStartWith("lado-"));
    // a session cookie alone changes nothing: without the session's CSRF token (as another site's page
    // would send it) only reading is allowed without Basic credentials
    Reply post = WebAppClient.signIn(port, "lado.manager").withoutCsrfToken().post("/api/lado/cases/LADO-2026-0001/exclusions",
        Map.of("userId", "lado.two", "reason", "x"));
    assertThat(post.status()).isEqualTo(401);
    // with the token, as Tasklist sends it, a change is taken in the session: DraftsIT and the browser test
  }
}
