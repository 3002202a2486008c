package uk.org.safeguarding.reviews.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.org.safeguarding.reviews.audit.CaseAuditProcess.*;
import static uk.org.safeguarding.reviews.contribution.ContributionProcess.TASK_CHASE_CONTRIBUTION;
import static uk.org.safeguarding.reviews.contribution.ContributionProcess.TASK_SUBMIT_AUDIT_INFORMATION;
import static uk.org.safeguarding.reviews.contribution.ContributionProcess.TIMER_CONTRIBUTION_OVERDUE;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;

import uk.org.safeguarding.reviews.actionplan.ActionDeliveryProcess;
import uk.org.safeguarding.reviews.actionplan.ActionPlanProcess;
import uk.org.safeguarding.reviews.register.RegisterEntry;
import uk.org.safeguarding.reviews.support.ProcessTest;
import uk.org.safeguarding.reviews.support.ProcessTestBase;

@ProcessTest
class CaseAuditProcessTest extends ProcessTestBase {

  ProcessInstance startAudit(String caseRef) {
    return runtimeService.startProcessInstanceByKey(KEY, vars(
        "caseReference", caseRef,
        "incidentSummary", "Morbidly obese child",
        "boardAwareOn", "2026-10-01",
        "agenciesInvolved", json(List.of("poole-council", "community-health")),
        "auditReasons", "Close to but not meeting the SCR criteria"));
  }

  void submitInformation(ProcessInstance audit, String agency) {
    complete(contributionOf(audit, agency), TASK_SUBMIT_AUDIT_INFORMATION, vars("auditChronology", "2008-2010",
        "auditInvolvementSummary", "Dietetic support from " + agency, "auditContact", "Safeguarding lead"));
  }

  @Test
  void aCaseAuditGathersInformationFromEachAgencyThenTheScrGroupSignsOffItsReport() {
    String caseRef = newCase("Child A");
    ProcessInstance pi = startAudit(caseRef);
    assertThat(registerEntry(pi).getEntryType()).isEqualTo("case-audit");
    complete(pi, TASK_AGREE_AUDIT_TERMS_OF_REFERENCE, vars("auditTermsOfReference", "Multi-agency response to obesity",
        "auditorName", "DCI Pam Trevillion", "agenciesInvolved", json(List.of("poole-council", "community-health"))));
    assertThat(registerEntry(pi).getPanelChair()).isEqualTo("DCI Pam Trevillion");

    List<Task> requests = tasksOfCase(caseRef, TASK_SUBMIT_AUDIT_INFORMATION);
    assertThat(requests).extracting(Task::getName).containsExactlyInAnyOrder(
        "Case audit information — " + caseRef + " — Borough of Poole",
        "Case audit information — " + caseRef + " — NHS Bournemouth and Poole Community Health Services");
    // 15 working days from Monday 2 November 2026
    assertThat(requests).allSatisfy(t -> assertThat(day(t.getDueDate())).isEqualTo(LocalDate.of(2026, 11, 23)));

    submitInformation(pi, "poole-council");
    assertThat(tasks(pi, TASK_SUBMIT_AUDIT_REPORT)).as("the report waits for every agency").isEmpty();
    submitInformation(pi, "community-health");
    assertThat(runtimeService.getVariable(pi.getId(), "auditInformation").toString())
        .contains("Dietetic support from poole-council", "Dietetic support from community-health");

    complete(pi, TASK_SUBMIT_AUDIT_REPORT, vars("auditFindings", "Findings", "recommendations", "1. Joint protocol"));
    complete(pi, TASK_SIGN_OFF_AUDIT, vars("auditSignOff", "revise", "auditSignOffComments", "Say more about school nursing"));
    complete(pi, TASK_SUBMIT_AUDIT_REPORT, vars("auditFindings", "Findings, with school nursing", "recommendations", "1. Joint protocol"));
    complete(pi, TASK_SIGN_OFF_AUDIT, vars("auditSignOff", "signed-off"));

    RegisterEntry entry = registerEntry(pi);
    assertThat(entry.getStatus()).isEqualTo("action-plan-monitoring");
    assertThat(entry.milestoneDate("audit-signed-off")).isEqualTo(LocalDate.of(2026, 11, 2));
    ProcessInstance actionPlan = runtimeService.createProcessInstanceQuery().superProcessInstanceId(pi.getId())
        .processDefinitionKey("action-plan").singleResult();
    assertThat(runtimeService.getVariable(actionPlan.getId(), "reviewType")).isEqualTo("case-audit");
    assertThat(runtimeService.getVariable(actionPlan.getId(), "recommendations")).isEqualTo("1. Joint protocol");
  }

  @Test
  void theActionPlanCompletesOnItsOwnEntryAndThenTheAuditCloses() {
    String caseRef = newCase("Child B");
    ProcessInstance pi = startAudit(caseRef);
    complete(pi, TASK_AGREE_AUDIT_TERMS_OF_REFERENCE, vars("auditTermsOfReference", "Obesity", "auditorName", "Auditor",
        "agenciesInvolved", json(List.of("poole-council"))));
    submitInformation(pi, "poole-council");
    complete(pi, TASK_SUBMIT_AUDIT_REPORT, vars("auditFindings", "Findings", "recommendations", "1. Joint protocol"));
    complete(pi, TASK_SIGN_OFF_AUDIT, vars("auditSignOff", "signed-off"));
    ProcessInstance plan = runtimeService.createProcessInstanceQuery().superProcessInstanceId(pi.getId())
        .processDefinitionKey(ActionPlanProcess.KEY).singleResult();

    complete(plan, ActionPlanProcess.TASK_DRAFT_ACTION_PLAN, vars("actions", json(List.of(Map.of("recommendation", "Joint protocol",
        "agency", "poole-council", "owner", "Team manager", "dueDate", "2026-12-01", "measureOfSuccess", "Protocol in use")))));
    complete(tasksOfCase(caseRef, ActionDeliveryProcess.TASK_REPORT_ACTION_PROGRESS).get(0),
        vars("actionStatus", ActionDeliveryProcess.PROGRESS_COMPLETED, "progressNote", "Protocol agreed"));
    complete(tasksOfCase(caseRef, ActionPlanProcess.TASK_SIGN_OFF_ACTION).get(0),
        vars("actionSignOff", ActionPlanProcess.SIGN_OFF_SIGNED_OFF, "signOffNotes", "Seen"));

    RegisterEntry planEntry = register.entry(plan.getId());
    assertThat(planEntry.getStatus()).isEqualTo("completed");
    assertThat(planEntry.milestoneDate("action-plan-completed")).isEqualTo(LocalDate.of(2026, 11, 2));
    assertThat(planEntry.getClosedOn()).isEqualTo(LocalDate.of(2026, 11, 2));
    RegisterEntry audit = registerEntry(pi);
    assertThat(audit.getStatus()).isEqualTo("closed");
    assertThat(audit.getClosedOn()).isEqualTo(LocalDate.of(2026, 11, 2));
    assertThat(audit.getMilestones()).as("the plan's milestone is the plan's own")
        .noneSatisfy(m -> assertThat(m.milestone()).isEqualTo("action-plan-completed"));
  }

  @Test
  void overdueAuditInformationIsChasedLikeAnImr() {
    String caseRef = newCase("Case W");
    ProcessInstance pi = startAudit(caseRef);
    complete(pi, TASK_AGREE_AUDIT_TERMS_OF_REFERENCE, vars("auditTermsOfReference", "Hard to reach families",
        "auditorName", "Auditor", "agenciesInvolved", json(List.of("poole-council"))));
    ProcessInstance council = contributionOf(pi, "poole-council");
    setToday(LocalDate.of(2026, 11, 24));
    fireTimer(council, TIMER_CONTRIBUTION_OVERDUE);
    Task chase = task(council, TASK_CHASE_CONTRIBUTION);
    assertThat(chase.getName()).isEqualTo("Chase overdue case audit information — " + caseRef + " — Borough of Poole");
  }

  @Test
  void anAuditWithoutItsReasonsIsNotStarted() {
    String caseRef = newCase("Case X");
    assertRefused(() -> runtimeService.startProcessInstanceByKey(KEY, vars("caseReference", caseRef, "incidentSummary", "x",
        "boardAwareOn", "2026-10-01", "agenciesInvolved", json(List.of("poole-council")))), "'Why a case audit' is required");
    assertThat(register.forCase(caseRef)).isEmpty();
  }
}
