package uk.org.safeguarding.reviews.gate;

import java.lang.reflect.Field;

/**
 * Reads what a user's engine command carries (its task id, its variables). The engine's command
 * classes keep these in protected fields without getters; {@code EngineCommandsTest} checks that
 * every field the gate reads exists, so an engine upgrade that renames one fails the build instead
 * of opening the gate.
 */
final class CommandFields {

  private CommandFields() {}

  static Object read(Object command, String name) {
    Field field = find(command.getClass(), name);
    try {
      field.setAccessible(true);
      return field.get(command);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException("Cannot read " + name + " of " + command.getClass().getName(), e);
    }
  }

  static String text(Object command, String name) {
    Object value = read(command, name);
    return value == null ? null : value.toString();
  }

  static Field find(Class<?> type, String name) {
    for (Class<?> c = type; c != null; c = c.getSuperclass()) {
      for (Field field : c.getDeclaredFields()) {
        if (field.getName().equals(name)) {
          return field;
        }
      }
    }
    throw new IllegalStateException(type.getName() + " has no field '" + name + "': the submission gate needs updating");
  }
}
