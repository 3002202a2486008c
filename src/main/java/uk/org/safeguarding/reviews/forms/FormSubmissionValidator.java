package uk.org.safeguarding.reviews.forms;

import uk.org.safeguarding.reviews.text.CaseText;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

import uk.org.safeguarding.reviews.calendar.UkDates;
import uk.org.safeguarding.reviews.engine.EngineClock;

/**
 * Checks submitted values against the Camunda Form that collected them: required fields, lengths,
 * patterns, dates, numbers and the choices a select, radio or checklist offers. The form is the one
 * statement of what a step needs, so Tasklist (in the browser) and the server (for every REST
 * caller) apply the same rules.
 *
 * <p>Fields hidden by a simple condition ({@code =x = "v"}, {@code =x != "v"}, {@code =x},
 * {@code =not(x)}) are checked only when shown.
 */
public class FormSubmissionValidator {

  static final int DEFAULT_TEXTFIELD_MAX = 500;

  /**
   * A date field's custom property {@code dates} says which days it takes, and Tasklist's date picker
   * (tasklist/scripts/uk-dates.js) offers only those: {@code up-to-today} (something that has
   * happened), {@code from-today} or {@code after-today} (something still to come).
   */
  public static final String DATES = "dates";

  private final Clock clock;

  /** Today is the engine's today (its clock, in London), as the processes' own rules count it. */
  public FormSubmissionValidator() {
    this(new EngineClock());
  }

  public FormSubmissionValidator(Clock clock) {
    this.clock = clock;
  }
  static final int DEFAULT_TEXTAREA_MAX = 20_000;

  private static final Pattern EQUALS = Pattern.compile("=\\s*([A-Za-z_][\\w]*)\\s*(=|!=)\\s*(\"([^\"]*)\"|true|false)\\s*");
  private static final Pattern NOT = Pattern.compile("=\\s*not\\(\\s*([A-Za-z_][\\w]*)\\s*\\)\\s*");
  private static final Pattern BARE = Pattern.compile("=\\s*([A-Za-z_][\\w]*)\\s*");


  /** Problems found, each naming the field by its label; empty when the submission is acceptable. */
  public List<String> validate(JsonNode form, Map<String, Object> values) {
    List<String> problems = new ArrayList<>();
    for (JsonNode field : CaseFormSchemas.inputFields(form)) {
      check(field, values, problems, "");
    }
    return problems;
  }

  private void check(JsonNode field, Map<String, Object> values, List<String> problems, String prefix) {
    // a field its condition hides is not required, but a value sent for it is checked like any other: it is stored
    Boolean hidden = hidden(field, values);
    String type = field.path("type").asText();
    String key = type.equals("dynamiclist") ? field.path("path").asText() : field.path("key").asText();
    String label = prefix + label(field, key);
    Object value = values.get(key);
    boolean required = field.path("validate").path("required").asBoolean(false) && Boolean.FALSE.equals(hidden);
    if (isEmpty(value)) {
      if (required) {
        problems.add(label + " is required");
      }
      return;
    }
    switch (type) {
      case "textfield", "textarea" -> checkText(field, type, value, label, required, !Boolean.TRUE.equals(hidden), problems);
      case "number" -> checkNumber(field, value, label, problems);
      case "datetime" -> checkDate(field, value, label, problems);
      case "checkbox" -> {
        if (!(value instanceof Boolean) && !"true".equals(value) && !"false".equals(value)) {
          problems.add(label + " must be true or false");
        }
      }
      case "select", "radio" -> checkChoice(field, value, label, problems);
      case "checklist", "taglist" -> checkChoices(field, value, label, required, problems);
      case "dynamiclist" -> checkList(field, value, label, problems);
      default -> { }
    }
  }

  private void checkText(JsonNode field, String type, Object value, String label, boolean required, boolean shown,
      List<String> problems) {
    if (!(value instanceof CharSequence)) {
      problems.add(label + " must be text");
      return;
    }
    String text = value.toString();
    int max = field.path("validate").path("maxLength").asInt(
        type.equals("textarea") ? DEFAULT_TEXTAREA_MAX : DEFAULT_TEXTFIELD_MAX);
    if (text.length() > max) {
      problems.add(label + " is too long (" + text.length() + " characters, at most " + max + ")");
    }
    int min = field.path("validate").path("minLength").asInt(0);
    if (shown && text.trim().length() < min) {
      problems.add(label + " must be at least " + min + " characters");
    }
    if (required && text.isBlank()) {
      problems.add(label + " is required");
    }
    if (CaseText.looksLikeMarkupOrExpression(text)) {
      problems.add(label + " " + CaseText.MARKUP_REFUSED);
    }
    String pattern = field.path("validate").path("pattern").asText("");
    if (!pattern.isEmpty() && !text.matches(pattern)) {
      problems.add(label + " is not in the expected form");
    }
  }

  private void checkNumber(JsonNode field, Object value, String label, List<String> problems) {
    double number;
    if (value instanceof Number n) {
      number = n.doubleValue();
    } else {
      try {
        number = Double.parseDouble(value.toString());
      } catch (NumberFormatException e) {
        problems.add(label + " must be a number");
        return;
      }
    }
    JsonNode v = field.path("validate");
    if (v.has("min") && number < v.path("min").asDouble()) {
      problems.add(label + " must be at least " + v.path("min").asText());
    }
    if (v.has("max") && number > v.path("max").asDouble()) {
      problems.add(label + " must be at most " + v.path("max").asText());
    }
  }

  private void checkDate(JsonNode field, Object value, String label, List<String> problems) {
    LocalDate day;
    if (value instanceof java.util.Date date) {
      day = date.toInstant().atZone(clock.getZone()).toLocalDate();
    } else if (value instanceof LocalDate date) {
      day = date;
    } else {
      try {
        // a date field writes the day alone (YYYY-MM-DD), and that is what is stored: nothing after it
        day = LocalDate.parse(value.toString());
      } catch (DateTimeParseException e) {
        problems.add(label + " must be a date (YYYY-MM-DD), not '" + abbreviate(value.toString()) + "'");
        return;
      }
    }
    LocalDate today = LocalDate.now(clock);
    switch (field.path("properties").path(DATES).asText()) {
      case "up-to-today" -> {
        if (day.isAfter(today)) {
          problems.add(label + " cannot be in the future (" + UkDates.day(day) + ")");
        }
      }
      case "from-today" -> {
        if (day.isBefore(today)) {
          problems.add(label + " cannot be in the past (" + UkDates.day(day) + ")");
        }
      }
      case "after-today" -> {
        if (!day.isAfter(today)) {
          problems.add(label + " must be after today (" + UkDates.day(day) + ")");
        }
      }
      default -> { }
    }
  }

  private void checkChoice(JsonNode field, Object value, String label, List<String> problems) {
    Set<String> allowed = staticValues(field);
    if (!allowed.isEmpty() && !allowed.contains(String.valueOf(value))) {
      problems.add(label + " must be one of " + allowed + ", not '" + abbreviate(String.valueOf(value)) + "'");
    }
  }

  private void checkChoices(JsonNode field, Object value, String label, boolean required, List<String> problems) {
    if (!(value instanceof Collection<?> items)) {
      problems.add(label + " must be a list");
      return;
    }
    if (required && items.isEmpty()) {
      problems.add(label + ": choose at least one");
    }
    Set<String> allowed = staticValues(field);
    Set<String> chosen = new java.util.HashSet<>();
    for (Object item : items) {
      if (!allowed.isEmpty() && !allowed.contains(String.valueOf(item))) {
        problems.add(label + ": '" + abbreviate(String.valueOf(item)) + "' is not one of " + allowed);
      } else if (!chosen.add(String.valueOf(item))) {
        // a checklist chooses each option once: an agency listed twice would be asked twice for its IMR
        problems.add(label + ": '" + abbreviate(String.valueOf(item)) + "' is chosen more than once");
      }
    }
  }

  @SuppressWarnings("unchecked")
  private void checkList(JsonNode field, Object value, String label, List<String> problems) {
    if (!(value instanceof Collection<?> items)) {
      problems.add(label + " must be a list");
      return;
    }
    int i = 0;
    for (Object item : items) {
      i++;
      if (!(item instanceof Map<?, ?> row)) {
        problems.add(label + " item " + i + " must be an object");
        continue;
      }
      Set<String> columns = new TreeSet<>();
      field.path("components").forEach(column -> columns.add(column.path("key").asText()));
      for (Object key : row.keySet()) {
        if (!columns.contains(String.valueOf(key))) {
          // a list's rows hold what its columns write, as a step holds what its form writes
          problems.add(label + " item " + i + ": '" + abbreviate(String.valueOf(key)) + "' is not a column of this list");
        }
      }
      for (JsonNode child : CaseFormSchemas.inputFields(field)) {
        check(child, (Map<String, Object>) row, problems, label + " " + i + ": ");
      }
    }
  }

  private static Set<String> staticValues(JsonNode field) {
    Set<String> allowed = new TreeSet<>();
    field.path("values").forEach(v -> allowed.add(v.path("value").asText()));
    return allowed;
  }

  /** TRUE hidden, FALSE shown, null when the condition is beyond this simple reader. */
  static Boolean hidden(JsonNode field, Map<String, Object> values) {
    String hide = field.path("conditional").path("hide").asText("");
    if (hide.isEmpty()) {
      return false;
    }
    Matcher m = EQUALS.matcher(hide);
    if (m.matches()) {
      Object actual = values.get(m.group(1));
      String expected = m.group(4) != null ? m.group(4) : m.group(3);
      boolean equal = actual != null && String.valueOf(actual).equals(expected);
      return m.group(2).equals("=") ? equal : !equal;
    }
    m = NOT.matcher(hide);
    if (m.matches()) {
      return !truthy(values.get(m.group(1)));
    }
    m = BARE.matcher(hide);
    if (m.matches()) {
      return truthy(values.get(m.group(1)));
    }
    return null;
  }

  private static boolean truthy(Object v) {
    return v instanceof Boolean b ? b : v != null && "true".equals(v.toString());
  }

  private static boolean isEmpty(Object value) {
    return value == null || (value instanceof CharSequence s && s.toString().isEmpty());
  }

  private static String label(JsonNode field, String key) {
    String label = field.path("label").asText(field.path("dateLabel").asText(""));
    return label.isBlank() ? key : "'" + label + "'";
  }

  private static String abbreviate(String s) {
    return s.length() > 60 ? s.substring(0, 57) + "..." : s;
  }
}
