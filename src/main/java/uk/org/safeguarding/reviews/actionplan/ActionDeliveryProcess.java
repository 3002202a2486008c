package uk.org.safeguarding.reviews.actionplan;

import uk.org.safeguarding.reviews.engine.ProcessKeys;

/**
 * Process {@code action-delivery}: one action of an action plan, delivered by its owning agency in
 * a process of its own, so the agency sees only its own action. Called by the action plan's
 * {@link ActionPlanProcess#CALL_DELIVER_ACTION} with the action passed in ({@link #INPUT}); the last
 * report goes back ({@link #OUTPUT}).
 */
public final class ActionDeliveryProcess {

  public static final String KEY = ProcessKeys.ACTION_DELIVERY;

  public static final String START_ACTION_OPEN = "StartEvent_ActionOpen";
  public static final String TASK_REPORT_ACTION_PROGRESS = "UserTask_ReportActionProgress";
  public static final String GATEWAY_ACTION_COMPLETED = "Gateway_ActionCompleted";
  public static final String END_ACTION_DELIVERED = "EndEvent_ActionDelivered";
  public static final String SUBPROCESS_REQUEST_PROGRESS = "SubProcess_RequestProgress";
  public static final String TIMER_ACTION_PROGRESS_REQUEST = "Timer_ActionProgressRequest";
  public static final String SERVICE_RECORD_PROGRESS_REQUEST = "ServiceTask_RecordProgressRequest";
  public static final String SUBPROCESS_ESCALATE_OVERDUE_ACTION = "SubProcess_EscalateOverdueAction";
  public static final String TIMER_ACTION_OVERDUE = "Timer_ActionOverdue";
  public static final String SERVICE_MARK_ACTION_OVERDUE = "ServiceTask_MarkActionOverdue";
  public static final String TASK_CHASE_OVERDUE_ACTION = "UserTask_ChaseOverdueAction";

  /** Form values of the progress report ({@code actionStatus}). */
  public static final String PROGRESS_IN_PROGRESS = "in-progress";
  public static final String PROGRESS_COMPLETED = "completed";

  /** What the action plan passes in (the call activity's in-mappings), besides the business key. */
  public static final java.util.List<String> INPUT = java.util.List.of("caseReference", "actionId", "actionAgency",
      "actionAgencyName", "actionRecommendation", "actionOwner", "actionMeasureOfSuccess", "actionDueOn", "actionDueDate",
      "progressRequestDate");
  /** What goes back to the action plan for the chair's sign-off (the out-mappings): the last report. */
  public static final java.util.List<String> OUTPUT = java.util.List.of("actionStatus", "progressNote");

  private ActionDeliveryProcess() {}
}
