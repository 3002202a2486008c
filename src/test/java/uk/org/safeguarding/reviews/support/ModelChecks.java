package uk.org.safeguarding.reviews.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.springframework.context.annotation.Bean;

/**
 * A process package against the models in bpmn/, read without an engine: the ids its *Process class
 * names, the beans its delegates declare, and the beans a model calls by {@code delegateExpression}.
 */
public final class ModelChecks {

  private static final Path MODELS = Path.of("bpmn");
  private static final Path SOURCES = Path.of("src", "main", "java");
  private static final Pattern DELEGATE_EXPRESSION = Pattern.compile("delegateExpression=\"\\$\\{(\\w+)\\}\"");

  private ModelChecks() {}

  public static BpmnModelInstance model(String key) {
    return Bpmn.readModelFromFile(MODELS.resolve(key + ".bpmn").toFile());
  }

  /** The element ids in a *Process class (constants named TASK_, SERVICE_, START_…) that the model does not have. */
  public static List<String> idsTheModelLacks(Class<?> processClass, String key) throws IllegalAccessException {
    BpmnModelInstance model = model(key);
    List<String> missing = new ArrayList<>();
    for (Field field : processClass.getDeclaredFields()) {
      if (Modifier.isStatic(field.getModifiers()) && field.getName().matches("(TASK|SERVICE|START|END|EVENT|CALL|TIMER|SUBPROCESS)_.*")
          && model.getModelElementById((String) field.get(null)) == null) {
        missing.add(field.getName() + " = " + field.get(null));
      }
    }
    return missing;
  }

  /** The beans a class declares with {@code @Bean("…")}. */
  public static Set<String> beansDeclaredBy(Class<?> delegates) {
    Set<String> beans = new TreeSet<>();
    for (Method method : delegates.getDeclaredMethods()) {
      Bean bean = method.getAnnotation(Bean.class);
      if (bean != null) {
        beans.add(bean.value()[0]);
      }
    }
    return beans;
  }

  /** The beans a class declares with {@code @Bean("…")} that no model calls. */
  public static List<String> beansNoModelCalls(Class<?> delegates) throws IOException {
    String models = String.join("\n", files(MODELS, ".bpmn").stream().map(ModelChecks::read).toList());
    List<String> uncalled = new ArrayList<>();
    for (Method method : delegates.getDeclaredMethods()) {
      Bean bean = method.getAnnotation(Bean.class);
      if (bean != null && !models.contains("${" + bean.value()[0])) {
        uncalled.add(bean.value()[0]);
      }
    }
    return uncalled;
  }

  /** The beans the model calls by {@code delegateExpression}. */
  public static Set<String> delegatesTheModelCalls(String key) {
    Set<String> called = new TreeSet<>();
    Matcher call = DELEGATE_EXPRESSION.matcher(read(MODELS.resolve(key + ".bpmn")));
    while (call.find()) {
      called.add(call.group(1));
    }
    return called;
  }

  /** The beans of those named that no class in src/main declares ({@code @Bean("…")} or {@code @Component("…")}). */
  public static List<String> undeclaredBeans(Set<String> names) throws IOException {
    String sources = String.join("\n", files(SOURCES, ".java").stream().map(ModelChecks::read).toList());
    return names.stream()
        .filter(name -> !sources.contains("@Bean(\"" + name + "\")") && !sources.contains("@Component(\"" + name + "\")"))
        .toList();
  }

  private static List<Path> files(Path root, String suffix) throws IOException {
    try (Stream<Path> files = Files.walk(root)) {
      return files.filter(f -> f.toString().endsWith(suffix)).sorted().toList();
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
