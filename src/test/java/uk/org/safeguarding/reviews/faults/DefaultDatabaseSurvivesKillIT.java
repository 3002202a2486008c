package uk.org.safeguarding.reviews.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Someone trying the system on its default H2 file database must not lose work that was confirmed
 * to them: the application runs in a JVM of its own on a fresh data directory, clients start
 * referrals, the JVM is killed ({@code kill -9}) while they do, and after a restart on the same file
 * every referral whose start was answered 200 is there. The first run logs in structured form (ECS), as
 * {@code LOGGING_STRUCTURED_FORMAT_CONSOLE=ecs} switches it, with the case reference of engine work.
 */
class DefaultDatabaseSurvivesKillIT {

  static final int CLIENTS = 4;
  static final int ACKNOWLEDGED_BEFORE_KILL = 30;

  @TempDir
  Path dataDir;

  @Test
  void everyAcknowledgedReferralIsThereAfterTheJvmIsKilled() throws Exception {
    Map<String, String> defaults = Map.of("SAFEGUARDING_DATA_DIR", dataDir.toString());
    // the first run also logs as a log collector reads it: one JSON object a line (ECS), engine work with its case
    AppNode node = AppNode.start(dataDir, "first", defaults, "--logging.structured.format.console=ecs",
        "--logging.level.uk.org.safeguarding.reviews.notification.Notices=DEBUG");
    AppNode.Load load;
    try {
      node.awaitHealthy(Duration.ofSeconds(120));
      load = AppNode.Load.start(CLIENTS, "Kill", node::isAlive, node::startReferral)
          .awaitAcknowledged(ACKNOWLEDGED_BEFORE_KILL, Duration.ofSeconds(40));
    } finally {
      // kill -9, while the clients are still starting referrals
      node.kill();
    }
    load.stop();
    ConcurrentLinkedQueue<String> acknowledged = load.acknowledged;
    assertThat(acknowledged).as("referrals started before the kill (of %d sent)", load.sent.get())
        .hasSizeGreaterThanOrEqualTo(ACKNOWLEDGED_BEFORE_KILL);
    String firstCase = acknowledged.peek();
    assertThat(Files.readAllLines(node.logFile, StandardCharsets.UTF_8))
        .as("a structured log line of engine work with its case reference and process instance")
        .anyMatch(line -> line.startsWith("{") && line.contains("\"caseReference\":\"" + firstCase + "\"")
            && line.contains("\"processInstanceId\":\""));

    AppNode again = AppNode.start(dataDir, "second", defaults);
    try {
      again.awaitHealthy(Duration.ofSeconds(120));
      Set<String> there = again.caseReferences("safeguarding-referral");
      List<String> lost = acknowledged.stream().filter(caseReference -> !there.contains(caseReference)).toList();
      assertThat(lost).as("acknowledged referrals lost by the kill, of %d acknowledged", acknowledged.size()).isEmpty();
    } finally {
      again.kill();
    }
  }
}
