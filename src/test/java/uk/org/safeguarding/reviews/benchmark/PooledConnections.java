package uk.org.safeguarding.reviews.benchmark;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Production pools its database connections (Spring Boot's Hikari, 10 at most). The embedded
 * PostgreSQL of the tests ({@code TestDatabase}) opens a new connection, a new server process, for
 * every transaction and every query outside one; pooled here as production pools it, so that is not
 * what the benchmark measures.
 */
@TestConfiguration(proxyBeanMethods = false)
class PooledConnections {

  @Bean
  static BeanPostProcessor poolTheEmbeddedDatabase() {
    return new BeanPostProcessor() {
      @Override
      public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof DataSource unpooled && !(bean instanceof HikariDataSource)) {
          HikariConfig pool = new HikariConfig();
          pool.setDataSource(unpooled);
          return new HikariDataSource(pool);
        }
        return bean;
      }
    };
  }
}
