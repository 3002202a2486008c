package uk.org.safeguarding.reviews.identity;

import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletException;

import org.camunda.bpm.engine.rest.security.auth.AuthenticationProvider;
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
 * own login (session and CSRF protection). A sign-in is remembered for a short while
 * ({@link SignInCache}), so a user's next request does not check it again.
 */
@Configuration
public class RestAuthentication {

  @Bean
  public FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthentication(SignInCache signIns) {
    return authentication("engine REST API", "/engine-rest/*", "/engine-rest", new CachedBasicAuthentication(signIns));
  }

  @Bean
  public FilterRegistrationBean<ProcessEngineAuthenticationFilter> applicationApiAuthentication(SignInCache signIns) {
    return authentication("application API", "/api/*", "", new WebAppSessionOrBasicAuthentication(new CachedBasicAuthentication(signIns)));
  }

  private static FilterRegistrationBean<ProcessEngineAuthenticationFilter> authentication(String name, String urlPattern,
      String servletPathPrefix, AuthenticationProvider provider) {
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration = new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter() {
      @Override
      public void init(FilterConfig config) throws ServletException {
        super.init(config);
        authenticationProvider = provider; // built here, with the sign-in cache, rather than by class name
      }
    });
    registration.setName(name + " authentication");
    registration.addUrlPatterns(urlPattern);
    // the filter insists on a provider class it can make; the one it makes is replaced at init
    registration.addInitParameter(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM, HttpBasicAuthenticationProvider.class.getName());
    registration.addInitParameter(ProcessEngineAuthenticationFilter.SERVLET_PATH_PREFIX, servletPathPrefix);
    return registration;
  }
}
