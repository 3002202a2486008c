package uk.org.safeguarding.reviews.actionplan;

import uk.org.safeguarding.reviews.engine.ProcessKeys;

/**
 * Process {@code action-plan}: its key, element ids, input variables and form values. Each action is
 * delivered by its owning agency in {@link ActionDeliveryProcess}; the plan keeps the actions and the
 * chair's sign-off.
 */
public final class ActionPlanProcess {

  public static final String KEY = ProcessKeys.ACTION_PLAN;
  public static final String REGISTER_TYPE = "action-plan";

  /** Review types the process serves (input variable {@code reviewType}). */
  public static final String SERIOUS_CASE_REVIEW = ProcessKeys.SERIOUS_CASE_REVIEW;
  public static final String CASE_AUDIT = ProcessKeys.CASE_AUDIT;
  public static final String LOCAL_LEARNING_REVIEW = ProcessKeys.LOCAL_LEARNING_REVIEW;
  public static final String RAPID_REVIEW = ProcessKeys.RAPID_REVIEW;
  /** Every review type above: {@code ServiceTask_OpenActionPlan} refuses any other. */
  public static final java.util.List<String> REVIEW_TYPES =
      java.util.List.of(SERIOUS_CASE_REVIEW, CASE_AUDIT, LOCAL_LEARNING_REVIEW, RAPID_REVIEW);

  public static final String SERVICE_OPEN_ACTION_PLAN = "ServiceTask_OpenActionPlan";
  public static final String TASK_DRAFT_ACTION_PLAN = "UserTask_DraftActionPlan";
  public static final String SERVICE_SAVE_ACTION_PLAN = "ServiceTask_SaveActionPlan";
  public static final String SUBPROCESS_ACTION = "SubProcess_Action";
  public static final String SERVICE_LOAD_ACTION = "ServiceTask_LoadAction";
  /** Calls {@link ActionDeliveryProcess} for the owning agency: one instance per action, again after a reopening. */
  public static final String CALL_DELIVER_ACTION = "CallActivity_DeliverAction";
  public static final String TASK_SIGN_OFF_ACTION = "UserTask_SignOffAction";
  public static final String GATEWAY_SIGN_OFF = "Gateway_SignOff";
  public static final String SERVICE_SIGN_OFF_ACTION = "ServiceTask_SignOffAction";
  public static final String SERVICE_REOPEN_ACTION = "ServiceTask_ReopenAction";
  public static final String SERVICE_CLOSE_ACTION_PLAN = "ServiceTask_CloseActionPlan";
  public static final String END_ACTION_PLAN_COMPLETED = "EndEvent_ActionPlanCompleted";

  /** Form values of the chair's sign-off ({@code actionSignOff}). */
  public static final String SIGN_OFF_SIGNED_OFF = "signed-off";
  public static final String SIGN_OFF_REOPEN = "reopen";

  /**
   * Variables each action instance keeps to itself (set local on its scope by
   * {@code ServiceTask_LoadAction}), so parallel actions never overwrite each other's: the report
   * coming back from the delivery and the chair's sign-off. ({@code chaseNotes} is for plans started
   * before the delivery had a process of its own, whose chase is still in the plan.)
   */
  static final String[] ACTION_FORM_VARIABLES = {
      "actionStatus", "progressNote", "chaseNotes", "actionSignOff", "signOffNotes", "revisedDueDate"};

  private ActionPlanProcess() {}
}
