package uk.org.safeguarding.reviews.forms;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** The Camunda Forms in {@code forms/}, by form id: the same files the engine deploys. */
public class CaseFormSchemas {

  private final Map<String, JsonNode> byId = new HashMap<>();

  public CaseFormSchemas(ObjectMapper json) {
    try {
      for (Resource r : new PathMatchingResourcePatternResolver().getResources("classpath*:forms/**/*.form")) {
        try (InputStream in = r.getInputStream()) {
          JsonNode form = json.readTree(in);
          byId.put(form.path("id").asText(), form);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the forms", e);
    }
  }

  public Optional<JsonNode> form(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  public java.util.Set<String> ids() {
    return byId.keySet();
  }

  /**
   * Every input field of a form, groups and dynamic lists flattened (dynamic lists as one field).
   * A disabled field is not an input: it shows a case variable as text (see {@link #isDisplayField})
   * and Tasklist's form-js neither validates nor submits it.
   */
  public static List<JsonNode> inputFields(JsonNode form) {
    List<JsonNode> fields = new ArrayList<>();
    collect(form.path("components"), fields);
    return fields;
  }

  private static void collect(JsonNode components, List<JsonNode> into) {
    for (JsonNode c : components) {
      String type = c.path("type").asText();
      if (type.equals("group")) {
        collect(c.path("components"), into);
      } else if (!isDisplayField(c) && (c.hasNonNull("key") || (type.equals("dynamiclist") && c.hasNonNull("path")))) {
        into.add(c);
      }
    }
  }

  /**
   * A field that only shows a variable: {@code "disabled": true}. Case text reaches the next reader
   * this way, as the value of a disabled text field or text area, which the browser shows as text;
   * a {@code text} component would render it as markdown, with live links.
   */
  public static boolean isDisplayField(JsonNode component) {
    return component.path("disabled").asBoolean(false);
  }
}
