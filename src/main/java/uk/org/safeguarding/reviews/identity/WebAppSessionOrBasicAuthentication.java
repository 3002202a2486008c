package uk.org.safeguarding.reviews.identity;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationProvider;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.webapp.impl.security.filter.util.CsrfConstants;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/**
 * The application's API: HTTP Basic, as the engine REST API; or, for reading only (GET), the web
 * apps' own sign-in, so the Cockpit deadlines view reads the application's API in the manager's
 * session. A request that changes something (Tasklist saving a form draft, the SCR group chair asking
 * for an extension) is taken in the session only with the session's CSRF token in the X-XSRF-TOKEN
 * header, the very check Camunda's CsrfPreventionFilter makes for /camunda/api/* (the token is the
 * one the web apps keep in the session; another site can neither read it nor make a browser send
 * it): a session cookie alone changes nothing. Without a matching token the request needs Basic
 * credentials. Each endpoint still checks the caller's role.
 */
public class WebAppSessionOrBasicAuthentication implements AuthenticationProvider {

  private final HttpBasicAuthenticationProvider basic;
  /** Whether the refused request came from a web app (no Basic challenge then: no browser sign-in box). */
  private final ThreadLocal<Boolean> fromWebApp = new ThreadLocal<>();

  public WebAppSessionOrBasicAuthentication(HttpBasicAuthenticationProvider basic) {
    this.basic = basic;
  }

  @Override
  public AuthenticationResult extractAuthenticatedUser(HttpServletRequest request, ProcessEngine engine) {
    fromWebApp.set(request.getHeader(CsrfConstants.CSRF_TOKEN_HEADER_NAME) != null);
    if (request.getHeader("Authorization") == null && ("GET".equals(request.getMethod()) || hasTheSessionsCsrfToken(request))) {
      HttpSession session = request.getSession(false);
      Authentications signedIn = session == null ? null : AuthenticationUtil.getAuthsFromSession(session);
      Authentication user = signedIn == null ? null : signedIn.getAuthenticationForProcessEngine(engine.getName());
      if (user != null && user.getName() != null) {
        AuthenticationResult result = AuthenticationResult.successful(user.getName());
        if (user instanceof UserAuthentication signedInUser) {
          // the groups and tenants the web app keeps in its session (and refreshes on its own schedule)
          result.setGroups(signedInUser.getGroupIds() == null ? null : List.copyOf(signedInUser.getGroupIds()));
          result.setTenants(signedInUser.getTenantIds() == null ? null : List.copyOf(signedInUser.getTenantIds()));
        }
        return result;
      }
    }
    return basic.extractAuthenticatedUser(request, engine);
  }

  /** A change made from a web app: its X-XSRF-TOKEN header is the session's CSRF token. */
  private static boolean hasTheSessionsCsrfToken(HttpServletRequest request) {
    String token = request.getHeader(CsrfConstants.CSRF_TOKEN_HEADER_NAME);
    HttpSession session = request.getSession(false);
    Object expected = session == null ? null : session.getAttribute(CsrfConstants.CSRF_TOKEN_SESSION_ATTR_NAME);
    return Set.of("POST", "PUT", "DELETE").contains(request.getMethod()) && token != null
        && expected instanceof String sessionToken && MessageDigest.isEqual(sessionToken.getBytes(StandardCharsets.UTF_8),
            token.getBytes(StandardCharsets.UTF_8));
  }

  @Override
  public void augmentResponseByAuthenticationChallenge(HttpServletResponse response, ProcessEngine engine) {
    boolean webApp = Boolean.TRUE.equals(fromWebApp.get());
    fromWebApp.remove();
    if (!webApp) {
      basic.augmentResponseByAuthenticationChallenge(response, engine);
    }
  }
}
