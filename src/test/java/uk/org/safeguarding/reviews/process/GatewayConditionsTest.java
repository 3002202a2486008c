package uk.org.safeguarding.reviews.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.ExclusiveGateway;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import uk.org.safeguarding.reviews.contribution.ContributionProcess;

/**
 * Every diverging exclusive gateway either has a default flow, or conditions that provably cover
 * every value the variable can hold, so the engine never finds no way out. The proof: each
 * condition is {@code ${variable == 'value'}} (or a conjunction of such, read as a decision tree),
 * and the values named are exactly the choices of a required radio or select field of that name in
 * the form of the user task just before the gateway (FormSubmissionValidator refuses any other
 * value), or, for {@code contributionType}, exactly the kinds a contribution can be (its start
 * listener refuses any other).
 */
class GatewayConditionsTest {

  private static final Pattern CONDITION = Pattern.compile("\\$\\{\\s*(.+?)\\s*}");
  private static final Pattern EQUALS = Pattern.compile("\\s*(\\w+)\\s*==\\s*'([^']*)'\\s*");

  /** Variables whose values are fixed by the application rather than by a form. */
  private static final Map<String, Set<String>> FIXED = Map.of("contributionType",
      Arrays.stream(ContributionProcess.Kind.values()).map(k -> k.type).collect(Collectors.toCollection(TreeSet::new)));

  static Stream<Path> models() throws Exception {
    return Files.list(Path.of("bpmn")).filter(p -> p.toString().endsWith(".bpmn")).sorted();
  }

  @ParameterizedTest
  @MethodSource("models")
  void everyDivergingExclusiveGatewayHasADefaultOrCompleteConditions(Path file) throws Exception {
    BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
    List<String> problems = new ArrayList<>();
    for (ExclusiveGateway gateway : model.getModelElementsByType(ExclusiveGateway.class)) {
      if (gateway.getOutgoing().size() < 2 || gateway.getDefault() != null) {
        continue;
      }
      String where = file.getFileName() + " " + gateway.getId() + ": ";
      Optional<JsonNode> form = formBefore(gateway);
      List<List<String[]>> conditions = new ArrayList<>();
      for (SequenceFlow flow : gateway.getOutgoing()) {
        List<String[]> terms = terms(flow);
        if (terms == null) {
          problems.add(where + "no default flow, and " + flow.getId() + "'s condition is not of the form variable == 'value'");
        } else {
          conditions.add(terms);
        }
      }
      if (conditions.size() == gateway.getOutgoing().size()) {
        complete(conditions, form, where, problems);
      }
    }
    assertThat(problems).as(file.toString()).isEmpty();
  }

  /** The conjuncts {@code [variable, value]} of a flow's condition, or null if it is of another form. */
  private static List<String[]> terms(SequenceFlow flow) {
    if (flow.getConditionExpression() == null) {
      return null;
    }
    Matcher m = CONDITION.matcher(flow.getConditionExpression().getTextContent().trim());
    if (!m.matches()) {
      return null;
    }
    List<String[]> terms = new ArrayList<>();
    for (String part : m.group(1).split("&&")) {
      Matcher e = EQUALS.matcher(part);
      if (!e.matches()) {
        return null;
      }
      terms.add(new String[] {e.group(1), e.group(2)});
    }
    return terms;
  }

  /** Checks that the first terms name one variable and cover its values once each, then recurses on what follows. */
  private static void complete(List<List<String[]>> conditions, Optional<JsonNode> form, String where, List<String> problems) {
    Set<String> variables = conditions.stream().map(c -> c.get(0)[0]).collect(Collectors.toSet());
    if (variables.size() != 1) {
      problems.add(where + "conditions test different variables first: " + variables);
      return;
    }
    String variable = variables.iterator().next();
    Optional<Set<String>> choices = choices(variable, form);
    if (choices.isEmpty()) {
      problems.add(where + "no default flow, and " + variable + " is not a required choice in the form before it");
      return;
    }
    Map<String, List<List<String[]>>> byValue = new LinkedHashMap<>();
    conditions.forEach(c -> byValue.computeIfAbsent(c.get(0)[1], v -> new ArrayList<>()).add(c.subList(1, c.size())));
    if (!byValue.keySet().equals(choices.get())) {
      problems.add(where + "conditions on " + variable + " name " + new TreeSet<>(byValue.keySet()) + ", its values are " + choices.get());
    }
    byValue.forEach((value, rests) -> {
      boolean anyEmpty = rests.stream().anyMatch(List::isEmpty);
      if (anyEmpty && rests.size() > 1) {
        problems.add(where + "more than one flow is taken when " + variable + " == '" + value + "'");
      } else if (!anyEmpty) {
        complete(rests, form, where, problems);
      }
    });
  }

  private static Optional<Set<String>> choices(String variable, Optional<JsonNode> form) {
    if (FIXED.containsKey(variable)) {
      return Optional.of(FIXED.get(variable));
    }
    return form.flatMap(f -> field(f.path("components"), variable))
        .filter(field -> Set.of("radio", "select").contains(field.path("type").asText()))
        .filter(field -> field.path("validate").path("required").asBoolean(false))
        .filter(field -> field.path("values").size() > 0)
        .map(field -> {
          Set<String> values = new TreeSet<>();
          field.path("values").forEach(v -> values.add(v.path("value").asText()));
          return values;
        });
  }

  private static Optional<JsonNode> field(JsonNode components, String key) {
    for (JsonNode c : components) {
      if (key.equals(c.path("key").asText())) {
        return Optional.of(c);
      }
      Optional<JsonNode> inner = field(c.path("components"), key);
      if (inner.isPresent()) {
        return inner;
      }
    }
    return Optional.empty();
  }

  /** The form of the user task whose completion leads straight to the gateway, if there is exactly one. */
  private static Optional<JsonNode> formBefore(FlowNode gateway) throws Exception {
    if (gateway.getIncoming().size() != 1 || !(gateway.getIncoming().iterator().next().getSource() instanceof UserTask task)
        || task.getCamundaFormRef() == null) {
      return Optional.empty();
    }
    return Optional.of(new ObjectMapper().readTree(Path.of("forms", task.getCamundaFormRef() + ".form").toFile()));
  }
}
