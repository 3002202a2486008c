package uk.org.safeguarding.reviews.forms;

import java.io.IOException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

import uk.org.safeguarding.reviews.identity.Agencies;

/**
 * A start form is shown before any case data exists, so Tasklist has no variables to fill a
 * checklist's {@code valuesKey} from. When a start form is fetched (Tasklist and REST alike,
 * {@code .../deployed-start-form}), each field whose options come from {@value #AGENCY_OPTIONS}
 * gets the live list of member agencies written in, so an agency added at {@code POST /api/agencies}
 * can be chosen at once, with no form change. Task forms get the same list as a variable.
 */
@Configuration
public class StartFormAgencyOptions {

  public static final String AGENCY_OPTIONS = "agencyOptions";
  static final String DEPLOYED_START_FORM = "/deployed-start-form";

  @Bean
  public FilterRegistrationBean<OncePerRequestFilter> startFormAgencyOptionsFilter(Agencies agencies, ObjectMapper json) {
    FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new Filter(agencies, json));
    registration.setName("start form agency options");
    registration.addUrlPatterns("/engine-rest/*", "/camunda/api/*");
    registration.setOrder(1);
    return registration;
  }

  static class Filter extends OncePerRequestFilter {

    private final Agencies agencies;
    private final ObjectMapper json;

    Filter(Agencies agencies, ObjectMapper json) {
      this.agencies = agencies;
      this.json = json;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
      return !"GET".equals(request.getMethod()) || !request.getRequestURI().endsWith(DEPLOYED_START_FORM);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
        throws ServletException, IOException {
      ContentCachingResponseWrapper captured = new ContentCachingResponseWrapper(response);
      chain.doFilter(request, captured);
      if (captured.getStatus() == HttpServletResponse.SC_OK) {
        byte[] filled = withLiveAgencies(captured.getContentAsByteArray());
        if (filled != null) {
          captured.resetBuffer();
          captured.getOutputStream().write(filled);
        }
      }
      captured.copyBodyToResponse();
    }

    /** The form with the agencies written in, or null when it is not a form that lists them. */
    byte[] withLiveAgencies(byte[] body) {
      JsonNode form;
      try {
        form = json.readTree(body);
      } catch (IOException notJson) {
        return null;
      }
      if (form == null || !form.path("components").isArray()) {
        return null;
      }
      ArrayNode options = json.valueToTree(agencies.formOptions());
      boolean changed = fill(form.path("components"), options);
      try {
        return changed ? json.writeValueAsBytes(form) : null;
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
    }

    private static boolean fill(JsonNode components, ArrayNode options) {
      boolean changed = false;
      for (JsonNode component : components) {
        if (component instanceof ObjectNode field && AGENCY_OPTIONS.equals(field.path("valuesKey").asText())) {
          field.remove("valuesKey");
          field.set("values", options.deepCopy());
          changed = true;
        }
        changed |= fill(component.path("components"), options);
      }
      return changed;
    }
  }
}
