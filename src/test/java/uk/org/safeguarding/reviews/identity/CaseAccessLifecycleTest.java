package uk.org.safeguarding.reviews.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.org.safeguarding.reviews.contribution.ContributionProcess.TASK_SUBMIT_BRIEFING_NOTE;
import static uk.org.safeguarding.reviews.contribution.ContributionProcess.TIMER_CONTRIBUTION_REMINDER;
import static uk.org.safeguarding.reviews.referral.ReferralProcess.KEY;
import static uk.org.safeguarding.reviews.referral.ReferralProcess.TASK_TRIAGE_REFERRAL;

import java.util.List;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import uk.org.safeguarding.reviews.actionplan.ActionDeliveryProcess;
import uk.org.safeguarding.reviews.actionplan.ActionPlanProcess;
import uk.org.safeguarding.reviews.support.ProcessTest;
import uk.org.safeguarding.reviews.support.ProcessTestBase;

/** Access that comes and goes with the work: an agency's sight of its contribution, the operator's job retries. */
@ProcessTest
class CaseAccessLifecycleTest extends ProcessTestBase {

  static final List<String> POLICE = List.of("agency-dorset-police");

  @Autowired AuthorizationService authorizationService;

  Task referAndAskThePolice(String caseReference) {
    ProcessInstance referral = runtimeService.startProcessInstanceByKey(KEY, vars(
        "caseReference", caseReference, "incidentSummary", "Child injured", "referringAgency", "Police",
        "boardAwareOn", "2026-10-30", "agenciesInvolved", json(List.of("dorset-police")), "mediaInterest", false));
    complete(referral, TASK_TRIAGE_REFERRAL, vars("agenciesInvolved", json(List.of("dorset-police"))));
    return tasksOfCase(caseReference, TASK_SUBMIT_BRIEFING_NOTE).get(0);
  }

  long grantsOn(String processInstanceId) {
    return authorizationService.createAuthorizationQuery().resourceType(Resources.PROCESS_INSTANCE)
        .resourceId(processInstanceId).count();
  }

  @Test
  void anAgencySeesItsContributionWhileItRunsAndItsGrantGoesWhenTheContributionEnds() {
    String caseRef = newCase("Child K");
    Task note = referAndAskThePolice(caseRef);
    String contribution = note.getProcessInstanceId();
    assertThat(grantsOn(contribution)).isEqualTo(1);
    assertThat(as("dorset-police", POLICE,
        () -> runtimeService.createProcessInstanceQuery().processInstanceId(contribution).count())).isEqualTo(1);

    complete(note, vars("agencyInvolvement", "Known to police", "briefingNote", "Police note"));

    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(contribution).count()).isZero();
    assertThat(grantsOn(contribution)).as("no grant is left on an ended instance").isZero();
  }

  @Test
  void anAgencyIsGrantedTheDeliveryOfItsOwnActionNeverTheActionPlanAndTheGrantGoesWhenTheDeliveryEnds() {
    String caseRef = newCase("Child L");
    ProcessInstance plan = runtimeService.startProcessInstanceByKey(ActionPlanProcess.KEY, caseRef,
        vars("caseReference", caseRef, "reviewType", ActionPlanProcess.CASE_AUDIT));
    complete(task(plan, ActionPlanProcess.TASK_DRAFT_ACTION_PLAN), vars("actions", json(List.of(
        action("dorset-police", "Police action"), action("poole-council", "Council action")))));
    Task police = tasksOfCase(caseRef, ActionDeliveryProcess.TASK_REPORT_ACTION_PROGRESS).stream()
        .filter(t -> "dorset-police".equals(taskService.getVariable(t.getId(), "actionAgency"))).findFirst().orElseThrow();
    String delivery = police.getProcessInstanceId();

    assertThat(grantsOn(plan.getId())).as("no agency is granted the plan").isZero();
    assertThat(authorizationService.createAuthorizationQuery().resourceType(Resources.PROCESS_INSTANCE).resourceId(delivery).list())
        .extracting(a -> a.getGroupId()).containsExactly("agency-dorset-police");
    assertThat(as("dorset-police", POLICE, () -> runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(caseRef).unlimitedList()))
        .extracting(p -> p.getId()).containsExactly(delivery);

    complete(police, vars("actionStatus", ActionDeliveryProcess.PROGRESS_COMPLETED, "progressNote", "Done"));

    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(delivery).count()).isZero();
    assertThat(grantsOn(delivery)).as("no grant is left on an ended delivery").isZero();
    assertThat(grantsOn(plan.getId())).isZero();
  }

  static java.util.Map<String, Object> action(String agency, String recommendation) {
    return java.util.Map.of("recommendation", recommendation, "agency", agency, "owner", "Named lead",
        "dueDate", "2026-12-18", "measureOfSuccess", "Audit shows it done");
  }

  @Test
  void theBusinessManagerCanRetryAFailedJobAndAnAgencyOrAdministratorCannot() {
    Task note = referAndAskThePolice(newCase("Child J"));
    Job reminder = managementService.createJobQuery().processInstanceId(note.getProcessInstanceId())
        .activityId(TIMER_CONTRIBUTION_REMINDER).singleResult();

    assertThatThrownBy(() -> as("dorset-police", POLICE, () -> {
      managementService.setJobRetries(reminder.getId(), 3);
      return null;
    })).isInstanceOf(AuthorizationException.class);
    assertThatThrownBy(() -> as("admin", List.of(Groups.ADMINISTRATORS), () -> {
      managementService.setJobRetries(reminder.getId(), 3);
      return null;
    })).isInstanceOf(AuthorizationException.class);

    assertThatThrownBy(() -> as("business.manager", List.of(Groups.BUSINESS_MANAGER), () -> {
      managementService.setJobRetries(reminder.getId(), 5);
      return null;
    })).as("a deadline that has not failed keeps its own schedule").isInstanceOf(AuthorizationException.class);

    managementService.setJobRetries(reminder.getId(), 0); // the reminder failed: an incident in Cockpit
    as("business.manager", List.of(Groups.BUSINESS_MANAGER), () -> {
      managementService.setJobRetries(reminder.getId(), 5);
      return null;
    });
    assertThat(managementService.createJobQuery().jobId(reminder.getId()).singleResult().getRetries()).isEqualTo(5);
  }
}
