package uk.org.safeguarding.reviews.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Every request starts and ends with no one signed in to the engine on its server thread. The
 * engine keeps "who is asking" per thread; a request must never inherit the previous request's
 * user from a pooled thread (its authorizations would apply, or its groups be looked up as that
 * user). The authentication filters then sign in whoever this request's credentials name.
 */
@Configuration
public class NoInheritedSignIn {

  private static final Logger LOG = LoggerFactory.getLogger(NoInheritedSignIn.class);

  @Bean
  public FilterRegistrationBean<OncePerRequestFilter> noInheritedSignInFilter(IdentityService identityService) {
    FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new OncePerRequestFilter() {
      @Override
      protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
          throws ServletException, IOException {
        Authentication left = identityService.getCurrentAuthentication();
        if (left != null) {
          LOG.warn("A server thread still had '{}' signed in to the engine from an earlier request; cleared before {} {}",
              left.getUserId(), request.getMethod(), request.getRequestURI());
          identityService.clearAuthentication();
        }
        try {
          chain.doFilter(request, response);
        } finally {
          identityService.clearAuthentication();
        }
      }
    });
    registration.setName("no inherited sign-in");
    registration.addUrlPatterns("/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
    return registration;
  }
}
