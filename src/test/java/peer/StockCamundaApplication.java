package peer;

import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;

/**
 * The stock peer of the benchmark: a bare Camunda 7 Spring Boot starter application (engine and
 * REST API), with none of the safeguarding application's code, configuration or database. Outside
 * the application's packages, so it scans only this one; the benchmark starts it with its own
 * properties ({@code spring.config.name=peer}, so no {@code application.yaml} of ours is read) on
 * an embedded PostgreSQL of its own. Never started by the application or its tests.
 *
 * <p>As it ships, authorization is off and the REST API is open. Started with
 * {@code camunda.bpm.authorization.enabled=true} and {@code peer.rest-authentication=true}, it is
 * secured the way Camunda's documentation does it: Camunda's own
 * {@link ProcessEngineAuthenticationFilter} with HTTP Basic on {@code /engine-rest/*}.
 */
@SpringBootApplication
public class StockCamundaApplication {

  @Bean
  @ConditionalOnProperty("peer.rest-authentication")
  FilterRegistrationBean<ProcessEngineAuthenticationFilter> restAuthentication() {
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration = new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
    registration.addUrlPatterns("/engine-rest/*");
    registration.addInitParameter("authentication-provider", HttpBasicAuthenticationProvider.class.getName());
    return registration;
  }
}
