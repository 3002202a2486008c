package uk.org.safeguarding.reviews.identity;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationProvider;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.Authentication;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/**
 * The application's API: HTTP Basic, as the engine REST API; or, for reading only (GET), the web
 * apps' own sign-in, so the Cockpit deadlines view reads the application's API in the manager's
 * session. A request that changes something still needs Basic credentials (a session cookie alone
 * must not be able to change anything: the web apps' CSRF protection covers their own paths only).
 */
public class WebAppSessionOrBasicAuthentication implements AuthenticationProvider {

  private final HttpBasicAuthenticationProvider basic = new HttpBasicAuthenticationProvider();

  @Override
  public AuthenticationResult extractAuthenticatedUser(HttpServletRequest request, ProcessEngine engine) {
    if (request.getHeader("Authorization") == null && "GET".equals(request.getMethod())) {
      HttpSession session = request.getSession(false);
      Authentications signedIn = session == null ? null : AuthenticationUtil.getAuthsFromSession(session);
      Authentication user = signedIn == null ? null : signedIn.getAuthenticationForProcessEngine(engine.getName());
      if (user != null && user.getName() != null) {
        return AuthenticationResult.successful(user.getName());
      }
    }
    return basic.extractAuthenticatedUser(request, engine);
  }

  @Override
  public void augmentResponseByAuthenticationChallenge(HttpServletResponse response, ProcessEngine engine) {
    basic.augmentResponseByAuthenticationChallenge(response, engine);
  }
}
