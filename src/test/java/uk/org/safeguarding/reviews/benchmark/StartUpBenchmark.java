package uk.org.safeguarding.reviews.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * {@code java -jar} to ready, this application beside a stock Camunda 7.24 Spring Boot starter, in turn,
 * in one run: the target is "ready ≤ 8 s after {@code java -jar}", and what a bare starter takes on
 * the same machine at the same time says how much of that is ours.
 *
 * <p>Each app starts as a newcomer starts it: the plain jar, no JVM option but {@code -Xmx512m}, its
 * default H2 file database, in a data directory of its own. The first start of each is on an empty
 * directory (cold); then {@code -Dbenchmark.startups} (3) warm starts of each on that directory, the
 * two apps taking turns to go first. Ready is ours' readiness probe answering {@code UP} (after its
 * start-up setup: groups, grants, Tasklist filters, demo users) and the starter's REST API answering
 * its engine's name, each polled every 100 ms. Also reported: the CPU time the JVM had used by then
 * (both cores are busy through a start; another build on the machine slows it at once).
 *
 * <p>The stock starter is {@code src/test/stock-starter}: Camunda's "get started" application (engine,
 * web apps, REST API, H2; nothing of ours), built here with Maven into {@code target/stock-starter}.
 * Ours is the project's jar ({@code -Dbenchmark.jar}); the benchmark profile builds it before the
 * benchmark runs, and the smoke run in {@code mvn verify} runs after {@code package}.
 */
class StartUpBenchmark {

  private static final Duration START_LIMIT = Duration.ofMinutes(4);
  private static final Path LOGS = BenchmarkReport.DIRECTORY.resolve("startup");
  private static final long CLOCK_TICKS_PER_SECOND = 100;

  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

  /** One app as a newcomer starts it: its jar, where its data goes, and how it says it is ready. */
  private record App(String name, Path jar, Map<String, String> environment, String readyPath, Predicate<HttpResponse<String>> ready) {}

  /** One start: wall time to ready, and the CPU the JVM had used by then (negative if not known). */
  private record Start(double seconds, double cpuSeconds) {}

  @Test
  void bothAppsFromJavaJarToReady() throws Exception {
    Path work = emptied(LOGS.resolve("data").toAbsolutePath());
    App ours = new App("this project", oursJar(), Map.of("SAFEGUARDING_DATA_DIR", work.resolve("ours").toString()),
        "/actuator/health/readiness", response -> response.statusCode() == 200 && response.body().contains("\"UP\""));
    App stock = new App("stock starter", stockStarterJar(), Map.of("STOCK_DATA_DIR", work.resolve("stock").toString()),
        "/engine-rest/engine", response -> response.statusCode() == 200 && response.body().contains("\"default\""));
    int warmStarts = Integer.getInteger("benchmark.startups", 3);
    BenchmarkReport report = new BenchmarkReport("startup", "Start-up: `java -jar` to ready, default H2 file database",
        "-Dbenchmark.startups=" + warmStarts);

    Start stockCold = start(stock, "cold");
    Start oursCold = start(ours, "cold");
    List<Start> stockWarm = new ArrayList<>();
    List<Start> oursWarm = new ArrayList<>();
    for (int round = 0; round < warmStarts; round++) {
      if (round % 2 == 0) {
        stockWarm.add(start(stock, "warm-" + round));
        oursWarm.add(start(ours, "warm-" + round));
      } else {
        oursWarm.add(start(ours, "warm-" + round));
        stockWarm.add(start(stock, "warm-" + round));
      }
    }

    StringBuilder table = new StringBuilder("| | stock starter | this project | target |\n| --- | ---: | ---: | --- |\n")
        .append("| first start, empty data directory | ").append(seconds(stockCold)).append(" | ").append(seconds(oursCold))
        .append(" | |\n");
    if (warmStarts > 0) {
      table.append("| warm start, median (range) of ").append(warmStarts).append(" | ").append(summary(stockWarm, Start::seconds))
          .append(" | ").append(summary(oursWarm, Start::seconds)).append(" | 8 s: ")
          .append(median(oursWarm, Start::seconds) <= 8 ? "met" : "not met").append(" |\n")
          .append("| CPU used by then, warm, median | ").append(cpu(stockWarm)).append(" | ").append(cpu(oursWarm)).append(" | |\n");
    }
    report.addTable("`java -jar` to ready, each app in turn (" + warmStarts + (warmStarts == 1 ? " warm start" : " warm starts")
        + " each after the first)", table.toString());
    System.out.println(report.markdown());
    report.write();
  }

  /** Starts the app's jar, waits until it is ready, and stops it again (as Ctrl+C or a service manager does). */
  private Start start(App app, String label) throws IOException, InterruptedException {
    int port = freePort();
    Files.createDirectories(LOGS);
    Path log = LOGS.resolve(app.jar().getFileName().toString().replace(".jar", "") + "-" + label + ".log");
    ProcessBuilder builder = new ProcessBuilder(javaExecutable(), "-Xmx512m", "-jar", app.jar().toString(), "--server.port=" + port)
        .redirectErrorStream(true).redirectOutput(log.toFile());
    // as a newcomer's shell has it: none of this build's settings for Spring, ours or the JVM
    builder.environment().keySet().removeIf(name -> name.startsWith("SPRING_") || name.startsWith("SAFEGUARDING_")
        || name.equals("JAVA_TOOL_OPTIONS") || name.equals("JDK_JAVA_OPTIONS"));
    builder.environment().putAll(app.environment());
    HttpRequest probe = HttpRequest.newBuilder(URI.create("http://localhost:" + port + app.readyPath())).timeout(Duration.ofSeconds(1)).build();

    long started = System.nanoTime();
    Process process = builder.start();
    try {
      while (!ready(probe, app)) {
        assertThat(process.isAlive()).as("%s (%s) stopped before it was ready: see %s", app.name(), label, log).isTrue();
        assertThat(Duration.ofNanos(System.nanoTime() - started)).as("%s (%s) not ready: see %s", app.name(), label, log)
            .isLessThan(START_LIMIT);
        Thread.sleep(100);
      }
      double seconds = (System.nanoTime() - started) / 1e9;
      return new Start(seconds, cpuSeconds(process.pid()));
    } finally {
      process.destroy();
      if (!process.waitFor(1, TimeUnit.MINUTES)) {
        process.destroyForcibly().waitFor();
      }
    }
  }

  private boolean ready(HttpRequest probe, App app) throws InterruptedException {
    try {
      return app.ready().test(http.send(probe, HttpResponse.BodyHandlers.ofString()));
    } catch (IOException notListeningYet) {
      return false;
    }
  }

  /** User and system CPU time of the process so far, from Linux's {@code /proc/<pid>/stat}; -1 elsewhere. */
  private static double cpuSeconds(long pid) {
    try {
      String stat = Files.readString(Path.of("/proc", String.valueOf(pid), "stat"));
      String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      // after the command's name: state is field 3 of the line, utime 14 and stime 15
      return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / (double) CLOCK_TICKS_PER_SECOND;
    } catch (IOException | RuntimeException notLinux) {
      return -1;
    }
  }

  /** The project's own jar, as {@code mvn package} makes it; refused if its classes are newer than it. */
  private static Path oursJar() throws IOException {
    Path jar = Path.of(System.getProperty("benchmark.jar", "target/safeguarding-reviews-0.1.0-SNAPSHOT.jar"));
    assertThat(jar).as("the application's jar (mvn -B -Pbenchmark test builds it first)").isRegularFile();
    try (Stream<Path> classes = Files.walk(Path.of("target/classes"))) {
      long newestClass = classes.filter(Files::isRegularFile).mapToLong(StartUpBenchmark::modified).max().orElse(0);
      assertThat(modified(jar)).as("%s is older than target/classes: build it again (mvn -B -Pbenchmark test does)", jar)
          .isGreaterThanOrEqualTo(newestClass);
    }
    return jar;
  }

  /** Builds {@code src/test/stock-starter} with Maven (the same local repository; everything it needs is already there from this build). */
  private static Path stockStarterJar() throws IOException, InterruptedException {
    Path buildDirectory = Path.of("target/stock-starter").toAbsolutePath();
    List<String> command = new ArrayList<>(List.of(mavenExecutable(), "-B", "-q", "-f", "src/test/stock-starter/pom.xml", "package",
        "-DskipTests", "-Dstock.buildDirectory=" + buildDirectory));
    if (System.getProperty("benchmark.mavenRepository") != null) {
      command.add("-Dmaven.repo.local=" + System.getProperty("benchmark.mavenRepository"));
    }
    Files.createDirectories(LOGS);
    Path log = LOGS.resolve("stock-starter-build.log");
    Process build = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    assertThat(build.waitFor(10, TimeUnit.MINUTES) && build.exitValue() == 0).as("building the stock starter: see %s", log).isTrue();
    return buildDirectory.resolve("stock-starter.jar");
  }

  private static String mavenExecutable() {
    String home = System.getProperty("benchmark.mavenHome", "");
    return home.isBlank() ? "mvn" : Path.of(home, "bin", "mvn").toString();
  }

  private static String javaExecutable() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  /** The directory, made anew: the first start of each app is on no data at all. */
  private static Path emptied(Path directory) throws IOException {
    if (Files.exists(directory)) {
      try (Stream<Path> files = Files.walk(directory)) {
        for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(file);
        }
      }
    }
    return Files.createDirectories(directory);
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  private static long modified(Path file) {
    try {
      return Files.getLastModifiedTime(file).toMillis();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static double median(List<Start> starts, ToDoubleFunction<Start> value) {
    double[] sorted = starts.stream().mapToDouble(value).sorted().toArray();
    return sorted.length % 2 == 1 ? sorted[sorted.length / 2] : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
  }

  private static String summary(List<Start> starts, ToDoubleFunction<Start> value) {
    double[] sorted = starts.stream().mapToDouble(value).sorted().toArray();
    return String.format(Locale.ROOT, "%.1f s (%.1f–%.1f)", median(starts, value), sorted[0], sorted[sorted.length - 1]);
  }

  private static String seconds(Start start) {
    return String.format(Locale.ROOT, "%.1f s", start.seconds());
  }

  private static String cpu(List<Start> starts) {
    return starts.stream().anyMatch(start -> start.cpuSeconds() < 0) ? "not known"
        : String.format(Locale.ROOT, "%.1f s", median(starts, Start::cpuSeconds));
  }
}
