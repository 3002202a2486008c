package uk.org.safeguarding.reviews.identity;

import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Every request to the engine REST API and to the application's own API must carry a user:
 * HTTP Basic, checked by Camunda's own authentication filter against Camunda's users (passwords
 * hashed by the engine). The filter also tells the engine who is asking, so the engine's
 * authorizations decide what the caller sees. Without credentials: 401. The web apps keep their
 * own login (session and CSRF protection).
 */
@Configuration
public class RestAuthentication {

  @Bean
  public FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthentication() {
    return basicAuthentication("engine REST API", "/engine-rest/*", "/engine-rest");
  }

  @Bean
  public FilterRegistrationBean<ProcessEngineAuthenticationFilter> applicationApiAuthentication() {
    return authentication("application API", "/api/*", "", WebAppSessionOrBasicAuthentication.class);
  }

  private static FilterRegistrationBean<ProcessEngineAuthenticationFilter> basicAuthentication(String name, String urlPattern,
      String servletPathPrefix) {
    return authentication(name, urlPattern, servletPathPrefix, HttpBasicAuthenticationProvider.class);
  }

  private static FilterRegistrationBean<ProcessEngineAuthenticationFilter> authentication(String name, String urlPattern,
      String servletPathPrefix, Class<?> provider) {
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration =
        new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
    registration.setName(name + " authentication");
    registration.addUrlPatterns(urlPattern);
    registration.addInitParameter(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
        provider.getName());
    registration.addInitParameter(ProcessEngineAuthenticationFilter.SERVLET_PATH_PREFIX, servletPathPrefix);
    return registration;
  }
}
