package uk.org.safeguarding.reviews.engine;

import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;

/**
 * A step a model marks {@code standing} (a Camunda extension property {@code standing=true}): it
 * stands open beside a deadline in case someone needs it, e.g. asking for an extension. Not work
 * anyone is late with: Tasklist's Overdue filter and the deadlines view leave it out.
 */
public final class StandingSteps {

  public static final String PROPERTY = "standing";

  private StandingSteps() {}

  public static boolean isStanding(BaseElement element) {
    return element != null && element.getExtensionElements() != null
        && element.getExtensionElements().getElementsQuery().filterByType(CamundaProperties.class).list().stream()
            .flatMap(p -> p.getCamundaProperties().stream())
            .anyMatch(p -> PROPERTY.equals(p.getCamundaName()) && "true".equals(p.getCamundaValue()));
  }
}
