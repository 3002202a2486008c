package uk.org.safeguarding.reviews.benchmark;

import java.nio.file.Path;

import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.FileSystemUtils;

/** The benchmark on H2 as the default run keeps it: a file database, new for each run (under target/benchmark/h2). */
@EnabledIfSystemProperty(named = "benchmark.database", matches = ".*h2.*")
class CaseloadOnH2Benchmark extends CaseloadBenchmark {

  @DynamicPropertySource
  static void newFileDatabase(DynamicPropertyRegistry registry) {
    Path directory = BenchmarkReport.DIRECTORY.resolve("h2").toAbsolutePath();
    FileSystemUtils.deleteRecursively(directory.toFile());
    registry.add("spring.datasource.url", () -> "jdbc:h2:file:" + directory + "/safeguarding;DB_CLOSE_ON_EXIT=FALSE");
  }

  @Override
  protected String databaseId() {
    return "h2";
  }

  @Override
  protected String database() {
    return super.database() + ", file database";
  }
}
