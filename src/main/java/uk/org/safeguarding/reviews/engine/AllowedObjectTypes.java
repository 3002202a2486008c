package uk.org.safeguarding.reviews.engine;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.runtime.WhitelistingDeserializationTypeValidator;

/**
 * The Java types an {@code Object} variable may hold: exactly those named in Camunda's settings
 * {@code deserialization-allowed-classes} (whole class names) and {@code deserialization-allowed-packages}
 * (name prefixes), and nothing else. Camunda's default list also lets in {@code java.lang} and the
 * {@code java.util} collections; this one does not. The application stores no {@code Object}
 * variables (lists and records are {@code Json}, see {@code JsonVariables}), so by default the list
 * is empty: no object is built from stored data, and none is accepted for storing
 * ({@link AllowListedObjectSerializer}).
 */
public class AllowedObjectTypes implements WhitelistingDeserializationTypeValidator {

  private volatile Set<String> classes = Set.of();
  private volatile Set<String> packages = Set.of();

  @Override
  public void setAllowedClasses(String commaSeparated) {
    classes = names(commaSeparated);
  }

  @Override
  public void setAllowedPackages(String commaSeparated) {
    packages = names(commaSeparated);
  }

  @Override
  public boolean validate(String className) {
    if (className == null || className.isBlank()) {
      return false;
    }
    return classes.contains(className) || packages.stream().anyMatch(className::startsWith);
  }

  private static Set<String> names(String commaSeparated) {
    if (commaSeparated == null) {
      return Set.of();
    }
    return Arrays.stream(commaSeparated.split(",")).map(String::strip).filter(s -> !s.isEmpty())
        .collect(Collectors.toUnmodifiableSet());
  }
}
