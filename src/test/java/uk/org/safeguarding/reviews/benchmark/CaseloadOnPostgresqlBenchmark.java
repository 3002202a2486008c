package uk.org.safeguarding.reviews.benchmark;

import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The benchmark on PostgreSQL, the production database: the embedded server the tests use. It runs
 * without waiting for the disk at commit (fsync and synchronous_commit off; the heading says so),
 * so a production server adds its disk's flush time to each transaction. Its connections are pooled
 * as production pools them ({@code TestDatabase}).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "test.database=postgres")
@EnabledIfSystemProperty(named = "benchmark.database", matches = ".*postgres.*")
class CaseloadOnPostgresqlBenchmark extends CaseloadBenchmark {

  @Override
  protected String databaseId() {
    return "postgresql";
  }

  @Override
  protected String database() {
    return super.database() + ", embedded, fsync " + jdbc.queryForObject("SHOW fsync", String.class)
        + ", synchronous_commit " + jdbc.queryForObject("SHOW synchronous_commit", String.class);
  }
}
