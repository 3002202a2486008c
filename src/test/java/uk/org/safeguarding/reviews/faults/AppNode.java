package uk.org.safeguarding.reviews.faults;

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
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import uk.org.safeguarding.reviews.SafeguardingApplication;
import uk.org.safeguarding.reviews.support.RestClient;

/**
 * The application in a JVM of its own, as {@code java -jar} runs it (its classes and libraries, no
 * test code), so a test can kill it with {@code kill -9} ({@link #kill()}) and start another.
 * Answers over HTTP with the demo users' Basic credentials.
 */
final class AppNode {

  static final ObjectMapper JSON = new ObjectMapper();
  static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  final String name;
  final int port;
  final Path logFile;
  private final Process process;

  private AppNode(String name, int port, Path logFile, Process process) {
    this.name = name;
    this.port = port;
    this.logFile = logFile;
    this.process = process;
  }

  /** Starts a node logging to {@code dir/name.log}, with these environment variables and settings. */
  static AppNode start(Path dir, String name, Map<String, String> environment, String... settings) throws IOException {
    int port = freePort();
    String classPath = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
        .filter(entry -> !entry.endsWith("test-classes"))
        .collect(Collectors.joining(File.pathSeparator));
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx512m", "-XX:TieredStopAtLevel=1", "-cp", classPath, SafeguardingApplication.class.getName(),
        "--server.port=" + port));
    command.addAll(List.of(settings));
    Path log = dir.resolve(name + ".log");
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
    builder.environment().remove("SPRING_DATASOURCE_URL");
    builder.environment().remove("SPRING_PROFILES_ACTIVE");
    builder.environment().putAll(environment);
    return new AppNode(name, port, log, builder.start());
  }

  boolean isAlive() {
    return process.isAlive();
  }

  /** {@code kill -9}: no shutdown hook, no chance to finish anything. */
  void kill() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor(30, TimeUnit.SECONDS);
  }

  /** Waits until {@code /actuator/health} answers UP (200). */
  AppNode awaitHealthy(Duration within) throws Exception {
    Instant until = Instant.now().plus(within);
    while (Instant.now().isBefore(until)) {
      if (!process.isAlive()) {
        throw new AssertionError(name + " stopped:\n" + tail());
      }
      if (healthy()) {
        return this;
      }
      Thread.sleep(250);
    }
    throw new AssertionError(name + " did not answer /actuator/health within " + within + ":\n" + tail());
  }

  boolean healthy() throws InterruptedException {
    try {
      return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health"))
          .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.ofString()).statusCode() == 200;
    } catch (IOException notYet) {
      return false;
    }
  }

  String tail() throws IOException {
    List<String> all = Files.exists(logFile) ? Files.readAllLines(logFile, StandardCharsets.UTF_8) : List.of();
    return String.join("\n", all.subList(Math.max(0, all.size() - 40), all.size()));
  }

  /** Starts a referral as the police; the HTTP status it was answered with. */
  int startReferral(String caseReference) throws IOException, InterruptedException {
    return post("/engine-rest/process-definition/key/safeguarding-referral/start", "dorset-police", RestClient.variables(
        "caseReference", caseReference, "incidentSummary", "Child injured", "referringAgency", "Dorset Police",
        "boardAwareOn", "2026-11-02", "agenciesInvolved", List.of("dorset-police"), "mediaInterest", false)).statusCode();
  }

  HttpResponse<String> post(String path, String user, Object body) throws IOException, InterruptedException {
    return HTTP.send(request(path, user).POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
        .header("Content-Type", "application/json").build(), HttpResponse.BodyHandlers.ofString());
  }

  JsonNode get(String path, String user) throws IOException, InterruptedException {
    HttpResponse<String> reply = HTTP.send(request(path, user).GET().build(), HttpResponse.BodyHandlers.ofString());
    if (reply.statusCode() != 200) {
      throw new AssertionError("GET " + path + " answered " + reply.statusCode() + ": " + reply.body());
    }
    return JSON.readTree(reply.body());
  }

  /** The business keys of every instance of a process, finished or not. */
  Set<String> caseReferences(String processDefinitionKey) throws IOException, InterruptedException {
    Set<String> keys = new HashSet<>();
    // page by page, as the API lets a signed-in user read a list (RestClient.MAX_RESULTS at a time)
    for (int first = 0; ; first += RestClient.MAX_RESULTS) {
      JsonNode page = get("/engine-rest/history/process-instance?processDefinitionKey=" + processDefinitionKey
          + "&sortBy=startTime&sortOrder=asc&firstResult=" + first + "&maxResults=" + RestClient.MAX_RESULTS, "scr.chair");
      page.forEach(instance -> keys.add(instance.path("businessKey").asText()));
      if (page.size() < RestClient.MAX_RESULTS) {
        return keys;
      }
    }
  }

  private HttpRequest.Builder request(String path, String user) {
    return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).timeout(Duration.ofSeconds(30))
        .header("Accept", "application/json")
        .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)));
  }

  /** Clients sending work while a test breaks things: what was acknowledged (200), and how much was sent. */
  static final class Load {
    final java.util.concurrent.ConcurrentLinkedQueue<String> acknowledged = new java.util.concurrent.ConcurrentLinkedQueue<>();
    final java.util.concurrent.atomic.AtomicInteger sent = new java.util.concurrent.atomic.AtomicInteger();
    private final List<Thread> clients = new ArrayList<>();
    private volatile boolean stopped;

    /** Each client starts cases named prefix-client-n through {@code send} (its HTTP status) until stopped. */
    static Load start(int clientCount, String prefix, java.util.function.BooleanSupplier keepGoing, Send send) {
      Load load = new Load();
      for (int c = 0; c < clientCount; c++) {
        int client = c;
        Thread thread = new Thread(() -> {
          for (int i = 0; !load.stopped && keepGoing.getAsBoolean() && i < 10_000; i++) {
            String caseReference = prefix + " " + client + "-" + i + "-" + System.nanoTime() % 1_000_000;
            load.sent.incrementAndGet();
            try {
              if (send.send(caseReference) == 200) {
                load.acknowledged.add(caseReference);
              }
            } catch (IOException refusedOrGone) {
              // not acknowledged: the client would try again
            } catch (InterruptedException interrupted) {
              return;
            }
          }
        });
        thread.start();
        load.clients.add(thread);
      }
      return load;
    }

    /** Waits until this many were acknowledged (or the time is up). */
    Load awaitAcknowledged(int count, Duration within) throws InterruptedException {
      Instant until = Instant.now().plus(within);
      while (acknowledged.size() < count && Instant.now().isBefore(until)) {
        Thread.sleep(20);
      }
      return this;
    }

    void stop() throws InterruptedException {
      stopped = true;
      for (Thread client : clients) {
        client.join(30_000);
      }
    }
  }

  @FunctionalInterface
  interface Send {
    int send(String caseReference) throws IOException, InterruptedException;
  }

  static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
