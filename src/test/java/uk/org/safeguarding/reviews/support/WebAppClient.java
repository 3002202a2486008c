package uk.org.safeguarding.reviews.support;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.databind.JsonNode;

import uk.org.safeguarding.reviews.support.RestClient.Reply;

/**
 * Calls the web apps' own engine API ({@code /camunda/api/engine/engine/default/...}) as Tasklist
 * and Cockpit do: signed in with a session cookie, and the CSRF token echoed on every change.
 */
public class WebAppClient {

  public static final String ENGINE = "/camunda/api/engine/engine/default";

  private final int port;
  private final CookieManager cookies = new CookieManager();
  private final HttpClient http;

  private WebAppClient(int port) {
    this.port = port;
    this.http = HttpClient.newBuilder().cookieHandler(cookies).build();
  }

  /** Signs in to Tasklist as a demo user (password "demo"). */
  public static WebAppClient signIn(int port, String user) {
    WebAppClient client = new WebAppClient(port);
    client.send("GET", "/camunda/app/tasklist/", null, null);
    Reply login = client.send("POST", "/camunda/api/admin/auth/user/default/login/tasklist",
        "username=" + RestClient.encode(user) + "&password=demo", "application/x-www-form-urlencoded");
    if (login.status() != 200) {
      throw new IllegalStateException("Sign-in of " + user + " failed: " + login.status() + " " + login.text());
    }
    client.get("/camunda/api/admin/auth/user/default"); // the signed-in session's CSRF token
    return client;
  }

  public Reply get(String path) {
    return send("GET", path, null, null);
  }

  /** A GET asking for the media type given (Tasklist asks for its task list as {@code application/hal+json}). */
  public Reply getAccepting(String path, String accept) {
    return send("GET", path, null, null, accept);
  }

  public Reply post(String path, Object body) {
    return call("POST", path, body);
  }

  public Reply call(String method, String path, Object body) {
    try {
      return send(method, path, body == null ? null : body instanceof String s ? s : RestClient.JSON.writeValueAsString(body),
          "application/json");
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private Reply send(String method, String path, String body, String contentType) {
    return send(method, path, body, contentType, "application/json");
  }

  private Reply send(String method, String path, String body, String contentType, String accept) {
    try {
      HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
          .header("Accept", accept)
          .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
      if (contentType != null && body != null) {
        request.header("Content-Type", contentType);
      }
      String token = csrfToken();
      if (token != null) {
        request.header("X-XSRF-TOKEN", token);
      }
      HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      response.headers().firstValue("X-XSRF-TOKEN").ifPresent(this::rememberToken);
      JsonNode json = null;
      try {
        json = response.body().isBlank() ? null : RestClient.JSON.readTree(response.body());
      } catch (Exception notJson) {
        // an HTML page
      }
      return new Reply(response.statusCode(), json, response.body(), response.headers());
    } catch (Exception e) {
      throw new IllegalStateException(method + " " + path + ": " + e, e);
    }
  }

  private String headerToken;

  private void rememberToken(String token) {
    headerToken = token;
  }

  private boolean sendCsrfToken = true;

  /** From now on, requests leave out the X-XSRF-TOKEN header (as another site's page would). */
  public WebAppClient withoutCsrfToken() {
    sendCsrfToken = false;
    return this;
  }

  private String csrfToken() {
    if (!sendCsrfToken) {
      return null;
    }
    if (headerToken != null) {
      return headerToken;
    }
    for (HttpCookie cookie : cookies.getCookieStore().getCookies()) {
      if (cookie.getName().equals("XSRF-TOKEN")) {
        return cookie.getValue();
      }
    }
    return null;
  }
}
