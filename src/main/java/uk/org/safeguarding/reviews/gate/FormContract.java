package uk.org.safeguarding.reviews.gate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.type.ValueType;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.json.SpinJsonNode;

import uk.org.safeguarding.reviews.forms.CaseFormSchemas;
import uk.org.safeguarding.reviews.forms.FormSubmissionValidator;

/**
 * What one Camunda Form lets a person write, and nothing more: its fields' keys, the variable type
 * each field produces (text, date and choice: String; checkbox: Boolean; checklist and dynamic
 * list: Json), and its rules (required, lengths, choices…), which are checked on the submission
 * alone, so a field another step wrote never counts as given here. A read-only or disabled field is
 * shown, not written: it may come back unchanged, never changed.
 */
final class FormContract {

  private static final Set<String> TEXT = Set.of("textfield", "textarea", "radio", "select", "datetime");
  private static final Set<String> JSON = Set.of("checklist", "taglist", "dynamiclist");
  private static final Set<String> NUMBER = Set.of("number");

  private final JsonNode form;
  private final Map<String, JsonNode> fields = new LinkedHashMap<>();
  private final ObjectMapper json;
  private final FormSubmissionValidator validator = new FormSubmissionValidator();

  FormContract(JsonNode form, ObjectMapper json) {
    this.form = form;
    this.json = json;
    for (JsonNode field : CaseFormSchemas.inputFields(form)) {
      String type = field.path("type").asText();
      fields.put(type.equals("dynamiclist") ? field.path("path").asText() : field.path("key").asText(), field);
    }
  }

  /** A step without a form: it accepts no variables at all. */
  static FormContract none(ObjectMapper json) {
    return new FormContract(json.createObjectNode(), json);
  }

  Set<String> keys() {
    return fields.keySet();
  }

  /** The keys of the fields a person fills in (read-only and disabled ones left out). */
  Set<String> writtenKeys() {
    Set<String> written = new java.util.LinkedHashSet<>();
    fields.forEach((key, field) -> {
      if (!isReadOnly(field)) {
        written.add(key);
      }
    });
    return written;
  }

  /**
   * Problems with a submission, in plain words; empty when it is exactly what the form writes.
   *
   * @param current the value a variable holds now (for read-only fields)
   */
  List<String> problems(Map<String, ?> submitted, Function<String, Object> current) {
    List<String> problems = new ArrayList<>();
    Map<String, Object> plain = new HashMap<>();
    Map<String, TypedValue> values = typedValues(submitted);
    for (String name : values.keySet()) {
      JsonNode field = fields.get(name);
      if (field == null) {
        problems.add("'" + name + "' is not a field of this form; a step accepts only what its form writes");
        continue;
      }
      TypedValue value = values.get(name);
      String label = label(field, name);
      if (value != null && value.isTransient()) {
        // a transient value is read by the step and then never stored: a required field would pass and be lost
        problems.add(label + " cannot be sent as transient: everything a step accepts is kept in the case's record");
        continue;
      }
      if (!typeFits(field, value)) {
        problems.add(label + " must be sent as " + expectedType(field) + ", not " + typeName(value)
            + (isObject(value) ? "; values of type Object are not accepted" : ""));
        continue;
      }
      Object plainValue;
      try {
        plainValue = plain(value);
      } catch (RuntimeException unreadable) {
        problems.add(label + " could not be read as " + expectedType(field));
        continue;
      }
      if (isReadOnly(field) && !Objects.equals(normalise(plainValue), normalise(plain(current.apply(name))))) {
        problems.add(label + " is shown in this step, not changed in it");
        continue;
      }
      plain.put(name, plainValue);
    }
    if (problems.isEmpty()) {
      problems.addAll(validator.validate(form, plain));
    }
    return problems;
  }

  /** The submitted values as sent, without building (deserializing) any of them. */
  private static Map<String, TypedValue> typedValues(Map<String, ?> submitted) {
    Map<String, TypedValue> typed = new LinkedHashMap<>();
    if (submitted instanceof VariableMap variables) {
      for (String name : variables.keySet()) {
        typed.put(name, variables.getValueTyped(name));
      }
    } else {
      submitted.forEach((name, value) -> typed.put(name, value instanceof TypedValue t ? t : Variables.untypedValue(value)));
    }
    return typed;
  }

  private static boolean typeFits(JsonNode field, TypedValue value) {
    ValueType valueType = value == null ? null : value.getType();
    if (value == null || valueType != null && valueType.getName().equals(ValueType.NULL.getName())
        || valueType == null && value.getValue() == null) {
      return true;
    }
    String type = field.path("type").asText();
    if (valueType == null) {
      Object raw = value.getValue();
      return TEXT.contains(type) ? raw instanceof String
          : type.equals("checkbox") ? raw instanceof Boolean
          : NUMBER.contains(type) ? raw instanceof Number
          : JSON.contains(type) && raw instanceof SpinJsonNode;
    }
    String name = valueType.getName();
    if (TEXT.contains(type)) {
      return name.equals(ValueType.STRING.getName());
    }
    if (type.equals("checkbox")) {
      return name.equals(ValueType.BOOLEAN.getName());
    }
    if (NUMBER.contains(type)) {
      return name.equals(ValueType.INTEGER.getName()) || name.equals(ValueType.LONG.getName())
          || name.equals(ValueType.DOUBLE.getName()) || name.equals(ValueType.SHORT.getName());
    }
    return JSON.contains(type) && name.equals("json");
  }

  /** An Object value, or JSON sent without a type (the REST API makes it an Object). */
  private static boolean isObject(TypedValue value) {
    if (value.getType() == null) {
      Object raw = value.getValue();
      return !(raw instanceof String || raw instanceof Boolean || raw instanceof Number);
    }
    return value.getType().getName().equals(ValueType.OBJECT.getName());
  }

  private static String expectedType(JsonNode field) {
    String type = field.path("type").asText();
    return TEXT.contains(type) ? "String" : type.equals("checkbox") ? "Boolean" : NUMBER.contains(type) ? "a number" : "Json";
  }

  private static String typeName(TypedValue value) {
    return value.getType() == null ? value.getValue().getClass().getSimpleName() : value.getType().getName();
  }

  private static boolean isReadOnly(JsonNode field) {
    return field.path("readonly").asBoolean(false) || field.path("disabled").asBoolean(false);
  }

  private static String label(JsonNode field, String key) {
    String label = field.path("label").asText("");
    return "'" + (label.isBlank() ? key : label) + "'";
  }

  /** JSON variables (checklists, dynamic lists) as lists and maps, as the form rules read them. */
  private Object plain(Object value) {
    Object raw = value instanceof TypedValue typed ? typed.getValue() : value;
    if (raw instanceof SpinJsonNode node) {
      try {
        return json.readValue(node.toString(), Object.class);
      } catch (JsonProcessingException e) {
        return node.toString();
      }
    }
    return raw;
  }

  private static Object normalise(Object value) {
    return value instanceof String s && s.isEmpty() ? null : value;
  }
}
