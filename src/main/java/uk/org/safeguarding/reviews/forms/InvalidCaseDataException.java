package uk.org.safeguarding.reviews.forms;

import java.util.List;

import org.camunda.bpm.engine.BadUserRequestException;

/**
 * What a person or system submitted cannot be accepted. The engine rolls the whole transaction
 * back, so nothing is half-done, and the REST API answers 400 with the message.
 */
public class InvalidCaseDataException extends BadUserRequestException {

  private final List<String> problems;

  public InvalidCaseDataException(String what, List<String> problems) {
    super(what + ": " + String.join("; ", problems));
    this.problems = List.copyOf(problems);
  }

  public List<String> problems() {
    return problems;
  }
}
