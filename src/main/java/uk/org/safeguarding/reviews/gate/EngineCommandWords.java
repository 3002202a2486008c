package uk.org.safeguarding.reviews.gate;

import java.util.Locale;

/** An engine command in words, for a refusal: {@code SetTaskVariablesCmd} is "set task variables". */
final class EngineCommandWords {

  private EngineCommandWords() {}

  static String of(Class<?> command) {
    String name = command.getSimpleName().isEmpty() ? command.getName() : command.getSimpleName();
    name = name.replaceAll("(Cmd|Command|Impl)$", "");
    return name.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.UK);
  }
}
