package uk.org.safeguarding.reviews.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.camunda.spin.json.SpinJsonNode;
import org.camunda.spin.plugin.variable.SpinValues;
import org.camunda.spin.plugin.variable.value.JsonValue;

/**
 * Lists and records in variables are kept as JSON, the type Tasklist's forms write and read, so a
 * checklist or a table shows what the process holds.
 */
public final class JsonVariables {

  private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();

  private JsonVariables() {}

  public static JsonValue json(Object value) {
    try {
      return SpinValues.jsonValue(JSON.writeValueAsString(value)).create();
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("Cannot write as JSON: " + e.getMessage(), e);
    }
  }

  /** A list from a JSON variable, a Java collection or a comma-separated string; empty if null. */
  public static List<Object> list(Object value) {
    if (value == null) {
      return new ArrayList<>();
    }
    if (value instanceof SpinJsonNode node) {
      return read(node.toString());
    }
    if (value instanceof Collection<?> c) {
      return new ArrayList<>(c);
    }
    String text = value.toString().trim();
    if (text.startsWith("[")) {
      return read(text);
    }
    if (text.isEmpty()) {
      return new ArrayList<>();
    }
    return new ArrayList<>(Arrays.stream(text.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList());
  }

  public static List<String> strings(Object value) {
    return list(value).stream().map(String::valueOf).toList();
  }

  @SuppressWarnings("unchecked")
  public static List<Map<String, Object>> records(Object value) {
    return list(value).stream().filter(Map.class::isInstance).map(m -> (Map<String, Object>) m).toList();
  }

  private static List<Object> read(String json) {
    try {
      return JSON.readValue(json, new TypeReference<List<Object>>() {});
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("'" + (json.length() > 60 ? json.substring(0, 60) + "..." : json) + "' is not a JSON list");
    }
  }
}
