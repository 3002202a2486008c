package uk.org.safeguarding.reviews.identity;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Cockpit's own API ({@code /camunda/api/cockpit}: its dashboard's and views' queries, and the
 * plugins') answers only users who may open Cockpit. Camunda asks of these requests only that someone
 * is signed in, and runs their queries with a command executor of the web apps' own, beside the
 * engine's commands and so beside the submission gate: an agency signed in to Tasklist read there the
 * counts of every open case of every process. The queries still check the user's grants as they did.
 */
@Configuration
public class CockpitApiAccess {

  static final String COCKPIT = "cockpit";

  @Bean
  public FilterRegistrationBean<OncePerRequestFilter> cockpitApiAccessFilter() {
    FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new OncePerRequestFilter() {
      @Override
      protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
          throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        if (session != null) {
          for (UserAuthentication user : AuthenticationUtil.getAuthsFromSession(session).getAuthentications()) {
            if (!user.isAuthorizedForApp(COCKPIT)) {
              response.setStatus(HttpServletResponse.SC_FORBIDDEN);
              response.setContentType("application/json");
              response.getWriter().write("{\"type\":\"AuthorizationException\",\"message\":\"Not allowed: Cockpit's views are for"
                  + " those who watch the work in Cockpit\"}");
              return;
            }
          }
        }
        chain.doFilter(request, response); // nobody signed in: Camunda answers 401
      }
    });
    registration.setName("Cockpit's API for Cockpit's users");
    registration.addUrlPatterns("/camunda/api/cockpit/*");
    return registration;
  }
}
