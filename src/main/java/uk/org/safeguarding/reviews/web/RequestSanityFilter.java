package uk.org.safeguarding.reviews.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses, with 400, three kinds of request the engine REST API (also as the web apps' engine API)
 * would answer with a server error: a JSON body that is {@code null}, a variable sent as {@code null}
 * instead of its value object, and a negative or non-numeric {@code firstResult} / {@code maxResults}
 * (paging).
 */
@Configuration
public class RequestSanityFilter {

  static final int MAX_INSPECTED_BODY = 1024 * 1024;
  private static final ObjectMapper JSON = new ObjectMapper();
  /** Where the engine REST API takes variables by name, each a value object ({@code {"value": ..., "type": ...}}). */
  private static final java.util.Set<String> VARIABLE_MAPS = java.util.Set.of("variables", "modifications", "processVariables",
      "processVariablesLocal", "localVariables", "correlationKeys", "localCorrelationKeys", "processInstanceVariables");

  @Bean
  public FilterRegistrationBean<OncePerRequestFilter> requestSanity() {
    FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new Sanity());
    registration.setName("request sanity");
    registration.addUrlPatterns("/engine-rest/*", "/api/*", "/camunda/api/engine/*");
    registration.setOrder(0);
    return registration;
  }

  static class Sanity extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
        throws ServletException, IOException {
      for (String paging : new String[] {"firstResult", "maxResults"}) {
        String value = request.getParameter(paging);
        if (value != null && !value.matches("\\d{1,9}")) {
          refuse(response, "'" + paging + "' must be a whole number, 0 or more");
          return;
        }
      }
      String type = request.getContentType();
      if (type != null && type.startsWith("application/json") && request.getContentLengthLong() <= MAX_INSPECTED_BODY) {
        byte[] body = request.getInputStream().readAllBytes();
        if (new String(body, StandardCharsets.UTF_8).trim().equals("null")) {
          refuse(response, "the request body must be a JSON object, not null");
          return;
        }
        String valueless = variableWithoutValue(body);
        if (valueless != null) {
          refuse(response, "variable '" + valueless + "' has no value: send it as {\"value\": ..., \"type\": ...}");
          return;
        }
        chain.doFilter(new ReplayedBody(request, body), response);
        return;
      }
      chain.doFilter(request, response);
    }

    /**
     * The name of a variable sent as JSON {@code null} instead of a value object, in any map of variables
     * in the body (the engine REST API's conversion of it failed with a NullPointerException); null if none.
     * A body that is not JSON is left to the API, which answers it with 400.
     */
    static String variableWithoutValue(byte[] body) {
      JsonNode root;
      try {
        root = JSON.readTree(body);
      } catch (IOException notJson) {
        return null;
      }
      return root == null ? null : variableWithoutValue(root);
    }

    private static String variableWithoutValue(JsonNode node) {
      if (node.isArray()) {
        for (JsonNode item : node) {
          String found = variableWithoutValue(item);
          if (found != null) {
            return found;
          }
        }
      } else if (node.isObject()) {
        for (java.util.Iterator<java.util.Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext();) {
          java.util.Map.Entry<String, JsonNode> field = fields.next();
          if (VARIABLE_MAPS.contains(field.getKey()) && field.getValue().isObject()) {
            for (java.util.Iterator<java.util.Map.Entry<String, JsonNode>> variables = field.getValue().fields(); variables.hasNext();) {
              java.util.Map.Entry<String, JsonNode> variable = variables.next();
              if (variable.getValue().isNull()) {
                return variable.getKey();
              }
            }
          }
          String found = variableWithoutValue(field.getValue());
          if (found != null) {
            return found;
          }
        }
      }
      return null;
    }

    private static void refuse(HttpServletResponse response, String problem) throws IOException {
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
      response.setContentType("application/json");
      response.getWriter().write("{\"type\":\"InvalidRequestException\",\"message\":\"" + problem.replace("\"", "'")
          + "\",\"problems\":[\"" + problem.replace("\"", "'") + "\"]}");
    }
  }

  /** The request with its body, already read, offered again to the next in the chain. */
  static class ReplayedBody extends HttpServletRequestWrapper {
    private final byte[] body;

    ReplayedBody(HttpServletRequest request, byte[] body) {
      super(request);
      this.body = body;
    }

    @Override
    public ServletInputStream getInputStream() {
      InputStream in = new ByteArrayInputStream(body);
      return new ServletInputStream() {
        @Override
        public int read() throws IOException {
          return in.read();
        }

        @Override
        public boolean isFinished() {
          return false;
        }

        @Override
        public boolean isReady() {
          return true;
        }

        @Override
        public void setReadListener(ReadListener listener) {
          throw new UnsupportedOperationException();
        }
      };
    }

    @Override
    public java.io.BufferedReader getReader() {
      return new java.io.BufferedReader(new java.io.InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
    }
  }
}
