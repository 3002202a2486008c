package uk.org.safeguarding.reviews.cases;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.springframework.stereotype.Component;

import uk.org.safeguarding.reviews.calendar.Deadlines;
import uk.org.safeguarding.reviews.engine.JsonVariables;
import uk.org.safeguarding.reviews.identity.Agencies;
import uk.org.safeguarding.reviews.register.Register;
import uk.org.safeguarding.reviews.register.RegisterEntry;

/**
 * Records a milestone in the register when the process reaches the element it listens on. The
 * BPMN says which: extension properties {@code milestone} (a key), optionally {@code status} (the
 * register status from then on) and {@code clockDone} (a statutory clock this step completes); the
 * element's name describes it. It goes on the entry of the process the element is in, or, for a
 * called process without an entry of its own, on its caller's. On its own process's entry it also
 * records what the process has learned by then ({@link #recordDetails}): the themes, the learning
 * points, the 7-minute briefing and the rapid review the case came from.
 */
@Component("registerMilestone")
public class RegisterMilestoneListener implements ExecutionListener {

  private final Register register;
  private final Deadlines deadlines;
  private final Agencies agencies;

  public RegisterMilestoneListener(Register register, Deadlines deadlines, Agencies agencies) {
    this.register = register;
    this.deadlines = deadlines;
    this.agencies = agencies;
  }

  @Override
  public void notify(DelegateExecution execution) {
    BaseElement element = (BaseElement) execution.getBpmnModelElementInstance();
    String milestone = property(element, "milestone");
    if (milestone == null) {
      throw new IllegalStateException("Element " + element.getId() + " records a milestone but has no 'milestone' property");
    }
    String clockDone = property(element, "clockDone");
    String entryInstanceId = entryProcessInstanceId(execution);
    boolean ownEntry = entryInstanceId.equals(execution.getProcessInstanceId());
    register.update(entryInstanceId, entry -> {
      entry.reach(milestone, describe(element, execution, milestone), property(element, "status"), deadlines.today());
      if (clockDone != null && entry.clock(clockDone) != null) {
        entry.clockDone(clockDone, deadlines.today());
      }
      if (ownEntry) {
        recordDetails(execution, entry);
      }
    });
  }

  /**
   * What the process's variables say about the case so far, copied onto its entry when present:
   * {@code themes} (the forms' checklist); the learning points ({@code learningPoints}, else
   * the rapid review's {@code learningActions}, else the local review's {@code findings}); the
   * 7-minute briefing ({@code briefingSummary}, {@code briefingPublishedOn}, and where:
   * {@code briefingPublishedWhere} or {@code briefingLocation}); and
   * {@code rapidReviewProcessInstanceId}, the rapid review a local CSPR or local review came from.
   */
  static void recordDetails(DelegateExecution execution, RegisterEntry entry) {
    java.util.List<String> themes = JsonVariables.strings(execution.getVariable("themes"));
    if (!themes.isEmpty()) {
      entry.setThemes(String.join(",", themes));
    }
    String learning = firstText(execution, "learningPoints", "learningActions", "findings");
    if (learning != null) {
      entry.setLearningPoints(learning);
    }
    String briefing = firstText(execution, "briefingSummary");
    if (briefing != null) {
      entry.setBriefing(briefing);
      Object on = execution.getVariable("briefingPublishedOn");
      entry.setBriefingPublishedOn(on == null ? null : Deadlines.toLocalDate(on));
      entry.setBriefingPublishedWhere(firstText(execution, "briefingPublishedWhere", "briefingLocation"));
    }
    String rapidReview = firstText(execution, "rapidReviewProcessInstanceId");
    if (rapidReview != null) {
      entry.setRapidReviewInstanceId(rapidReview);
    }
  }

  private static String firstText(DelegateExecution execution, String... names) {
    for (String name : names) {
      String value = text(execution.getVariable(name));
      if (value != null) {
        return value;
      }
    }
    return null;
  }

  private static String text(Object value) {
    return value == null || value.toString().isBlank() ? null : value.toString().trim();
  }

  /**
   * The process that records the milestone: the one the element is in if it has a register entry of
   * its own (a review, an action plan, also when called), else the nearest process above it that has
   * one (one agency's contribution records on the review that called it).
   */
  private String entryProcessInstanceId(DelegateExecution execution) {
    DelegateExecution instance = execution.getProcessInstance();
    while (!register.hasEntry(instance.getId()) && instance.getSuperExecution() != null) {
      instance = instance.getSuperExecution().getProcessInstance();
    }
    return instance.getId();
  }

  /** A called process (one agency's contribution) records on the review that called it. */
  public static String rootProcessInstanceId(DelegateExecution execution) {
    DelegateExecution instance = execution.getProcessInstance();
    while (instance.getSuperExecution() != null) {
      instance = instance.getSuperExecution().getProcessInstance();
    }
    return instance.getId();
  }

  /** The element's name without its expressions, and the agency where there is one. */
  private String describe(BaseElement element, DelegateExecution execution, String milestone) {
    String name = element.getAttributeValue("name");
    String text = name == null ? milestone : name.replaceAll("\\s*(—\\s*)?\\$\\{[^}]*\\}", "").trim();
    Object agency = execution.getVariable("agency");
    return agency == null ? text : text + " — " + agencies.name(agency.toString());
  }

  static String property(BaseElement element, String name) {
    if (element.getExtensionElements() == null) {
      return null;
    }
    return element.getExtensionElements().getElementsQuery().filterByType(
            org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties.class).list().stream()
        .flatMap(p -> p.getCamundaProperties().stream())
        .filter(p -> name.equals(p.getCamundaName()))
        .map(CamundaProperty::getCamundaValue)
        .findFirst().orElse(null);
  }
}
