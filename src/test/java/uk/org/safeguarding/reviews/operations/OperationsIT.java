package uk.org.safeguarding.reviews.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

import uk.org.safeguarding.reviews.engine.ProcessKeys;
import uk.org.safeguarding.reviews.notification.Notices;
import uk.org.safeguarding.reviews.support.AsyncContinuations;
import uk.org.safeguarding.reviews.support.RestClient;
import uk.org.safeguarding.reviews.support.RestClient.Reply;
import uk.org.safeguarding.reviews.support.TestDatabase;

/**
 * What an operator watches: the health endpoint open to anyone without details, the metrics to
 * Prometheus's token alone (the open work per process among them), and engine work in the log with
 * its case reference and process instance.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "test.database=postgres")
@ActiveProfiles("test")
@Import(TestDatabase.class)
@AutoConfigureObservability(tracing = false)
class OperationsIT {

  /** As set for the tests in application-test.yaml. */
  static final String TOKEN = "scrape-token-for-tests";

  @Autowired RuntimeService runtimeService;
  @Autowired ManagementService managementService;
  @Autowired WorkFigures figures;
  @LocalServerPort int port;

  RestClient rest() {
    return new RestClient(port, () -> AsyncContinuations.run(managementService));
  }

  HttpResponse<String> get(String path, String authorization) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void healthIsUpForAnyoneWithoutDetails() {
    Reply health = rest().get("/actuator/health", null);

    assertThat(health.status()).isEqualTo(200);
    assertThat(health.body().path("status").asText()).isEqualTo("UP");
    assertThat(health.text()).doesNotContain("components").doesNotContain("details").doesNotContain("schemaVersion");
  }

  @Test
  void metricsAreRefusedWithoutTheTokenAndShowTheOpenWorkWithIt() throws Exception {
    assertThat(get("/actuator/prometheus", null).statusCode()).isEqualTo(401);
    assertThat(get("/actuator/prometheus", "Bearer not-the-token").statusCode()).isEqualTo(401);
    assertThat(get("/actuator/prometheus", "Basic " + java.util.Base64.getEncoder().encodeToString("admin:demo".getBytes()))
        .statusCode()).isEqualTo(401);
    assertThat(rest().get("/actuator/env", "admin").status()).as("other endpoints are not exposed").isEqualTo(404);

    figures.forget();
    double before = openTasks(scrape(), ProcessKeys.SAFEGUARDING_REFERRAL);
    rest().startReferral("Operations " + System.nanoTime());
    figures.forget();
    String metrics = scrape();

    assertThat(openTasks(metrics, ProcessKeys.SAFEGUARDING_REFERRAL)).as("the referral's triage task").isEqualTo(before + 1);
    assertThat(metrics).contains("safeguarding_tasks_overdue{", "safeguarding_jobs_due", "safeguarding_jobs_failed",
        "safeguarding_incidents_open", "safeguarding_notices_failed_total");
  }

  String scrape() throws Exception {
    HttpResponse<String> metrics = get("/actuator/prometheus", "Bearer " + TOKEN);
    assertThat(metrics.statusCode()).as(metrics.body()).isEqualTo(200);
    return metrics.body();
  }

  static double openTasks(String metrics, String process) {
    Matcher line = Pattern.compile("(?m)^safeguarding_tasks_open\\{[^}]*process=\"" + Pattern.quote(process) + "\"[^}]*} (\\S+)$")
        .matcher(metrics);
    assertThat(line.find()).as("safeguarding_tasks_open for " + process + " in\n" + metrics).isTrue();
    return Double.parseDouble(line.group(1));
  }

  @Test
  void engineWorkIsLoggedWithItsCaseReferenceAndProcessInstance() {
    Logger notices = (Logger) LoggerFactory.getLogger(Notices.class);
    ListAppender<ILoggingEvent> log = new ListAppender<>();
    log.start();
    Level level = notices.getLevel();
    notices.setLevel(Level.DEBUG);
    notices.addAppender(log);
    String caseReference = "Logged " + System.nanoTime();
    try {
      rest().startReferral(caseReference);
    } finally {
      notices.detachAppender(log);
      notices.setLevel(level);
    }
    ProcessInstance referral = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(caseReference)
        .processDefinitionKey(ProcessKeys.SAFEGUARDING_REFERRAL).singleResult();

    assertThat(log.list).as("the triage task's notice, logged in the engine's work")
        .anySatisfy(event -> assertThat(event.getMDCPropertyMap())
            .containsEntry("caseReference", caseReference)
            .containsEntry("processInstanceId", referral.getId()));
  }
}
