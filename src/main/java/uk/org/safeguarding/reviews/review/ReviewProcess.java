package uk.org.safeguarding.reviews.review;

import uk.org.safeguarding.reviews.engine.ProcessKeys;

/** Process {@code serious-case-review}: its key, element ids and decision values. */
public final class ReviewProcess {

  public static final String KEY = ProcessKeys.SERIOUS_CASE_REVIEW;
  public static final String REGISTER_TYPE = "serious-case-review";
  public static final String REGISTER_TYPE_CSPR = "local-cspr";

  /** {@code reviewMode}: an SCR (pre-2018 regime) or a local child safeguarding practice review. */
  public static final String MODE_SCR = "scr";
  public static final String MODE_CSPR = "cspr";

  public static final String CLOCK_COMPLETION = "scr-completion";
  public static final String CLOCK_PUBLICATION = "cspr-publication";
  public static final String CLOCK_PRE_PUBLICATION_NOTICE = "pre-publication-notice";

  public static final String TASK_APPOINT_REVIEWER = "UserTask_AppointReviewer";
  public static final String TASK_SEND_REPORT_TO_PANEL = "UserTask_SendReportToPanelAndSecretaryOfState";

  public static final String START_SCR_INITIATED = "StartEvent_ScrInitiated";
  public static final String TASK_AGREE_TERMS_OF_REFERENCE = "UserTask_AgreeTermsOfReference";
  public static final String TASK_APPOINT_PANEL_CHAIR_AND_AUTHOR = "UserTask_AppointPanelChairAndAuthor";
  public static final String CALL_IMR = "CallActivity_Imr";
  public static final String TASK_SUBMIT_OVERVIEW_REPORT = "UserTask_SubmitOverviewReport";
  public static final String TASK_REVIEW_OVERVIEW_REPORT = "UserTask_ReviewOverviewReport";
  public static final String TASK_SUBMIT_EXECUTIVE_SUMMARY = "UserTask_SubmitExecutiveSummary";
  public static final String TASK_SIGN_OFF_REVIEW = "UserTask_SignOffReview";
  /** The SCR group chair's request for more time: a message the application correlates (never a user, over the engine's APIs). */
  public static final String MESSAGE_EXTENSION_REQUESTED = "extension-requested";
  public static final String EVENT_EXTENSION_REQUESTED = "Event_ExtensionRequested";
  public static final String TASK_DECIDE_EXTENSION = "UserTask_DecideExtension";
  public static final String TASK_ESCALATE_OVERDUE_REVIEW = "UserTask_EscalateOverdueReview";
  public static final String TIMER_REVIEW_REMINDER = "Timer_ReviewReminder";
  public static final String TIMER_REVIEW_OVERDUE = "Timer_ReviewOverdue";
  public static final String TASK_DECIDE_PUBLICATION = "UserTask_DecidePublication";
  public static final String TASK_REVIEW_PUBLICATION_HOLD = "UserTask_ReviewPublicationHold";
  public static final String TASK_RECORD_PUBLICATION = "UserTask_RecordPublication";
  public static final String CALL_ACTION_PLAN = "CallActivity_ActionPlan";
  public static final String END_REVIEW_CLOSED = "EndEvent_ReviewClosed";

  public static final String PUBLISH_FULL = "publish_full";
  public static final String PUBLISH_SUMMARY = "publish_summary";
  public static final String HOLD_FOR_PROCEEDINGS = "delay_parallel_proceedings";
  public static final String NOT_PUBLISH = "not_publish_with_reasons";

  private ReviewProcess() {}
}
