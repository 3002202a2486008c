package uk.org.safeguarding.reviews.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.databind.JsonNode;

import uk.org.safeguarding.reviews.support.RestClient.Reply;

/**
 * A user signed in to the web apps as in a browser (password "demo"): the session cookie and the
 * CSRF token the web apps ask for, calling the API Tasklist and Cockpit call
 * ({@code /camunda/api/engine/engine/default/...}), not the REST API with Basic credentials.
 */
public class WebappSession {

  /** The engine API as the web apps reach it. */
  public static final String ENGINE_API = "/camunda/api/engine/engine/default";

  private final String origin;
  private final CookieManager cookies = new CookieManager();
  private final HttpClient http;

  private WebappSession(int port) {
    this.origin = "http://localhost:" + port;
    this.http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NORMAL).build();
  }

  /** Opens Tasklist (which hands out the CSRF token) and signs in to it, as the login page does. */
  public static WebappSession signIn(int port, String user) {
    WebappSession session = new WebappSession(port);
    session.get("/camunda/app/tasklist/default/");
    Reply login = session.send(HttpRequest.newBuilder(URI.create(session.origin + "/camunda/api/admin/auth/user/default/login/tasklist"))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString("username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password=demo")));
    assertThat(login.status()).as("signing in to Tasklist as " + user + ": " + login.text()).isEqualTo(200);
    return session;
  }

  public Reply get(String path) {
    return send(HttpRequest.newBuilder(URI.create(origin + path)).GET());
  }

  /** A JSON body, e.g. Tasklist submitting a form ({@code .../task/{id}/submit-form}). */
  public Reply post(String path, Object body) {
    try {
      return send(HttpRequest.newBuilder(URI.create(origin + path)).header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString(RestClient.JSON.writeValueAsString(body))));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalArgumentException(e);
    }
  }

  private Reply send(HttpRequest.Builder request) {
    request.header("Accept", "application/json").header("Origin", origin);
    String token = csrfToken();
    if (token != null) {
      request.header("X-XSRF-TOKEN", token);
    }
    try {
      HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
      JsonNode json = null;
      try {
        json = response.body().isBlank() ? null : RestClient.JSON.readTree(response.body());
      } catch (Exception notJson) {
        // a page, not JSON
      }
      return new Reply(response.statusCode(), json, response.body(), response.headers());
    } catch (Exception e) {
      throw new IllegalStateException(request.build().uri() + ": " + e, e);
    }
  }

  private String csrfToken() {
    return cookies.getCookieStore().getCookies().stream().filter(c -> "XSRF-TOKEN".equals(c.getName()))
        .map(HttpCookie::getValue).reduce((first, latest) -> latest).orElse(null);
  }
}
