package uk.org.safeguarding.reviews.operations;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Who may read the metrics: whoever presents {@code safeguarding.operations.metrics-token} as a
 * bearer token (Prometheus's {@code authorization: credentials}). No token configured: nobody. The
 * health endpoint stays open, with no details (application.yaml: {@code show-details: never}).
 */
@Configuration
@EnableConfigurationProperties(OperationsSettings.class)
public class MetricsAccess {

  @Bean
  public FilterRegistrationBean<TokenCheck> metricsTokenCheck(OperationsSettings settings) {
    FilterRegistrationBean<TokenCheck> registration = new FilterRegistrationBean<>(new TokenCheck(settings));
    registration.setName("metrics token check");
    registration.addUrlPatterns("/actuator/prometheus", "/actuator/prometheus/*", "/actuator/metrics", "/actuator/metrics/*");
    return registration;
  }

  /** Lets a request through with the configured token; 401 in words otherwise. */
  static final class TokenCheck extends OncePerRequestFilter {

    private final OperationsSettings settings;

    TokenCheck(OperationsSettings settings) {
      this.settings = settings;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
        throws ServletException, IOException {
      String token = settings.getMetricsToken();
      if (presentsToken(request.getHeader("Authorization"), token)) {
        chain.doFilter(request, response);
        return;
      }
      response.setHeader("WWW-Authenticate", "Bearer realm=\"metrics\"");
      response.setContentType("text/plain;charset=UTF-8");
      response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
      response.getWriter().write(token.isEmpty()
          ? "The metrics are switched off: no metrics token is configured (safeguarding.operations.metrics-token)."
          : "The metrics need the configured bearer token.");
    }
  }

  static boolean presentsToken(String authorization, String token) {
    if (token.isEmpty() || authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
      return false;
    }
    return MessageDigest.isEqual(authorization.substring(7).trim().getBytes(StandardCharsets.UTF_8),
        token.getBytes(StandardCharsets.UTF_8));
  }
}
