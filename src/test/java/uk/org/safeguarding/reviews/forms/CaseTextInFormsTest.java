package uk.org.safeguarding.reviews.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;

/**
 * Case text reaches the next reader as text, on every form in forms/. Tasklist's form-js renders a
 * {@code text} (or {@code html}) component as markdown/HTML after filling in its {@code {{ }}}
 * templates and FEEL expressions, so a link someone typed into a case would be a live link for the
 * next reader. Those components therefore hold fixed words only; a variable is shown in a disabled
 * text field, text area or select bound to it, whose value the browser shows as text and which
 * form-js does not submit.
 */
class CaseTextInFormsTest {

  private static final Path FORMS = Path.of("forms");
  private static final Set<String> RENDERED_AS_MARKUP = Set.of("text", "html");
  private static final Set<String> DISPLAY_TYPES = Set.of("textfield", "textarea", "select");

  private static Map<String, JsonNode> forms() throws Exception {
    Map<String, JsonNode> forms = new LinkedHashMap<>();
    ObjectMapper json = new ObjectMapper();
    try (Stream<Path> files = Files.walk(FORMS)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".form")).sorted().toList()) {
        forms.put(f.getFileName().toString(), json.readTree(f.toFile()));
      }
    }
    assertThat(forms).isNotEmpty();
    return forms;
  }

  /** Every component of a form, inside groups and dynamic lists too. */
  private static List<JsonNode> components(JsonNode container) {
    List<JsonNode> all = new ArrayList<>();
    for (JsonNode c : container.path("components")) {
      all.add(c);
      all.addAll(components(c));
    }
    return all;
  }

  private static boolean interpolates(String s) {
    return s.contains("{{") || s.strip().startsWith("=");
  }

  @Test
  void noTextComponentOfAnyFormFillsInAVariable() throws Exception {
    List<String> problems = new ArrayList<>();
    int texts = 0;
    for (Map.Entry<String, JsonNode> form : forms().entrySet()) {
      for (JsonNode c : components(form.getValue())) {
        String type = c.path("type").asText();
        String where = form.getKey() + " " + c.path("id").asText() + ": ";
        if (RENDERED_AS_MARKUP.contains(type)) {
          texts++;
          String shown = c.path(type.equals("html") ? "content" : "text").asText("");
          if (interpolates(shown)) {
            problems.add(where + type + " fills in a template or expression (show the variable in a disabled field): " + shown);
          }
        }
        if (type.equals("iframe") && interpolates(c.path("url").asText(""))) {
          problems.add(where + "iframe address built from a variable");
        }
      }
    }
    assertThat(problems).isEmpty();
    assertThat(texts).isGreaterThan(0);
  }

  @Test
  void everyDisplayFieldShowsItsVariableAsTextUnderAPlainLabel() throws Exception {
    List<String> problems = new ArrayList<>();
    int shown = 0;
    for (Map.Entry<String, JsonNode> form : forms().entrySet()) {
      List<String> inputKeys = CaseFormSchemas.inputFields(form.getValue()).stream()
          .map(f -> f.path("key").asText()).toList();
      for (JsonNode c : components(form.getValue())) {
        if (!CaseFormSchemas.isDisplayField(c)) {
          continue;
        }
        shown++;
        String where = form.getKey() + " " + c.path("id").asText() + ": ";
        String key = c.path("key").asText("");
        String label = c.path("label").asText("");
        if (!DISPLAY_TYPES.contains(c.path("type").asText())) {
          problems.add(where + "a display field is a textfield, textarea or select, not " + c.path("type").asText());
        }
        if (key.isEmpty() || inputKeys.contains(key)) {
          problems.add(where + "shows '" + key + "', which the form also collects (or no variable at all)");
        }
        if (label.isBlank() || interpolates(label)) {
          problems.add(where + "needs a fixed label in plain words: '" + label + "'");
        }
        if (c.has("validate") || c.has("readonly")) {
          problems.add(where + "a display field has nothing to validate and is disabled, not readonly");
        }
      }
    }
    assertThat(problems).isEmpty();
    assertThat(shown).isGreaterThan(0);
  }

  @Test
  void aChoiceShownByItsLabelHasTheOptionsOfTheFormThatCollectsIt() throws Exception {
    Map<String, JsonNode> forms = forms();
    List<String> problems = new ArrayList<>();
    int choices = 0;
    for (Map.Entry<String, JsonNode> form : forms.entrySet()) {
      for (JsonNode shown : components(form.getValue())) {
        if (!CaseFormSchemas.isDisplayField(shown) || !shown.has("values")) {
          continue;
        }
        choices++;
        String key = shown.path("key").asText();
        List<JsonNode> collectors = new ArrayList<>();
        forms.forEach((name, other) -> CaseFormSchemas.inputFields(other).stream()
            .filter(f -> f.path("key").asText().equals(key) && f.has("values")).forEach(collectors::add));
        if (collectors.isEmpty()) {
          problems.add(form.getKey() + " shows '" + key + "' by label, but no form collects it from fixed options");
        }
        for (JsonNode collector : collectors) {
          if (!collector.path("values").equals(shown.path("values"))) {
            problems.add(form.getKey() + " shows '" + key + "' with options other than the form that collects it");
          }
        }
      }
    }
    assertThat(problems).isEmpty();
    assertThat(choices).isGreaterThan(0);
  }
}
