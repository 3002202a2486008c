package uk.org.safeguarding.reviews.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.org.safeguarding.reviews.support.RestClient;

/**
 * Faults of a partnership's deployment (README "Beyond one node"): two nodes, each in a JVM of its own,
 * on one PostgreSQL. A node killed with {@code kill -9} while clients send it work loses no step it
 * acknowledged, and the other node fires the deadline timers of the cases it started; PostgreSQL
 * restarted under load loses nothing acknowledged, and the nodes take work again by themselves.
 */
class ClusterFaultsIT {

  /** A job locked by a node that died is taken by another after 10 seconds (the engine's default: 5 minutes). */
  static final String QUICK_TAKEOVER = "--camunda.bpm.job-execution.lock-time-in-millis=10000";
  static final Duration STARTUP = Duration.ofSeconds(180);

  @TempDir
  Path dir;

  static Map<String, String> database(int port) {
    return Map.of("SPRING_DATASOURCE_URL", "jdbc:postgresql://localhost:" + port + "/postgres",
        "SPRING_DATASOURCE_USERNAME", "postgres", "SPRING_DATASOURCE_PASSWORD", "postgres");
  }

  /** A rapid review notified long ago: its 15 working days have passed, so its deadline timer is due at once. */
  static int startOverdueRapidReview(AppNode node, String caseReference) throws IOException, InterruptedException {
    return node.post("/engine-rest/process-definition/key/rapid-review/start", "business.manager", RestClient.variables(
        "caseReference", caseReference, "incidentSummary", "Serious injury", "incidentType", "serious-harm",
        "childArea", "Poole", "laAwareOn", "2026-09-01", "notificationSubmittedOn", "2026-09-02",
        "agenciesInvolved", List.of("dorset-police"))).statusCode();
  }

  @Test
  void aNodeKilledMidWorkLosesNoAcknowledgedStep_andTheOtherNodeFiresItsTimers() throws Exception {
    try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().setRegisterShutdownHook(false).start()) {
      Map<String, String> db = database(postgres.getPort());
      AppNode a = AppNode.start(dir, "node-a", db, QUICK_TAKEOVER).awaitHealthy(STARTUP);
      AppNode b = null;
      try {
        b = AppNode.start(dir, "node-b", db, QUICK_TAKEOVER).awaitHealthy(STARTUP);
        AppNode.Load load = AppNode.Load.start(4, "Overdue", a::isAlive, caseReference -> startOverdueRapidReview(a, caseReference))
            .awaitAcknowledged(20, Duration.ofSeconds(90));
        a.kill();
        load.stop();
        List<String> acknowledged = List.copyOf(load.acknowledged);
        assertThat(acknowledged).as("rapid reviews node A acknowledged before it was killed (of %d sent)", load.sent.get())
            .hasSizeGreaterThanOrEqualTo(20);

        Set<String> there = b.caseReferences("rapid-review");
        assertThat(acknowledged).as("every acknowledged rapid review, read on node B").allMatch(there::contains);

        // every one's deadline escalation reaches the board chair: timers node A had not fired (or had
        // locked when it died) are fired by node B
        String keys = URLEncoder.encode(String.join(",", acknowledged), StandardCharsets.UTF_8);
        String escalations = "/engine-rest/task/count?taskDefinitionKey=UserTask_EscalateOverdueRapidReview"
            + "&processInstanceBusinessKeyIn=" + keys;
        int escalatedAtKill = b.get(escalations, "board.chair").path("count").asInt();
        Instant until = Instant.now().plus(Duration.ofSeconds(90));
        int escalated = escalatedAtKill;
        while (escalated < acknowledged.size() && Instant.now().isBefore(until)) {
          Thread.sleep(500);
          escalated = b.get(escalations, "board.chair").path("count").asInt();
        }
        assertThat(escalated).as("escalations of %d acknowledged rapid reviews (%d there when node A died)",
            acknowledged.size(), escalatedAtKill).isEqualTo(acknowledged.size());
      } finally {
        a.kill();
        if (b != null) {
          b.kill();
        }
      }
    }
  }

  @Test
  void postgresqlRestartedUnderLoadLosesNothingAcknowledged_andTheNodesRecoverByThemselves() throws Exception {
    Path data = dir.resolve("postgres-data");
    int port = AppNode.freePort();
    // every commit on disk before it is acknowledged, as a production server does
    EmbeddedPostgres.Builder server = EmbeddedPostgres.builder().setRegisterShutdownHook(false).setPort(port)
        .setDataDirectory(data).setCleanDataDirectory(false)
        .setServerConfig("fsync", "on").setServerConfig("synchronous_commit", "on");
    EmbeddedPostgres postgres = server.start();
    AppNode a = null;
    AppNode b = null;
    try {
      a = AppNode.start(dir, "node-a", database(port)).awaitHealthy(STARTUP);
      b = AppNode.start(dir, "node-b", database(port)).awaitHealthy(STARTUP);
      AppNode[] nodes = {a, b};
      AppNode.Load load = AppNode.Load.start(4, "Restart", () -> true,
          caseReference -> nodes[Math.floorMod(caseReference.hashCode(), 2)].startReferral(caseReference))
          .awaitAcknowledged(20, Duration.ofSeconds(90));

      postgres.close();
      Thread.sleep(3000);
      int beforeRestart = load.acknowledged.size();
      postgres = server.start();

      // nobody restarts the nodes: their connection pools reconnect and work is acknowledged again
      load.awaitAcknowledged(beforeRestart + 20, Duration.ofSeconds(120));
      load.stop();
      assertThat(load.acknowledged.size()).as("referrals acknowledged after the restart").isGreaterThanOrEqualTo(beforeRestart + 20);
      assertThat(a.healthy()).isTrue();
      assertThat(b.healthy()).isTrue();
      Set<String> there = a.caseReferences("safeguarding-referral");
      List<String> lost = load.acknowledged.stream().filter(caseReference -> !there.contains(caseReference)).toList();
      assertThat(lost).as("acknowledged referrals lost, of %d (%d sent)", load.acknowledged.size(), load.sent.get()).isEmpty();
    } finally {
      if (a != null) {
        a.kill();
      }
      if (b != null) {
        b.kill();
      }
      postgres.close();
    }
  }
}
