package uk.org.safeguarding.reviews.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.junit.jupiter.api.Test;

/**
 * A field that several forms in forms/ share is one field. Wherever a step collects the same case
 * variable, it has the same component type, label, validation and choices (fixed values or the same
 * valuesKey); wherever a step shows it (a disabled display field), it has the label of the step that
 * collects it. The forms are also the server's validation, so a field that drifted would be checked
 * differently from one step to the next.
 *
 * <p>Fields are read as {@link CaseFormSchemas#inputFields} reads them: a dynamic list is one field,
 * and the fields inside it are keys of a list item, not case variables, so they are not compared.
 */
class SharedFormFieldsTest {

  private static final Path FORMS = Path.of("forms");

  /**
   * The only places a shared field may be optional where another step requires it ("form key"), and
   * why. Keep this list short: every other difference is drift.
   */
  private static final Map<String, String> OPTIONAL_HERE = Map.of(
      "scr-start decisionReasons",
      "an SCR started for a decision the board chair took earlier (before this system) may have its reasons on paper only",
      "rapid-review-start notificationSubmittedOn",
      "left empty while the notification is not yet submitted: the local authority then gets a task to submit it",
      "rapid-review-summary learningActions",
      "the rapid review may propose none; they are confirmed, and required, once the Panel has answered (rapid-review-learning)");

  /** Every form by its id, sorted. */
  private static Map<String, JsonNode> forms() throws Exception {
    Map<String, JsonNode> forms = new TreeMap<>();
    ObjectMapper json = new ObjectMapper();
    try (Stream<Path> files = Files.walk(FORMS)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".form")).toList()) {
        JsonNode form = json.readTree(f.toFile());
        forms.put(form.path("id").asText(), form);
      }
    }
    assertThat(forms).isNotEmpty();
    return forms;
  }

  /** For each case variable some form collects: the field of each form that collects it, by form id. */
  private static Map<String, Map<String, JsonNode>> inputsByKey(Map<String, JsonNode> forms) {
    Map<String, Map<String, JsonNode>> byKey = new TreeMap<>();
    forms.forEach((id, form) -> CaseFormSchemas.inputFields(form)
        .forEach(f -> byKey.computeIfAbsent(key(f), k -> new TreeMap<>()).put(id, f)));
    return byKey;
  }

  private static String key(JsonNode field) {
    return field.path("type").asText().equals("dynamiclist") ? field.path("path").asText() : field.path("key").asText();
  }

  /** The words a person reads: a date field's label is its dateLabel (as {@link FormSubmissionValidator} reads it). */
  private static String label(JsonNode field) {
    return field.path("label").asText(field.path("dateLabel").asText(""));
  }

  private static String type(JsonNode field) {
    return field.path("type").asText() + (field.has("subtype") ? " (" + field.path("subtype").asText() + ")" : "");
  }

  private static boolean required(JsonNode field) {
    return field.path("validate").path("required").asBoolean(false);
  }

  /** The validation less required, which {@link #OPTIONAL_HERE} may let differ. */
  private static JsonNode validationBesidesRequired(JsonNode field) {
    ObjectNode validate = field.path("validate").isObject() ? field.path("validate").deepCopy() : new ObjectMapper().createObjectNode();
    validate.remove("required");
    return validate;
  }

  private static void sameIn(List<String> problems, String key, String what, String form, Object value, String other, Object otherValue) {
    if (!value.equals(otherValue)) {
      problems.add(key + ": " + what + " differs: " + form + " has " + value + ", " + other + " has " + otherValue);
    }
  }

  @Test
  void aFieldCollectedOnSeveralFormsHasOneTypeLabelValidationAndChoices() throws Exception {
    List<String> problems = new ArrayList<>();
    List<String> exceptionsUsed = new ArrayList<>();
    int shared = 0;
    for (Map.Entry<String, Map<String, JsonNode>> entry : inputsByKey(forms()).entrySet()) {
      Map<String, JsonNode> fields = entry.getValue();
      if (fields.size() < 2) {
        continue;
      }
      shared++;
      String key = entry.getKey();
      String first = fields.keySet().iterator().next();
      JsonNode model = fields.get(first);
      boolean requiredSomewhere = fields.values().stream().anyMatch(SharedFormFieldsTest::required);
      for (Map.Entry<String, JsonNode> other : fields.entrySet()) {
        String form = other.getKey();
        JsonNode field = other.getValue();
        sameIn(problems, key, "type", first, type(model), form, type(field));
        sameIn(problems, key, "label", first, label(model), form, label(field));
        sameIn(problems, key, "validation", first, validationBesidesRequired(model), form, validationBesidesRequired(field));
        sameIn(problems, key, "values", first, model.path("values"), form, field.path("values"));
        sameIn(problems, key, "valuesKey", first, model.path("valuesKey").asText(""), form, field.path("valuesKey").asText(""));
        if (requiredSomewhere && !required(field)) {
          if (OPTIONAL_HERE.containsKey(form + " " + key)) {
            exceptionsUsed.add(form + " " + key);
          } else {
            problems.add(key + ": required on other forms but optional on " + form + " (add it to OPTIONAL_HERE only with a reason)");
          }
        }
      }
    }
    assertThat(problems).isEmpty();
    assertThat(exceptionsUsed).as("every exception in OPTIONAL_HERE is still needed").containsExactlyInAnyOrderElementsOf(OPTIONAL_HERE.keySet());
    assertThat(shared).isGreaterThan(0);
  }

  @Test
  void aDisplayedFieldHasTheLabelOfTheFieldThatCollectsIt() throws Exception {
    Map<String, JsonNode> forms = forms();
    Map<String, Map<String, JsonNode>> inputs = inputsByKey(forms);
    List<String> problems = new ArrayList<>();
    int compared = 0;
    for (Map.Entry<String, JsonNode> form : forms.entrySet()) {
      for (JsonNode shown : displayFields(form.getValue().path("components"))) {
        String key = shown.path("key").asText();
        if (!shown.path("id").asText().equals("Shown_" + key)) {
          problems.add(form.getKey() + " " + shown.path("id").asText() + ": a display field's id is Shown_" + key);
        }
        for (Map.Entry<String, JsonNode> collector : inputs.getOrDefault(key, Map.of()).entrySet()) {
          compared++;
          if (!label(shown).equals(label(collector.getValue()))) {
            problems.add(form.getKey() + " shows '" + key + "' as '" + label(shown) + "', but " + collector.getKey()
                + " collects it as '" + label(collector.getValue()) + "'");
          }
        }
      }
    }
    assertThat(problems).isEmpty();
    assertThat(compared).isGreaterThan(0);
  }

  private static List<JsonNode> displayFields(JsonNode components) {
    List<JsonNode> shown = new ArrayList<>();
    for (JsonNode c : components) {
      if (CaseFormSchemas.isDisplayField(c)) {
        shown.add(c);
      }
      shown.addAll(displayFields(c.path("components")));
    }
    return shown;
  }
}
