package uk.org.safeguarding.reviews.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.EndEvent;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import uk.org.safeguarding.reviews.calendar.Timescales;
import uk.org.safeguarding.reviews.engine.ProcessKeys;

/**
 * Keeps the documentation in step with the models, the forms and the timescale settings: every
 * process in bpmn/ has its page in docs/ naming each of its user tasks, call activities, timers,
 * end events, milestones and start form fields; the timescales table lists exactly the
 * {@code safeguarding.timescales.*} settings with their defaults; and no link in README.md or
 * docs/ leaves the repository or points at a file that is not there.
 */
class DocsInStepTest {

  private static final Path ROOT = Path.of("").toAbsolutePath().normalize();
  private static final Path BPMN = ROOT.resolve("bpmn");
  private static final Path FORMS = ROOT.resolve("forms");
  private static final Path DOCS = ROOT.resolve("docs");
  private static final Path README = ROOT.resolve("README.md");
  /** The page that holds the timescales table (a row a setting: name, default, what it is for). */
  private static final Path TIMESCALES_PAGE = DOCS.resolve("common-rules.md");
  private static final Path DIAGRAMS = DOCS.resolve("diagrams");

  private static final Pattern LINK = Pattern.compile("!?\\[[^\\]]*\\]\\(\\s*<?([^)\\s>]+)>?(?:\\s+\"[^\"]*\")?\\s*\\)");
  private static final Pattern REFERENCE_LINK = Pattern.compile("(?m)^\\s*\\[[^\\]]+\\]:\\s*<?(\\S+?)>?(\\s|$)");
  /** A relative path upwards anywhere in the text, linked or not (e.g. {@code ../shared/reference.md}). */
  private static final Pattern PATH_UPWARDS = Pattern.compile("(?<![\\w./-])((?:\\.\\./)+[\\w./-]*)");
  private static final Pattern TIMESCALE_ROW = Pattern.compile("(?m)^\\|\\s*`([a-z][a-z-]*)`\\s*\\|\\s*`?([^|`]*?)`?\\s*\\|");
  private static final Pattern TIMESCALE_MENTION = Pattern.compile("`(?:safeguarding\\.timescales\\.)?([a-z][a-z-]*-(?:working-days|months|anchor))`");
  private static final Pattern TIMESCALE_IN_MODEL = Pattern.compile("timescales\\.([a-zA-Z]+)");

  // ---------------------------------------------------------------------------------------------
  // processes

  @Test
  void everyProcessHasAPageNamingItsTasksCallsTimersEndEventsMilestonesAndStartFields() throws Exception {
    Map<String, BpmnModelInstance> models = models();
    assertThat(models.keySet()).containsExactlyInAnyOrderElementsOf(ProcessKeys.ALL);
    List<String> problems = new ArrayList<>();
    for (Map.Entry<String, BpmnModelInstance> model : models.entrySet()) {
      String key = model.getKey();
      Path page = DOCS.resolve(key + ".md");
      if (!Files.exists(page)) {
        problems.add("docs/" + key + ".md is missing: every process in bpmn/ has a page");
        continue;
      }
      String text = Files.readString(page);
      for (Map.Entry<String, Set<String>> kind : contract(model.getValue()).entrySet()) {
        for (String id : kind.getValue()) {
          if (!text.contains("`" + id + "`")) {
            problems.add("docs/" + key + ".md does not name " + kind.getKey() + " `" + id + "`");
          }
        }
      }
      for (String timescale : timescalesUsedBy(BPMN.resolve(key + ".bpmn"))) {
        if (!text.contains("`" + timescale + "`")) {
          problems.add("docs/" + key + ".md does not name the timescale `" + timescale + "` its model uses");
        }
      }
      if (!text.contains("](diagrams/" + key + ".svg)")) {
        problems.add("docs/" + key + ".md does not show its diagram (diagrams/" + key + ".svg)");
      }
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void theIndexAndTheReadmeLinkEveryProcessPage() throws Exception {
    String index = Files.readString(DOCS.resolve("README.md"));
    List<String> problems = new ArrayList<>();
    for (String key : models().keySet()) {
      if (!index.contains("](" + key + ".md)")) {
        problems.add("docs/README.md does not link " + key + ".md");
      }
    }
    if (!Files.readString(README).contains("](docs/README.md)")) {
      problems.add("README.md does not link docs/README.md");
    }
    assertThat(problems).isEmpty();
  }

  /** What a page must name, by kind: the ids a reader meets in Tasklist, Cockpit and the register. */
  private static Map<String, Set<String>> contract(BpmnModelInstance model) throws Exception {
    Map<String, Set<String>> ids = new LinkedHashMap<>();
    ids.put("user task", ids(model.getModelElementsByType(UserTask.class)));
    ids.put("call activity", ids(model.getModelElementsByType(CallActivity.class)));
    Set<String> timers = new TreeSet<>();
    for (TimerEventDefinition timer : model.getModelElementsByType(TimerEventDefinition.class)) {
      timers.add(((BaseElement) timer.getParentElement()).getId());
    }
    ids.put("timer", timers);
    ids.put("end event", ids(model.getModelElementsByType(EndEvent.class)));
    Set<String> milestones = new TreeSet<>();
    for (CamundaProperty property : model.getModelElementsByType(CamundaProperty.class)) {
      if ("milestone".equals(property.getCamundaName())) {
        milestones.add(property.getCamundaValue());
      }
    }
    ids.put("milestone", milestones);
    Set<String> startFields = new TreeSet<>();
    for (StartEvent start : model.getModelElementsByType(StartEvent.class)) {
      if (start.getCamundaFormRef() != null) {
        startFields.addAll(formFields(FORMS.resolve(start.getCamundaFormRef() + ".form")));
      }
    }
    ids.put("start form field", startFields);
    return ids;
  }

  private static Set<String> ids(Collection<? extends BaseElement> elements) {
    Set<String> ids = new TreeSet<>();
    elements.forEach(e -> ids.add(e.getId()));
    return ids;
  }

  /** The variables a form writes: the key (or a dynamic list's path) of every component but fixed text. */
  private static Set<String> formFields(Path form) throws Exception {
    Set<String> keys = new TreeSet<>();
    collectFields(new ObjectMapper().readTree(form.toFile()).path("components"), keys);
    assertThat(keys).as("fields of " + form.getFileName()).isNotEmpty();
    return keys;
  }

  private static void collectFields(JsonNode components, Set<String> keys) {
    for (JsonNode component : components) {
      String type = component.path("type").asText();
      String key = component.hasNonNull("key") ? component.path("key").asText() : component.path("path").asText(null);
      if (key != null && !key.isBlank() && !Set.of("text", "html", "spacer", "separator", "button").contains(type)) {
        keys.add(key);
      }
      collectFields(component.path("components"), keys);
    }
  }

  private static Map<String, BpmnModelInstance> models() throws Exception {
    Map<String, BpmnModelInstance> models = new TreeMap<>();
    try (Stream<Path> files = Files.list(BPMN)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".bpmn")).sorted().toList()) {
        BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
        for (Process process : model.getModelElementsByType(Process.class)) {
          models.put(process.getId(), model);
        }
      }
    }
    assertThat(models).isNotEmpty();
    return models;
  }

  // ---------------------------------------------------------------------------------------------
  // timescales

  @Test
  void theTimescalesTableListsExactlyTheSettingsWithTheirDefaults() throws Exception {
    Map<String, String> settings = timescaleSettings();
    Map<String, String> documented = new TreeMap<>();
    Matcher row = TIMESCALE_ROW.matcher(timescalesTable());
    while (row.find()) {
      documented.put(row.group(1), row.group(2).trim());
    }
    assertThat(documented.keySet()).as("timescales documented in docs/common-rules.md").isEqualTo(settings.keySet());
    assertThat(documented).as("their defaults").isEqualTo(settings);
  }

  @Test
  void everyTimescaleNamedInTheDocsExists() throws Exception {
    Set<String> settings = timescaleSettings().keySet();
    List<String> problems = new ArrayList<>();
    for (Path file : markdownFiles()) {
      Matcher mention = TIMESCALE_MENTION.matcher(Files.readString(file));
      while (mention.find()) {
        if (!settings.contains(mention.group(1))) {
          problems.add(ROOT.relativize(file) + " names `" + mention.group(1) + "`, which is not a timescale setting");
        }
      }
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void everyDefaultShownForATimescaleIsItsDefault() throws Exception {
    Map<String, String> settings = timescaleSettings();
    List<String> problems = new ArrayList<>();
    for (Path file : markdownFiles()) {
      Matcher row = TIMESCALE_ROW.matcher(Files.readString(file));
      while (row.find()) {
        String setting = row.group(1);
        if (settings.containsKey(setting) && !settings.get(setting).equals(row.group(2).trim())) {
          problems.add(ROOT.relativize(file) + " gives `" + setting + "` the default " + row.group(2).trim()
              + ", but it is " + settings.get(setting));
        }
      }
    }
    assertThat(problems).isEmpty();
  }

  /** The section of the timescales page from its "Timescales" heading to the next heading. */
  private static String timescalesTable() throws Exception {
    String page = Files.readString(TIMESCALES_PAGE);
    Matcher heading = Pattern.compile("(?m)^#+ Timescales\\s*$").matcher(page);
    assertThat(heading.find()).as("a 'Timescales' heading in docs/common-rules.md").isTrue();
    String rest = page.substring(heading.end());
    Matcher next = Pattern.compile("(?m)^#+ ").matcher(rest);
    return next.find() ? rest.substring(0, next.start()) : rest;
  }

  /**
   * Every {@code safeguarding.timescales.*} setting, kebab-case, with its default: the properties of
   * {@link Timescales} and any set in application.yaml (whose value is then the default).
   */
  private static Map<String, String> timescaleSettings() throws Exception {
    Map<String, String> settings = new TreeMap<>();
    Timescales defaults = new Timescales();
    for (Field field : Timescales.class.getDeclaredFields()) {
      if (!Modifier.isStatic(field.getModifiers())) {
        field.setAccessible(true);
        settings.put(kebab(field.getName()), String.valueOf(field.get(defaults)));
      }
    }
    Path yaml = ROOT.resolve("src/main/resources/application.yaml");
    for (Object document : new Yaml().loadAll(Files.readString(yaml))) {
      Object timescales = path(document, "safeguarding", "timescales");
      if (timescales instanceof Map<?, ?> map) {
        for (Map.Entry<?, ?> setting : map.entrySet()) {
          settings.put(kebab(String.valueOf(setting.getKey())), String.valueOf(setting.getValue()));
        }
      }
    }
    assertThat(settings).isNotEmpty();
    return settings;
  }

  private static Object path(Object node, String... keys) {
    for (String key : keys) {
      if (!(node instanceof Map<?, ?> map)) {
        return null;
      }
      node = map.get(key);
    }
    return node;
  }

  private static Set<String> timescalesUsedBy(Path model) throws Exception {
    Set<String> used = new TreeSet<>();
    Matcher m = TIMESCALE_IN_MODEL.matcher(Files.readString(model));
    while (m.find()) {
      used.add(kebab(m.group(1)));
    }
    return used;
  }

  static String kebab(String name) {
    return name.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase();
  }

  // ---------------------------------------------------------------------------------------------
  // links

  @Test
  void everyLinkAndPathStaysInTheRepositoryAndPointsAtAFileThatIsThere() throws Exception {
    Set<String> processes = models().keySet();
    List<String> problems = new ArrayList<>();
    for (Path file : markdownFiles()) {
      String text = Files.readString(file);
      List<String> targets = new ArrayList<>();
      for (Pattern p : List.of(LINK, REFERENCE_LINK)) {
        Matcher m = p.matcher(text);
        while (m.find()) {
          targets.add(m.group(1));
        }
      }
      for (String target : targets) {
        String problem = linkProblem(file, target, processes);
        if (problem != null) {
          problems.add(ROOT.relativize(file) + ": " + target + " " + problem);
        }
      }
      Matcher upwards = PATH_UPWARDS.matcher(text);
      while (upwards.find()) {
        if (!file.getParent().resolve(upwards.group(1)).normalize().startsWith(ROOT)) {
          problems.add(ROOT.relativize(file) + ": " + upwards.group(1) + " names a file outside the repository");
        }
      }
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void theLinkCheckBites() {
    Path readme = README;
    Set<String> processes = Set.of("case-audit");
    assertThat(linkProblem(readme, "../shared/domain-reference.md", processes)).contains("outside");
    assertThat(linkProblem(readme, "/etc/passwd", processes)).contains("outside");
    assertThat(linkProblem(readme, "file:///etc/passwd", processes)).contains("outside");
    assertThat(linkProblem(readme, "docs/no-such-page.md", processes)).contains("no such file");
    assertThat(linkProblem(readme, "docs/README.md#processes", processes)).isNull();
    assertThat(linkProblem(readme, "https://www.gov.uk/bank-holidays", processes)).isNull();
  }

  /** Why a link is wrong, or null. A process diagram may be missing only until docs/diagrams/ is rendered. */
  private static String linkProblem(Path from, String target, Set<String> processes) {
    if (target.startsWith("#") || target.matches("(?i)(https?|mailto):.*")) {
      return null;
    }
    if (target.matches("(?i)[a-z][a-z0-9+.-]*:.*") || target.startsWith("/") || target.startsWith("\\")) {
      return "points outside the repository";
    }
    String path = target.replaceAll("[#?].*$", "");
    Path resolved = from.getParent().resolve(path).normalize();
    if (!resolved.startsWith(ROOT)) {
      return "points outside the repository";
    }
    if (Files.exists(resolved)) {
      return null;
    }
    boolean diagram = resolved.getParent().equals(DIAGRAMS)
        && processes.stream().anyMatch(key -> resolved.getFileName().toString().equals(key + ".svg"));
    if (diagram && !Files.isDirectory(DIAGRAMS)) {
      return null;
    }
    return "is no such file";
  }

  private static List<Path> markdownFiles() throws Exception {
    List<Path> files = new ArrayList<>(List.of(README));
    try (Stream<Path> docs = Files.walk(DOCS)) {
      docs.filter(f -> f.toString().endsWith(".md")).sorted().forEach(files::add);
    }
    return files;
  }
}
