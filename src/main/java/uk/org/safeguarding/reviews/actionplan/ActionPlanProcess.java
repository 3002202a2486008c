package uk.org.safeguarding.reviews.actionplan;

/** Process {@code action-plan}: its key, element ids, input variables and form values. */
public final class ActionPlanProcess {

  public static final String KEY = "action-plan";
  public static final String REGISTER_TYPE = "action-plan";

  /** Review types the process serves (input variable {@code reviewType}). */
  public static final String SERIOUS_CASE_REVIEW = "serious-case-review";
  public static final String CASE_AUDIT = "case-audit";
  public static final String LOCAL_LEARNING_REVIEW = "local-learning-review";
  public static final String RAPID_REVIEW = "rapid-review";
  /** Every review type above: {@code ServiceTask_OpenActionPlan} refuses any other. */
  public static final java.util.List<String> REVIEW_TYPES =
      java.util.List.of(SERIOUS_CASE_REVIEW, CASE_AUDIT, LOCAL_LEARNING_REVIEW, RAPID_REVIEW);

  public static final String SERVICE_OPEN_ACTION_PLAN = "ServiceTask_OpenActionPlan";
  public static final String TASK_DRAFT_ACTION_PLAN = "UserTask_DraftActionPlan";
  public static final String SERVICE_SAVE_ACTION_PLAN = "ServiceTask_SaveActionPlan";
  public static final String SUBPROCESS_ACTION = "SubProcess_Action";
  public static final String SERVICE_LOAD_ACTION = "ServiceTask_LoadAction";
  public static final String SUBPROCESS_DELIVER_ACTION = "SubProcess_DeliverAction";
  public static final String TASK_REPORT_ACTION_PROGRESS = "UserTask_ReportActionProgress";
  public static final String TIMER_ACTION_PROGRESS_REQUEST = "Timer_ActionProgressRequest";
  public static final String SERVICE_RECORD_PROGRESS_REQUEST = "ServiceTask_RecordProgressRequest";
  public static final String TIMER_ACTION_OVERDUE = "Timer_ActionOverdue";
  public static final String SERVICE_MARK_ACTION_OVERDUE = "ServiceTask_MarkActionOverdue";
  public static final String TASK_CHASE_OVERDUE_ACTION = "UserTask_ChaseOverdueAction";
  public static final String TASK_SIGN_OFF_ACTION = "UserTask_SignOffAction";
  public static final String SERVICE_SIGN_OFF_ACTION = "ServiceTask_SignOffAction";
  public static final String SERVICE_REOPEN_ACTION = "ServiceTask_ReopenAction";
  public static final String SERVICE_CLOSE_ACTION_PLAN = "ServiceTask_CloseActionPlan";
  public static final String END_ACTION_PLAN_COMPLETED = "EndEvent_ActionPlanCompleted";

  /** Form values. */
  public static final String PROGRESS_IN_PROGRESS = "in-progress";
  public static final String PROGRESS_COMPLETED = "completed";
  public static final String SIGN_OFF_SIGNED_OFF = "signed-off";
  public static final String SIGN_OFF_REOPEN = "reopen";

  /**
   * Variables each action instance keeps to itself (set local on its scope by
   * {@code ServiceTask_LoadAction}), so parallel actions never overwrite each other's form fields.
   */
  static final String[] ACTION_FORM_VARIABLES = {
      "actionStatus", "progressNote", "chaseNotes", "actionSignOff", "signOffNotes", "revisedDueDate"};

  private ActionPlanProcess() {}
}
