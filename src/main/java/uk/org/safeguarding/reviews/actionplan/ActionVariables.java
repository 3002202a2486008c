package uk.org.safeguarding.reviews.actionplan;

import org.camunda.bpm.engine.delegate.DelegateExecution;

/** The action a step is about: {@code actionId}, the plan's multi-instance element, passed in to its delivery. */
final class ActionVariables {

  private ActionVariables() {}

  static Long actionId(DelegateExecution execution) {
    Object id = execution.getVariable("actionId");
    if (!(id instanceof Number n)) {
      throw new IllegalStateException("No actionId in scope of " + execution.getCurrentActivityId());
    }
    return n.longValue();
  }
}
