package uk.org.safeguarding.reviews.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The figures of one run on one database, as a Markdown table (printed, and written to
 * {@code target/benchmark/results-<database>.md} and {@code .csv}). {@code results.md} is then
 * rebuilt from every database's file there, so a run on H2 and one on PostgreSQL read side by side.
 * {@code -Dbenchmark.directory} names another directory (the smoke run in {@code mvn verify} writes
 * to {@code target/benchmark-smoke}, so its figures are never read as the benchmark's).
 */
final class BenchmarkReport {

  static final Path DIRECTORY = Path.of(System.getProperty("benchmark.directory", "target/benchmark"));

  private record Row(String section, String measurement, int n, double medianMillis, double p95Millis, String note) {}

  /** A section of its own layout: a Markdown table given whole (printed, not in the CSV). */
  private record Table(String section, String markdown) {}

  private final String databaseId;
  private final String heading;
  private final List<Row> rows = new ArrayList<>();
  private final List<Table> tables = new ArrayList<>();

  BenchmarkReport(String databaseId, String database, BenchmarkSettings settings) {
    this(databaseId, database, settings.toString());
  }

  /** A report whose measurements take other settings than {@link BenchmarkSettings}'s, named as given. */
  BenchmarkReport(String databaseId, String database, String settings) {
    this.databaseId = databaseId;
    Runtime runtime = Runtime.getRuntime();
    this.heading = "## " + database + "\n\n"
        + ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME) + "; " + runtime.availableProcessors()
        + " cores, Java " + System.getProperty("java.version") + ", heap " + runtime.maxMemory() / (1024 * 1024) + " MB; "
        + settings + "; load average at start " + loadAverage() + "\n";
  }

  /** The machine's load over the last minute: other work on it slows the figures. */
  private static String loadAverage() {
    return String.format(Locale.ROOT, "%.1f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
  }

  void add(String section, String measurement, Samples samples, String note) {
    rows.add(new Row(section, measurement, samples.count(), samples.medianMillis(), samples.p95Millis(), note));
  }

  /** A section printed as it is given, after the measurements' sections: a table of columns side by side. */
  void addTable(String section, String markdownTable) {
    tables.add(new Table(section, markdownTable));
  }

  String markdown() {
    StringBuilder md = new StringBuilder(heading).append("Load average at end ").append(loadAverage()).append(".\n");
    String section = null;
    for (Row row : rows) {
      if (!row.section().equals(section)) {
        section = row.section();
        md.append("\n### ").append(section).append("\n\n")
            .append("| Measurement | n | median ms | p95 ms | |\n| --- | ---: | ---: | ---: | --- |\n");
      }
      md.append(String.format(Locale.ROOT, "| %s | %d | %.1f | %.1f | %s |%n",
          row.measurement(), row.n(), row.medianMillis(), row.p95Millis(), row.note()));
    }
    for (Table table : tables) {
      md.append("\n### ").append(table.section()).append("\n\n").append(table.markdown());
    }
    return md.toString();
  }

  /** Writes this database's results, and results.md from every database's results in the directory. */
  void write() {
    try {
      Files.createDirectories(DIRECTORY);
      Files.writeString(DIRECTORY.resolve("results-" + databaseId + ".md"), markdown());
      StringBuilder csv = new StringBuilder("database,section,measurement,n,median_ms,p95_ms,note\n");
      for (Row row : rows) {
        csv.append(String.join(",", databaseId, quoted(row.section()), quoted(row.measurement()), String.valueOf(row.n()),
            String.format(Locale.ROOT, "%.2f,%.2f", row.medianMillis(), row.p95Millis()), quoted(row.note()))).append('\n');
      }
      Files.writeString(DIRECTORY.resolve("results-" + databaseId + ".csv"), csv);
      StringBuilder all = new StringBuilder("# Benchmark results\n\nRerun: `mvn -B -Pbenchmark test` (see README, *Performance*).\n");
      try (Stream<Path> files = Files.list(DIRECTORY)) {
        for (Path file : files.filter(f -> f.getFileName().toString().matches("results-.+\\.md")).sorted().toList()) {
          all.append('\n').append(Files.readString(file));
        }
      }
      Files.writeString(DIRECTORY.resolve("results.md"), all);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String quoted(String text) {
    return '"' + text.replace("\"", "\"\"") + '"';
  }
}
