package uk.org.safeguarding.reviews.localreview;

import uk.org.safeguarding.reviews.engine.ProcessKeys;

/**
 * Process {@code local-learning-review}: a case referred to the practice review group that does not
 * meet the serious incident notification criteria but carries learning gets a local review, held to
 * the same standard as a CSPR but free to use other methods, ending in a 7-minute briefing and an
 * action plan monitored to completion. Its key, element ids and form values.
 */
public final class LocalLearningReviewProcess {

  public static final String KEY = ProcessKeys.LOCAL_LEARNING_REVIEW;
  public static final String REGISTER_TYPE = "local-learning-review";

  public static final String START_LOCAL_REVIEW_STARTED = "StartEvent_LocalReviewStarted";
  public static final String SERVICE_OPEN_LOCAL_REVIEW = "ServiceTask_OpenLocalReview";
  public static final String TASK_AGREE_LOCAL_REVIEW_TERMS = "UserTask_AgreeLocalReviewTerms";
  public static final String EVENT_CONTRIBUTIONS_REQUESTED = "Event_ContributionsRequested";
  public static final String CALL_PRACTICE_CONTRIBUTION = "CallActivity_PracticeContribution";
  public static final String TASK_SUBMIT_LOCAL_REVIEW_REPORT = "UserTask_SubmitLocalReviewReport";
  public static final String TASK_SIGN_OFF_LOCAL_REVIEW = "UserTask_SignOffLocalReview";
  public static final String EVENT_LOCAL_REVIEW_SIGNED_OFF = "Event_LocalReviewSignedOff";
  public static final String TASK_PUBLISH_SEVEN_MINUTE_BRIEFING = "UserTask_PublishSevenMinuteBriefing";
  public static final String CALL_ACTION_PLAN = "CallActivity_ActionPlan";
  public static final String SERVICE_CLOSE_LOCAL_REVIEW = "ServiceTask_CloseLocalReview";
  public static final String END_LOCAL_REVIEW_CLOSED = "EndEvent_LocalReviewClosed";

  /** Form values: {@code reviewMethod}. */
  public static final String METHOD_PRACTITIONER_LEARNING_EVENT = "practitioner-learning-event";
  public static final String METHOD_APPRECIATIVE_INQUIRY = "appreciative-inquiry";
  public static final String METHOD_SYSTEMS_REVIEW = "systems-review";
  public static final String METHOD_MULTI_AGENCY_AUDIT = "multi-agency-audit";
  public static final String METHOD_OTHER = "other";

  /** Form values: {@code localReviewSignOff}. */
  public static final String SIGNED_OFF = "signed-off";
  public static final String REVISE = "revise";

  /** Register milestone when the 7-minute briefing is published (dated the day it was published). */
  public static final String MILESTONE_BRIEFING_PUBLISHED = "seven-minute-briefing-published";

  private LocalLearningReviewProcess() {}
}
