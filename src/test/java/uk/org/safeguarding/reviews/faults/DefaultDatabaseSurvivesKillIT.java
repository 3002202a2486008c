package uk.org.safeguarding.reviews.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.org.safeguarding.reviews.SafeguardingApplication;
import uk.org.safeguarding.reviews.support.RestClient;

/**
 * Someone trying the system on its default H2 file database must not lose work that was confirmed
 * to them: the application runs in a JVM of its own on a fresh data directory, clients start
 * referrals, the JVM is killed ({@code kill -9}) while they do, and after a restart on the same file
 * every referral whose start was answered 200 is there. The first run logs in structured form (ECS), as
 * {@code LOGGING_STRUCTURED_FORMAT_CONSOLE=ecs} switches it, with the case reference of engine work.
 */
class DefaultDatabaseSurvivesKillIT {

  static final ObjectMapper JSON = new ObjectMapper();
  static final int CLIENTS = 4;
  static final int ACKNOWLEDGED_BEFORE_KILL = 30;

  @TempDir
  Path dataDir;

  final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  @Test
  void everyAcknowledgedReferralIsThereAfterTheJvmIsKilled() throws Exception {
    int port = freePort();
    // the first run also logs as a log collector reads it: one JSON object a line (ECS), engine work with its case
    Process node = start(port, "first", "--logging.structured.format.console=ecs",
        "--logging.level.uk.org.safeguarding.reviews.notification.Notices=DEBUG");
    ConcurrentLinkedQueue<String> acknowledged = new ConcurrentLinkedQueue<>();
    AtomicInteger sent = new AtomicInteger();
    List<Thread> clients = new ArrayList<>();
    try {
      awaitHealthy(node, port);
      for (int c = 0; c < CLIENTS; c++) {
        int client = c;
        Thread thread = new Thread(() -> {
          for (int i = 0; node.isAlive() && i < 1000; i++) {
            String caseReference = "Kill " + client + "-" + i + "-" + System.nanoTime();
            sent.incrementAndGet();
            try {
              if (startReferral(port, caseReference) == 200) {
                acknowledged.add(caseReference);
              }
            } catch (IOException | InterruptedException gone) {
              return;
            }
          }
        });
        thread.start();
        clients.add(thread);
      }
      Instant until = Instant.now().plus(Duration.ofSeconds(40));
      while (acknowledged.size() < ACKNOWLEDGED_BEFORE_KILL && Instant.now().isBefore(until)) {
        Thread.sleep(20);
      }
    } finally {
      // kill -9, while the clients are still starting referrals
      node.destroyForcibly();
      node.waitFor(30, TimeUnit.SECONDS);
    }
    for (Thread thread : clients) {
      thread.join(10_000);
    }
    assertThat(acknowledged).as("referrals started before the kill (of %d sent)", sent.get())
        .hasSizeGreaterThanOrEqualTo(ACKNOWLEDGED_BEFORE_KILL);
    String firstCase = acknowledged.peek();
    assertThat(Files.readAllLines(dataDir.resolve("first.log"), StandardCharsets.UTF_8))
        .as("a structured log line of engine work with its case reference and process instance")
        .anyMatch(line -> line.startsWith("{") && line.contains("\"caseReference\":\"" + firstCase + "\"")
            && line.contains("\"processInstanceId\":\""));

    Process again = start(port, "second");
    try {
      awaitHealthy(again, port);
      Set<String> there = referralsThere(port);
      List<String> lost = acknowledged.stream().filter(caseReference -> !there.contains(caseReference)).toList();
      assertThat(lost).as("acknowledged referrals lost by the kill, of %d acknowledged", acknowledged.size()).isEmpty();
    } finally {
      again.destroyForcibly();
      again.waitFor(30, TimeUnit.SECONDS);
    }
  }

  /** The application as `java -jar` would run it: its own classes and libraries, the default settings, a fresh data directory. */
  Process start(int port, String name, String... settings) throws IOException {
    String classPath = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
        .filter(entry -> !entry.endsWith("test-classes"))
        .collect(Collectors.joining(File.pathSeparator));
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx512m", "-XX:TieredStopAtLevel=1", "-cp", classPath, SafeguardingApplication.class.getName(),
        "--server.port=" + port));
    command.addAll(List.of(settings));
    ProcessBuilder builder = new ProcessBuilder(command)
        .redirectErrorStream(true)
        .redirectOutput(dataDir.resolve(name + ".log").toFile());
    Map<String, String> environment = builder.environment();
    environment.put("SAFEGUARDING_DATA_DIR", dataDir.toString());
    environment.remove("SPRING_DATASOURCE_URL");
    environment.remove("SPRING_PROFILES_ACTIVE");
    return builder.start();
  }

  void awaitHealthy(Process node, int port) throws Exception {
    Instant until = Instant.now().plus(Duration.ofSeconds(120));
    while (Instant.now().isBefore(until)) {
      if (!node.isAlive()) {
        throw new AssertionError("the application stopped: " + log(node));
      }
      try {
        HttpResponse<String> health = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health"))
            .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.ofString());
        if (health.statusCode() == 200) {
          return;
        }
      } catch (IOException notYet) {
        // still starting
      }
      Thread.sleep(250);
    }
    throw new AssertionError("the application did not answer /actuator/health within 120 s");
  }

  String log(Process node) throws IOException {
    List<String> lines = new ArrayList<>();
    try (var files = Files.list(dataDir)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".log")).toList()) {
        List<String> all = Files.readAllLines(file, StandardCharsets.UTF_8);
        lines.addAll(all.subList(Math.max(0, all.size() - 40), all.size()));
      }
    }
    return String.join("\n", lines);
  }

  int startReferral(int port, String caseReference) throws IOException, InterruptedException {
    String body = JSON.writeValueAsString(RestClient.variables("caseReference", caseReference,
        "incidentSummary", "Child injured", "referringAgency", "Dorset Police", "boardAwareOn", "2026-11-02",
        "agenciesInvolved", List.of("dorset-police"), "mediaInterest", false));
    HttpResponse<String> started = http.send(request(port, "/engine-rest/process-definition/key/safeguarding-referral/start",
        "dorset-police").POST(HttpRequest.BodyPublishers.ofString(body)).header("Content-Type", "application/json").build(),
        HttpResponse.BodyHandlers.ofString());
    return started.statusCode();
  }

  Set<String> referralsThere(int port) throws IOException, InterruptedException {
    HttpResponse<String> list = http.send(request(port,
        "/engine-rest/history/process-instance?processDefinitionKey=safeguarding-referral&maxResults=100000", "scr.chair")
        .GET().build(), HttpResponse.BodyHandlers.ofString());
    assertThat(list.statusCode()).as(list.body()).isEqualTo(200);
    Set<String> keys = new HashSet<>();
    for (JsonNode instance : JSON.readTree(list.body())) {
      keys.add(instance.path("businessKey").asText());
    }
    return keys;
  }

  HttpRequest.Builder request(int port, String path, String user) {
    return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).timeout(Duration.ofSeconds(30))
        .header("Accept", "application/json")
        .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)));
  }

  static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
