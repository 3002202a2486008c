package uk.org.safeguarding.reviews.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.Test;

import uk.org.safeguarding.reviews.actionplan.ActionDeliveryProcess;
import uk.org.safeguarding.reviews.actionplan.ActionPlanProcess;
import uk.org.safeguarding.reviews.audit.CaseAuditProcess;
import uk.org.safeguarding.reviews.contribution.ContributionProcess;
import uk.org.safeguarding.reviews.localreview.LocalLearningReviewProcess;
import uk.org.safeguarding.reviews.rapidreview.RapidReviewProcess;
import uk.org.safeguarding.reviews.referral.ReferralProcess;
import uk.org.safeguarding.reviews.review.ReviewProcess;

/**
 * Every element id a process package names in Java (its {@code *Process} class: {@code UserTask_…},
 * {@code Timer_…}, {@code EndEvent_…} and the like) is an element of its own model, so renaming
 * one in the Modeler fails the build instead of a listener or a test that looks for it.
 */
class ElementIdsTest {

  static final Pattern ELEMENT_ID = Pattern.compile(
      "(UserTask|ServiceTask|Task|Timer|CallActivity|Gateway|EndEvent|StartEvent|SubProcess|Flow|Event|BoundaryEvent)_\\w+");

  static final List<Class<?>> PROCESSES = List.of(ReferralProcess.class, ReviewProcess.class, CaseAuditProcess.class,
      ContributionProcess.class, ActionPlanProcess.class, ActionDeliveryProcess.class, RapidReviewProcess.class,
      LocalLearningReviewProcess.class);

  @Test
  void everyIdAPackageNamesIsInItsModel() throws IllegalAccessException {
    List<String> missing = new ArrayList<>();
    int checked = 0;
    for (Class<?> process : PROCESSES) {
      String key = (String) constant(process, "KEY");
      BpmnModelInstance model = Bpmn.readModelFromFile(new File("bpmn/" + key + ".bpmn"));
      for (Field field : process.getDeclaredFields()) {
        if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
          String value = (String) field.get(null);
          if (value != null && ELEMENT_ID.matcher(value).matches()) {
            checked++;
            if (model.getModelElementById(value) == null) {
              missing.add(process.getSimpleName() + "." + field.getName() + " = " + value + " is not in bpmn/" + key + ".bpmn");
            }
          }
        }
      }
    }
    assertThat(checked).as("ids named in Java").isGreaterThan(50);
    assertThat(missing).isEmpty();
  }

  private static Object constant(Class<?> type, String name) {
    try {
      return type.getField(name).get(null);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(type.getSimpleName() + " has no " + name, e);
    }
  }
}
