package uk.org.safeguarding.reviews.actionplan;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.org.safeguarding.reviews.actionplan.ActionDeliveryProcess.PROGRESS_COMPLETED;
import static uk.org.safeguarding.reviews.actionplan.ActionDeliveryProcess.PROGRESS_IN_PROGRESS;
import static uk.org.safeguarding.reviews.actionplan.ActionDeliveryProcess.TASK_CHASE_OVERDUE_ACTION;
import static uk.org.safeguarding.reviews.actionplan.ActionDeliveryProcess.TASK_REPORT_ACTION_PROGRESS;
import static uk.org.safeguarding.reviews.actionplan.ActionDeliveryProcess.TIMER_ACTION_OVERDUE;
import static uk.org.safeguarding.reviews.actionplan.ActionDeliveryProcess.TIMER_ACTION_PROGRESS_REQUEST;
import static uk.org.safeguarding.reviews.actionplan.ActionPlanProcess.*;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaIn;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaOut;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import uk.org.safeguarding.reviews.register.RegisterEntry;
import uk.org.safeguarding.reviews.support.ProcessTest;
import uk.org.safeguarding.reviews.support.ProcessTestBase;

@ProcessTest
class ActionPlanProcessTest extends ProcessTestBase {

  static final String POLICE = "dorset-police";
  static final String COUNCIL = "poole-council";
  /** Friday 18 December 2026 and Friday 29 January 2027. */
  static final LocalDate POLICE_DUE = LocalDate.of(2026, 12, 18);
  static final LocalDate COUNCIL_DUE = LocalDate.of(2027, 1, 29);

  @Autowired ActionPlan actionPlan;
  @Autowired ActionPlanController controller;

  ProcessInstance start(String caseRef) {
    return runtimeService.startProcessInstanceByKey(KEY, caseRef, vars(
        "caseReference", caseRef,
        "reviewType", SERIOUS_CASE_REVIEW,
        "recommendations", "1. Police share domestic abuse notifications. 2. Children's social care audit strategy meetings."));
  }

  static Map<String, Object> action(String agency, String owner, Object dueDate) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("recommendation", "Recommendation for " + agency);
    row.put("agency", agency);
    row.put("owner", owner);
    row.put("dueDate", dueDate);
    row.put("measureOfSuccess", "Audit of 20 cases shows it is done");
    return row;
  }

  ProcessInstance startWithTwoActions(String caseRef) {
    ProcessInstance pi = start(caseRef);
    complete(pi, TASK_DRAFT_ACTION_PLAN, vars("actions", json(List.of(
        action(POLICE, "DI Smith, Public Protection Unit", POLICE_DUE.toString()),
        action(COUNCIL, "Head of Children's Services", COUNCIL_DUE.toString())))));
    return pi;
  }

  /** The delivery of one agency's action: a process of its own, called by the plan. */
  ProcessInstance deliveryOf(ProcessInstance plan, String agency) {
    return runtimeService.createProcessInstanceQuery().superProcessInstanceId(plan.getId())
        .processDefinitionKey(ActionDeliveryProcess.KEY).variableValueEquals("actionAgency", agency).singleResult();
  }

  List<ProcessInstance> deliveries(ProcessInstance plan) {
    return runtimeService.createProcessInstanceQuery().superProcessInstanceId(plan.getId()).list();
  }

  /** The timer of one action (each action's delivery has its own). */
  Job timerOf(ProcessInstance pi, String timerId, String agency) {
    return timer(deliveryOf(pi, agency), timerId);
  }

  /** The timers of every action of the plan still being delivered. */
  List<Job> timersOfPlan(ProcessInstance pi, String timerId) {
    return deliveries(pi).stream().flatMap(d -> timers(d, timerId).stream()).toList();
  }

  /** The owning agency's open progress task, in its action's delivery. */
  Task progressTask(ProcessInstance pi, String agency) {
    return agencyTask(deliveryOf(pi, agency), TASK_REPORT_ACTION_PROGRESS, agency);
  }

  void report(ProcessInstance pi, String agency, String status, String note) {
    complete(progressTask(pi, agency), vars("actionStatus", status, "progressNote", note));
  }

  Task signOffTask(ProcessInstance pi, String agency) {
    return tasks(pi, TASK_SIGN_OFF_ACTION).stream()
        .filter(t -> agency.equals(taskService.getVariable(t.getId(), "actionAgency"))).findFirst().orElseThrow();
  }

  Action row(String caseRef, String agency) {
    return actionPlan.forCase(caseRef).stream().filter(a -> a.getAgency().equals(agency)).findFirst().orElseThrow();
  }

  @Test
  void eachActionIsARowAndTheOwningAgencyReportsProgressByTheDueDate() {
    String caseRef = newCase("Child G");
    ProcessInstance pi = start(caseRef);
    Task draft = task(pi, TASK_DRAFT_ACTION_PLAN);
    assertThat(draft.getName()).isEqualTo("Draft action plan — " + caseRef);
    assertThat(taskService.getIdentityLinksForTask(draft.getId()))
        .anySatisfy(l -> assertThat(l.getGroupId()).isEqualTo("scr-group"));
    // Monday 2 Nov + 10 working days
    assertThat(day(draft.getDueDate())).isEqualTo(LocalDate.of(2026, 11, 16));
    assertThat(runtimeService.getVariable(pi.getId(), "agencyOptions").toString()).contains("Dorset Police");

    complete(draft, vars("actions", json(List.of(
        action(POLICE, "DI Smith", POLICE_DUE.toString()), action(COUNCIL, "Head of Service", COUNCIL_DUE.toString())))));

    List<Action> rows = actionPlan.forCase(caseRef);
    assertThat(rows).extracting(Action::getAgency).containsExactly(POLICE, COUNCIL);
    assertThat(rows).allSatisfy(a -> {
      assertThat(a.getStatus()).isEqualTo(Action.OPEN);
      assertThat(a.getReviewType()).isEqualTo(SERIOUS_CASE_REVIEW);
      assertThat(a.getProcessInstanceId()).isEqualTo(pi.getId());
    });
    assertThat(row(caseRef, POLICE).getDueOn()).isEqualTo(POLICE_DUE);

    List<Task> progress = tasksOfCase(caseRef, TASK_REPORT_ACTION_PROGRESS);
    assertThat(progress).extracting(Task::getName).containsExactlyInAnyOrder(
        "Action progress — " + caseRef + " — Dorset Police",
        "Action progress — " + caseRef + " — Borough of Poole");
    Task police = progressTask(pi, POLICE);
    assertThat(day(police.getDueDate())).isEqualTo(POLICE_DUE);
    assertThat(progressTask(pi, COUNCIL)).isNotNull();
    assertThat(taskService.getVariable(police.getId(), "actionOwner")).isEqualTo("DI Smith");

    assertThat(as("scr.member", List.of("scr-group"), () -> controller.forCase(caseRef))).extracting(ActionPlanController.ActionView::status)
        .containsExactly("open", "open");
    RegisterEntry entry = registerEntry(pi);
    assertThat(entry.getEntryType()).isEqualTo(REGISTER_TYPE);
    assertThat(entry.getStatus()).isEqualTo("monitoring-actions");
    assertThat(entry.getDueOn()).isEqualTo(COUNCIL_DUE);
  }

  @Test
  void theOwningAgencyIsAskedForProgressTenWorkingDaysBeforeTheDueDate() {
    String caseRef = newCase("Child H");
    ProcessInstance pi = startWithTwoActions(caseRef);
    Job request = timerOf(pi, TIMER_ACTION_PROGRESS_REQUEST, POLICE);
    // 10 working days before Friday 18 Dec: Friday 4 Dec, start of business
    assertThat(day(request.getDuedate())).isEqualTo(LocalDate.of(2026, 12, 4));
    assertThat(day(timerOf(pi, TIMER_ACTION_PROGRESS_REQUEST, COUNCIL).getDuedate())).isEqualTo(LocalDate.of(2027, 1, 15));

    setToday(LocalDate.of(2026, 12, 4));
    managementService.executeJob(request.getId());

    assertThat(row(caseRef, POLICE).getProgressRequestedOn()).isEqualTo(LocalDate.of(2026, 12, 4));
    assertThat(row(caseRef, COUNCIL).getProgressRequestedOn()).isNull();
    assertThat(registerEntry(pi).milestoneDate("action-progress-requested")).isEqualTo(LocalDate.of(2026, 12, 4));
    assertThat(progressTask(pi, POLICE)).as("the agency's task stays open").isNotNull();
    assertThat(timersOfPlan(pi, TIMER_ACTION_PROGRESS_REQUEST)).hasSize(1);
  }

  @Test
  void anOverdueActionEscalatesToTheScrGroupChairAndCompletingItCancelsTheChase() {
    String caseRef = newCase("Child J");
    ProcessInstance pi = startWithTwoActions(caseRef);
    report(pi, POLICE, PROGRESS_IN_PROGRESS, "Training planned");
    assertThat(row(caseRef, POLICE).getStatus()).isEqualTo(Action.IN_PROGRESS);
    assertThat(row(caseRef, POLICE).getLatestProgress()).isEqualTo("Training planned");

    Job overdue = timerOf(pi, TIMER_ACTION_OVERDUE, POLICE);
    assertThat(day(overdue.getDuedate())).isEqualTo(POLICE_DUE);
    setToday(POLICE_DUE.plusDays(3)); // Monday 21 Dec
    managementService.executeJob(overdue.getId());

    Task chase = task(deliveryOf(pi, POLICE), TASK_CHASE_OVERDUE_ACTION);
    assertThat(chase.getName()).isEqualTo("Overdue action — " + caseRef + " — Dorset Police");
    assertThat(taskService.getIdentityLinksForTask(chase.getId()))
        .anySatisfy(l -> assertThat(l.getGroupId()).isEqualTo("scr-group-chair"));
    assertThat(day(chase.getDueDate())).isEqualTo(LocalDate.of(2026, 12, 30)); // 5 working days, over Christmas
    assertThat(row(caseRef, POLICE).getOverdueSince()).isEqualTo(POLICE_DUE.plusDays(3));
    assertThat(as("scr.member", List.of("scr-group"), () -> controller.forCase(caseRef))).filteredOn(v -> v.agency().equals(POLICE))
        .singleElement().satisfies(v -> assertThat(v.overdue()).isTrue());
    assertThat(registerEntry(pi).milestoneDate("action-overdue")).isEqualTo(POLICE_DUE.plusDays(3));

    report(pi, POLICE, PROGRESS_COMPLETED, "All officers trained");
    assertThat(tasksOfCase(caseRef, TASK_CHASE_OVERDUE_ACTION)).as("the chase is cancelled").isEmpty();
    assertThat(deliveryOf(pi, POLICE)).as("the police's delivery has ended").isNull();
    assertThat(timersOfPlan(pi, TIMER_ACTION_PROGRESS_REQUEST)).hasSize(1); // only the council's
    assertThat(row(caseRef, POLICE).getStatus()).isEqualTo(Action.COMPLETED);
    assertThat(row(caseRef, POLICE).getCompletedOn()).isEqualTo(POLICE_DUE.plusDays(3));
    assertThat(signOffTask(pi, POLICE).getName()).isEqualTo("Sign off action — " + caseRef + " — Dorset Police");
  }

  @Test
  void theChairsChaseIsRecordedOnTheAction() {
    String caseRef = newCase("Child K");
    ProcessInstance pi = startWithTwoActions(caseRef);
    setToday(POLICE_DUE.plusDays(3));
    managementService.executeJob(timerOf(pi, TIMER_ACTION_OVERDUE, POLICE).getId());
    ProcessInstance police = deliveryOf(pi, POLICE);
    assertRefused(() -> complete(police, TASK_CHASE_OVERDUE_ACTION, vars()), "is required");
    complete(police, TASK_CHASE_OVERDUE_ACTION, vars("chaseNotes", "Phoned the DI; done by end of January"));
    assertThat(row(caseRef, POLICE).getChaseNotes()).isEqualTo("Phoned the DI; done by end of January");
    assertThat(row(caseRef, POLICE).getChasedOn()).isEqualTo(POLICE_DUE.plusDays(3));
    assertThat(progressTask(pi, POLICE)).isNotNull();
  }

  @Test
  void thePlanClosesOnlyWhenEveryActionIsCompletedAndSignedOff() {
    String caseRef = newCase("Child L");
    ProcessInstance pi = startWithTwoActions(caseRef);

    report(pi, POLICE, PROGRESS_COMPLETED, "Notifications shared within 24 hours in 19 of 20 cases");
    Task signOff = signOffTask(pi, POLICE);
    assertThat(day(signOff.getDueDate())).isEqualTo(LocalDate.of(2026, 11, 16));
    assertThat(taskService.getVariable(signOff.getId(), "progressNote")).as("the agency's report, back from its delivery")
        .isEqualTo("Notifications shared within 24 hours in 19 of 20 cases");
    as("scr.chair", List.of("scr-group-chair", "scr-group"), () -> {
      complete(signOff, vars("actionSignOff", SIGN_OFF_SIGNED_OFF, "signOffNotes", "Audit seen"));
      return null;
    });
    Action police = row(caseRef, POLICE);
    assertThat(police.getStatus()).isEqualTo(Action.SIGNED_OFF);
    assertThat(police.getSignedOffBy()).isEqualTo("scr.chair");
    assertThat(police.getSignedOffOn()).isEqualTo(LocalDate.of(2026, 11, 2));

    assertThat(isEnded(pi)).as("the council's action is still open").isFalse();
    assertThat(registerEntry(pi).getClosedOn()).isNull();
    assertThat(progressTask(pi, COUNCIL)).isNotNull();

    report(pi, COUNCIL, PROGRESS_COMPLETED, "Strategy meetings audited");
    assertThat(isEnded(pi)).as("completed but not yet signed off").isFalse();
    complete(signOffTask(pi, COUNCIL), vars("actionSignOff", SIGN_OFF_SIGNED_OFF, "signOffNotes", "Audit report seen"));

    assertThat(isEnded(pi)).isTrue();
    assertThat(actionPlan.forCase(caseRef)).extracting(Action::getStatus).containsOnly(Action.SIGNED_OFF);
    assertThat(actionPlan.forCase(caseRef)).extracting(Action::getCompletedOn).doesNotContainNull();
    assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(pi.getId())
        .activityId(END_ACTION_PLAN_COMPLETED).count()).isEqualTo(1);
    RegisterEntry entry = registerEntry(pi);
    assertThat(entry.getStatus()).isEqualTo("completed");
    assertThat(entry.getClosedOn()).isEqualTo(LocalDate.of(2026, 11, 2));
    assertThat(managementService.createJobQuery().processInstanceId(pi.getId()).count()).isZero();
    assertThat(deliveries(pi)).isEmpty();
  }

  @Test
  void theChairMayReopenACompletedActionWithANewDueDate() {
    String caseRef = newCase("Child M");
    ProcessInstance pi = startWithTwoActions(caseRef);
    String firstDelivery = deliveryOf(pi, POLICE).getId();
    report(pi, POLICE, PROGRESS_COMPLETED, "Done, we think");

    assertRefused(() -> complete(signOffTask(pi, POLICE), vars("actionSignOff", SIGN_OFF_REOPEN, "signOffNotes", "No evidence")),
        "'New due date' is required");
    assertRefused(() -> complete(signOffTask(pi, POLICE), vars("actionSignOff", SIGN_OFF_REOPEN, "signOffNotes", "No evidence",
        "revisedDueDate", "2026-10-01")), "must be after today");

    complete(signOffTask(pi, POLICE), vars("actionSignOff", SIGN_OFF_REOPEN, "signOffNotes", "No audit evidence",
        "revisedDueDate", "2027-02-26"));
    Action police = row(caseRef, POLICE);
    assertThat(police.getStatus()).isEqualTo(Action.REOPENED);
    assertThat(police.getDueOn()).isEqualTo(LocalDate.of(2027, 2, 26));
    assertThat(police.getCompletedOn()).isNull();
    assertThat(police.getReopenedCount()).isEqualTo(1);
    assertThat(tasks(pi, TASK_SIGN_OFF_ACTION)).isEmpty();

    assertThat(deliveryOf(pi, POLICE).getId()).as("delivered again, in a new instance").isNotEqualTo(firstDelivery);
    Task again = progressTask(pi, POLICE);
    assertThat(day(again.getDueDate())).isEqualTo(LocalDate.of(2027, 2, 26));
    assertThat(taskService.getVariable(again.getId(), "actionStatus")).as("fresh form").isNull();
    assertThat(day(timerOf(pi, TIMER_ACTION_OVERDUE, POLICE).getDuedate())).isEqualTo(LocalDate.of(2027, 2, 26));
    assertThat(day(timerOf(pi, TIMER_ACTION_PROGRESS_REQUEST, POLICE).getDuedate())).isEqualTo(LocalDate.of(2027, 2, 12));

    report(pi, POLICE, PROGRESS_COMPLETED, "Audit attached");
    complete(signOffTask(pi, POLICE), vars("actionSignOff", SIGN_OFF_SIGNED_OFF, "signOffNotes", "Audit seen"));
    assertThat(row(caseRef, POLICE).getStatus()).isEqualTo(Action.SIGNED_OFF);
    assertThat(isEnded(pi)).isFalse();
  }

  @Test
  void parallelActionsKeepTheirOwnFormValues() {
    String caseRef = newCase("Child N");
    ProcessInstance pi = startWithTwoActions(caseRef);
    report(pi, POLICE, PROGRESS_IN_PROGRESS, "Police note");
    report(pi, COUNCIL, PROGRESS_COMPLETED, "Council note");
    assertThat(row(caseRef, POLICE).getLatestProgress()).isEqualTo("Police note");
    assertThat(row(caseRef, POLICE).getStatus()).isEqualTo(Action.IN_PROGRESS);
    assertThat(taskService.getVariable(progressTask(pi, POLICE).getId(), "progressNote"))
        .isEqualTo("Police note");
    assertThat(runtimeService.getVariable(pi.getId(), "progressNote")).as("nothing leaks to the process").isNull();
    assertThat(tasks(pi, TASK_SIGN_OFF_ACTION)).hasSize(1);
  }

  @Test
  void eachActionIsDeliveredInAProcessOfItsOwnHoldingOnlyThatAction() {
    String caseRef = newCase("Child O");
    ProcessInstance pi = startWithTwoActions(caseRef);
    ProcessInstance police = deliveryOf(pi, POLICE);
    assertThat(police.getBusinessKey()).isEqualTo(caseRef);
    assertThat(deliveries(pi)).hasSize(2);
    // what the call activity passes in, and nothing else: no other action, not the plan's list
    assertThat(runtimeService.getVariables(police.getId()).keySet()).containsExactlyInAnyOrderElementsOf(ActionDeliveryProcess.INPUT);
    assertThat(runtimeService.getVariables(police.getId()).toString()).contains("Recommendation for " + POLICE)
        .doesNotContain("Recommendation for " + COUNCIL).doesNotContain(COUNCIL_DUE.toString());

    report(pi, POLICE, PROGRESS_IN_PROGRESS, "Police note");
    report(pi, COUNCIL, PROGRESS_IN_PROGRESS, "Council note");
    Task policeTask = progressTask(pi, POLICE);
    assertThat(taskService.getVariables(policeTask.getId()).toString()).contains("Police note").doesNotContain("Council note")
        .doesNotContain("Recommendation for " + COUNCIL);
    assertThat(runtimeService.createVariableInstanceQuery().processInstanceIdIn(police.getId()).list())
        .extracting(v -> String.valueOf(v.getValue())).noneMatch(v -> v.contains("Council") || v.contains(COUNCIL));
  }

  @Test
  void theCallActivityPassesTheActionInAndTheLastReportBack() {
    CallActivity call = repositoryService.getBpmnModelInstance(repositoryService.createProcessDefinitionQuery()
        .processDefinitionKey(KEY).latestVersion().singleResult().getId()).getModelElementById(CALL_DELIVER_ACTION);
    assertThat(call.getCalledElement()).isEqualTo(ActionDeliveryProcess.KEY);
    List<CamundaIn> in = call.getExtensionElements().getElementsQuery().filterByType(CamundaIn.class).list();
    assertThat(in).filteredOn(i -> i.getCamundaBusinessKey() != null).singleElement()
        .satisfies(i -> assertThat(i.getCamundaBusinessKey()).isEqualTo("#{execution.processBusinessKey}"));
    assertThat(in).filteredOn(i -> i.getCamundaSource() != null).allSatisfy(i -> assertThat(i.getCamundaTarget()).isEqualTo(i.getCamundaSource()))
        .extracting(CamundaIn::getCamundaSource).containsExactlyElementsOf(ActionDeliveryProcess.INPUT);
    assertThat(in).as("no variables=\"all\"").allSatisfy(i -> assertThat(i.getCamundaVariables()).isNull());
    assertThat(call.getExtensionElements().getElementsQuery().filterByType(CamundaOut.class).list())
        .extracting(CamundaOut::getCamundaSource).containsExactlyElementsOf(ActionDeliveryProcess.OUTPUT);
  }

  @Test
  void aPlanWithoutActionsIsRefused() {
    String caseRef = newCase("Child P");
    ProcessInstance pi = start(caseRef);
    assertRefused(() -> complete(pi, TASK_DRAFT_ACTION_PLAN, vars("actions", json(List.of()))), "at least one action");
    assertNothingSaved(pi, caseRef);
  }

  @Test
  void anUnknownAgencyOrAPastDueDateIsRefusedNamingTheAction() {
    String caseRef = newCase("Child Q");
    ProcessInstance pi = start(caseRef);
    assertRefused(() -> complete(pi, TASK_DRAFT_ACTION_PLAN, vars("actions", json(List.of(
            action(POLICE, "DI Smith", POLICE_DUE.toString()),
            action("hogwarts", "Headmaster", POLICE_DUE.toString()),
            action(COUNCIL, "Head of Service", "2026-11-02"))))),
        "action 2: 'hogwarts' is not an active member agency", "action 3: due date 2 Nov 2026 must be after today");
    assertNothingSaved(pi, caseRef);
  }

  @Test
  void anActionWithoutAnOwnerIsRefused() {
    String caseRef = newCase("Child R");
    ProcessInstance pi = start(caseRef);
    Map<String, Object> noOwner = action(POLICE, "", POLICE_DUE.toString());
    assertRefused(() -> complete(pi, TASK_DRAFT_ACTION_PLAN, vars("actions", json(List.of(noOwner)))), "is required");
    noOwner.remove("owner");
    assertRefused(() -> complete(pi, TASK_DRAFT_ACTION_PLAN, vars("actions", json(List.of(noOwner)))), "Owner");
    assertNothingSaved(pi, caseRef);
  }

  @Test
  void anUnknownReviewTypeIsRefusedAtTheStart() {
    String caseRef = newCase("Child S");
    assertRefused(() -> runtimeService.startProcessInstanceByKey(KEY, caseRef,
        vars("caseReference", caseRef, "reviewType", "inspection")), "reviewType must be");
    assertThat(register.forCase(caseRef)).isEmpty();
  }

  @Test
  void aCaseAuditUsesTheSameModel() {
    String caseRef = newCase("Child T");
    ProcessInstance pi = runtimeService.startProcessInstanceByKey(KEY, caseRef,
        vars("caseReference", caseRef, "reviewType", CASE_AUDIT));
    complete(pi, TASK_DRAFT_ACTION_PLAN, vars("actions", json(List.of(action(COUNCIL, "Team manager", "2026-12-01")))));
    assertThat(actionPlan.forCase(caseRef)).singleElement().satisfies(a -> assertThat(a.getReviewType()).isEqualTo(CASE_AUDIT));
    report(pi, COUNCIL, PROGRESS_COMPLETED, "Done");
    complete(pi, TASK_SIGN_OFF_ACTION, vars("actionSignOff", SIGN_OFF_SIGNED_OFF, "signOffNotes", "Seen"));
    assertThat(isEnded(pi)).isTrue();
  }

  @Test
  void aLocalLearningReviewOrARapidReviewMayHaveAnActionPlanToo() {
    for (String reviewType : List.of(LOCAL_LEARNING_REVIEW, RAPID_REVIEW)) {
      String caseRef = newCase("Child U");
      ProcessInstance pi = runtimeService.startProcessInstanceByKey(KEY, caseRef,
          vars("caseReference", caseRef, "reviewType", reviewType));
      complete(pi, TASK_DRAFT_ACTION_PLAN, vars("actions", json(List.of(action(COUNCIL, "Team manager", "2026-12-01")))));
      assertThat(actionPlan.forCase(caseRef)).singleElement()
          .satisfies(a -> assertThat(a.getReviewType()).isEqualTo(reviewType));
      assertThat(register.forCase(caseRef)).singleElement()
          .satisfies(e -> assertThat(e.getSummary()).startsWith("Action plan of the " + reviewType.replace('-', ' ')));
    }
  }

  void assertNothingSaved(ProcessInstance pi, String caseRef) {
    assertThat(actionPlan.forCase(caseRef)).isEmpty();
    assertThat(task(pi, TASK_DRAFT_ACTION_PLAN)).as("the draft stays open").isNotNull();
    assertThat(tasksOfCase(caseRef, TASK_REPORT_ACTION_PROGRESS)).isEmpty();
    assertThat(deliveries(pi)).isEmpty();
    assertThat(runtimeService.getVariable(pi.getId(), "actionIds")).isNull();
  }
}
