package uk.org.safeguarding.reviews.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.org.safeguarding.reviews.support.RestClient.variables;

import java.util.List;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import uk.org.safeguarding.reviews.SafeguardingApplication;
import uk.org.safeguarding.reviews.support.RestClient;

/**
 * Camunda's cluster model, on this machine: two identical application nodes on one PostgreSQL,
 * each with its job executor. The second node starts cleanly on the first one's database (no
 * second deployment, no duplicate groups or filters), and a case started on one node is worked on
 * the other.
 */
class TwoNodesOnOnePostgresIT {

  private static ConfigurableApplicationContext node(String jdbcUrl) {
    return new SpringApplicationBuilder(SafeguardingApplication.class).run(
        "--server.port=0", "--spring.datasource.url=" + jdbcUrl, "--spring.datasource.username=postgres",
        "--spring.datasource.password=postgres", "--camunda.bpm.job-execution.enabled=true",
        "--logging.level.root=WARN");
  }

  private static int port(ConfigurableApplicationContext node) {
    return ((WebServerApplicationContext) node).getWebServer().getPort();
  }

  @Test
  void twoNodesShareOneDatabaseAndEitherCanWorkACase() throws Exception {
    // the nodes' engines are also named "default": starting and closing them replaces, then removes, the
    // engine that other tests' applications in this JVM registered under that name; it is put back after
    org.camunda.bpm.engine.ProcessEngine before = org.camunda.bpm.engine.ProcessEngines.getProcessEngines().get("default");
    try {
      nodesOnOneDatabase();
    } finally {
      if (before != null) {
        org.camunda.bpm.engine.ProcessEngines.registerProcessEngine(before);
      }
    }
  }

  private void nodesOnOneDatabase() throws Exception {
    try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().setRegisterShutdownHook(false).start()) {
      String url = postgres.getJdbcUrl("postgres", "postgres");
      try (ConfigurableApplicationContext first = node(url); ConfigurableApplicationContext second = node(url)) {
        JdbcTemplate db = first.getBean(JdbcTemplate.class);
        assertThat(db.queryForObject("select count(*) from act_re_procdef where key_ = 'safeguarding-referral'", Integer.class))
            .as("the second node found the same models already deployed").isEqualTo(1);
        assertThat(db.queryForObject("select count(*) from act_id_group where id_ = 'scr-group'", Integer.class)).isEqualTo(1);
        assertThat(db.queryForObject("select count(*) from act_ru_filter", Integer.class)).as("the six shared Tasklist filters, once")
            .isEqualTo(6);

        RestClient one = new RestClient(port(first));
        RestClient two = new RestClient(port(second));
        assertThat(one.post("/engine-rest/process-definition/key/safeguarding-referral/start", "scr.chair", variables(
            "caseReference", "Child Cluster", "incidentSummary", "Summary", "referringAgency", "Police",
            "boardAwareOn", "2026-11-02", "agenciesInvolved", List.of("dorset-police"))).status()).isEqualTo(200);
        two.complete("scr.member", two.onlyTask("scr.member", "Child Cluster", "taskDefinitionKey=UserTask_TriageReferral"),
            variables("agenciesInvolved", List.of("dorset-police")));
        assertThat(one.onlyTask("dorset-police", "Child Cluster", "taskDefinitionKey=UserTask_SubmitBriefingNote").path("name").asText())
            .isEqualTo("Briefing note — Child Cluster — Dorset Police");
        assertThat(two.get("/api/register/Child%20Cluster", "scr.chair").text()).contains("triage");
      }
    }
  }
}
