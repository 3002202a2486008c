package uk.org.safeguarding.reviews.actionplan;

import java.util.List;

/** An action plan, or a change to an action, that cannot be accepted; each problem names the action. */
public class InvalidActionPlanException extends IllegalArgumentException {

  private final List<String> problems;

  public InvalidActionPlanException(String what, List<String> problems) {
    super(what + ": " + String.join("; ", problems));
    this.problems = List.copyOf(problems);
  }

  public List<String> problems() {
    return problems;
  }
}
