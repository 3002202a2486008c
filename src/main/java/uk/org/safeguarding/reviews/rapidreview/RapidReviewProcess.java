package uk.org.safeguarding.reviews.rapidreview;

import uk.org.safeguarding.reviews.engine.ProcessKeys;

import java.util.List;

/** Process {@code rapid-review}: its key, element ids, clocks and the National Panel's responses. */
public final class RapidReviewProcess {

  public static final String KEY = ProcessKeys.RAPID_REVIEW;
  public static final String REGISTER_TYPE = "rapid-review";

  public static final String START_RAPID_REVIEW_STARTED = "StartEvent_RapidReviewStarted";
  public static final String TASK_SUBMIT_NOTIFICATION = "UserTask_SubmitNotification";
  public static final String CALL_AGENCY_SUMMARY = "CallActivity_AgencySummary";
  public static final String TASK_HOLD_RAPID_REVIEW_MEETING = "UserTask_HoldRapidReviewMeeting";
  public static final String TASK_WRITE_RAPID_REVIEW_SUMMARY = "UserTask_WriteRapidReviewSummary";
  public static final String TASK_PARTNER_SIGN_OFF = "UserTask_PartnerSignOff";
  public static final String SUBPROCESS_PARTNER_SIGN_OFF = "SubProcess_PartnerSignOff";
  public static final String RECORD_PARTNER_SIGN_OFF = "ServiceTask_RecordPartnerSignOff";
  public static final String TASK_SUBMIT_TO_NATIONAL_PANEL = "UserTask_SubmitToNationalPanel";
  public static final String TIMER_RAPID_REVIEW_OVERDUE = "Timer_RapidReviewOverdue";
  public static final String TASK_ESCALATE_OVERDUE_RAPID_REVIEW = "UserTask_EscalateOverdueRapidReview";
  public static final String TASK_RECORD_PANEL_RESPONSE = "UserTask_RecordPanelResponse";
  public static final String TASK_PROVIDE_MORE_INFORMATION = "UserTask_ProvideMoreInformation";
  public static final String TASK_SUPPORT_NATIONAL_REVIEW = "UserTask_SupportNationalReview";
  public static final String TASK_AGREE_LEARNING_RESPONSE = "UserTask_AgreeLearningResponse";
  public static final String TASK_PUBLISH_SEVEN_MINUTE_BRIEFING = "UserTask_PublishSevenMinuteBriefing";
  public static final String CALL_ACTION_PLAN = "CallActivity_ActionPlan";
  public static final String CALL_NATIONAL_REVIEW_INFORMATION = "CallActivity_NationalReviewInformation";
  public static final String END_LOCAL_CSPR_COMMISSIONED = "EndEvent_LocalCsprCommissioned";
  public static final String END_LOCAL_REVIEW_STARTED = "EndEvent_LocalReviewStarted";
  public static final String END_RAPID_REVIEW_CLOSED = "EndEvent_RapidReviewClosed";

  public static final String CLOCK_NOTIFICATION = "serious-incident-notification";
  public static final String CLOCK_RAPID_REVIEW = "rapid-review";

  /** The three safeguarding partners, each a group {@code partner-<name>}. */
  public static final List<String> PARTNERS = List.of("local-authority", "police", "health");

  /** The National Panel's responses (reference §8). */
  public static final String AGREE_NO_REVIEW = "agree_no_review";
  public static final String AGREE_LOCAL_CSPR = "agree_LCSPR";
  public static final String NATIONAL_REVIEW = "national_review";
  public static final String LOCAL_REVIEW_MORE_APPROPRIATE = "local_review_more_appropriate";
  public static final String REQUEST_MORE_INFORMATION = "request_more_information";

  public static final String LOCAL_LEARNING_REVIEW = "local-learning-review";

  private RapidReviewProcess() {}
}
