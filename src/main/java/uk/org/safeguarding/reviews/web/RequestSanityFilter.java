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

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses, with 400, two kinds of request the engine REST API would answer with a server error:
 * a JSON body that is {@code null}, and a negative or non-numeric {@code firstResult} /
 * {@code maxResults} (paging).
 */
@Configuration
public class RequestSanityFilter {

  static final int MAX_INSPECTED_BODY = 1024 * 1024;

  @Bean
  public FilterRegistrationBean<OncePerRequestFilter> requestSanity() {
    FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new Sanity());
    registration.setName("request sanity");
    registration.addUrlPatterns("/engine-rest/*", "/api/*");
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
        chain.doFilter(new ReplayedBody(request, body), response);
        return;
      }
      chain.doFilter(request, response);
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
