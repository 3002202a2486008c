package uk.org.safeguarding.reviews.lado;

import uk.org.safeguarding.reviews.engine.ProcessKeys;

/**
 * Process {@code lado-retention-review}: a daily engine job lists the concluded LADO cases past their
 * retention date for the LADO to delete or keep. Its key, element ids and form values.
 */
public final class LadoRetentionReviewProcess {

  public static final String KEY = ProcessKeys.LADO_RETENTION_REVIEW;

  public static final String TIMER_DAILY_RETENTION_CHECK = "Timer_DailyRetentionCheck";
  public static final String SERVICE_LIST_CASES_PAST_RETENTION = "ServiceTask_ListCasesPastRetention";
  public static final String TASK_REVIEW_RETENTION = "UserTask_ReviewRetention";
  public static final String SERVICE_APPLY_RETENTION_DECISION = "ServiceTask_ApplyRetentionDecision";
  public static final String END_RETENTION_REVIEWED = "EndEvent_RetentionReviewed";
  public static final String END_NOTHING_PAST_RETENTION = "EndEvent_NothingPastRetention";

  /** Form values: {@code retentionDecision}. */
  public static final String DELETE = "delete";
  public static final String KEEP = "keep";

  private LadoRetentionReviewProcess() {}
}
