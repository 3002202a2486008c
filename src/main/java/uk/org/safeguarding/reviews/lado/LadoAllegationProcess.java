package uk.org.safeguarding.reviews.lado;

import uk.org.safeguarding.reviews.engine.ProcessKeys;

/**
 * Process {@code lado-allegation}: an allegation against someone who works or volunteers with
 * children, from the referral to the LADO through initial consideration, the allegation management
 * meeting, the parallel investigation strands and review meetings, to the outcome and conclusion
 * actions. Its key, element ids and form values.
 */
public final class LadoAllegationProcess {

  public static final String KEY = ProcessKeys.LADO_ALLEGATION;

  public static final String START_ALLEGATION_REFERRED = "StartEvent_AllegationReferred";
  public static final String SERVICE_OPEN_ALLEGATION = "ServiceTask_OpenAllegation";
  public static final String TASK_INITIAL_CONSIDERATION = "UserTask_InitialConsideration";
  public static final String TASK_POLICE_STRATEGY_DISCUSSION = "UserTask_PoliceStrategyDiscussion";
  public static final String SERVICE_RECORD_CONSULTATION = "ServiceTask_RecordConsultation";
  public static final String END_CONSULTATION_RECORDED = "EndEvent_ConsultationRecorded";
  public static final String SERVICE_CLOSE_BELOW_THRESHOLD = "ServiceTask_CloseBelowThreshold";
  public static final String END_THRESHOLD_NOT_MET = "EndEvent_ThresholdNotMet";
  public static final String TASK_RECORD_HANDOVER = "UserTask_RecordHandover";
  public static final String SERVICE_CLOSE_HANDED_OVER = "ServiceTask_CloseHandedOver";
  public static final String END_HANDED_OVER = "EndEvent_HandedOver";
  public static final String SUB_ALLEGATION_MANAGEMENT = "SubProcess_AllegationManagement";
  public static final String TASK_ALLEGATION_MEETING = "UserTask_AllegationMeeting";
  public static final String SUB_INVESTIGATIONS = "SubProcess_Investigations";
  public static final String CALL_POLICE_STRAND = "CallActivity_PoliceStrand";
  public static final String CALL_SOCIAL_CARE_STRAND = "CallActivity_SocialCareStrand";
  public static final String CALL_EMPLOYER_STRAND = "CallActivity_EmployerStrand";
  public static final String END_INVESTIGATIONS_CONCLUDED = "EndEvent_InvestigationsConcluded";
  public static final String TIMER_NEXT_REVIEW_MEETING = "Timer_NextReviewMeeting";
  public static final String TASK_REVIEW_MEETING = "UserTask_ReviewMeeting";
  public static final String TASK_RESOLVE_PLAINLY = "UserTask_ResolvePlainly";
  public static final String TIMER_ONE_WEEK_MARK = "Timer_OneWeekMark";
  public static final String TASK_REVIEW_AT_ONE_WEEK = "UserTask_ReviewAtOneWeek";
  public static final String END_ONE_WEEK_REVIEWED = "EndEvent_OneWeekReviewed";
  public static final String TASK_RECORD_OUTCOME = "UserTask_RecordOutcome";
  public static final String TASK_CONSIDER_CHILD_REFERRAL = "UserTask_ConsiderChildReferral";
  public static final String END_OUTCOME_RECORDED = "EndEvent_OutcomeRecorded";
  public static final String TIMER_ONE_MONTH_MARK = "Timer_OneMonthMark";
  public static final String TIMER_THREE_MONTH_MARK = "Timer_ThreeMonthMark";
  public static final String TIMER_TWELVE_MONTH_MARK = "Timer_TwelveMonthMark";
  public static final String TASK_REVIEW_AT_ONE_MONTH = "UserTask_ReviewAtOneMonth";
  public static final String END_ONE_MONTH_REVIEWED = "EndEvent_OneMonthReviewed";
  public static final String TASK_REVIEW_AT_THREE_MONTHS = "UserTask_ReviewAtThreeMonths";
  public static final String END_THREE_MONTH_REVIEWED = "EndEvent_ThreeMonthReviewed";
  public static final String TASK_REVIEW_AT_TWELVE_MONTHS = "UserTask_ReviewAtTwelveMonths";
  public static final String END_TWELVE_MONTH_REVIEWED = "EndEvent_TwelveMonthReviewed";
  public static final String CALL_ESCALATE_TO_BOARD_CHAIR = "CallActivity_EscalateToBoardChair";
  public static final String END_ESCALATED_TO_BOARD_CHAIR = "EndEvent_EscalatedToBoardChair";
  public static final String SERVICE_CONCLUDE_ALLEGATION = "ServiceTask_ConcludeAllegation";
  public static final String END_ALLEGATION_CONCLUDED = "EndEvent_AllegationConcluded";

  /** Form values: {@code initialConsideration}. */
  public static final String ADVICE_ONLY = "advice-only";
  public static final String DOES_NOT_MEET_THRESHOLD = "does-not-meet-threshold";
  public static final String THRESHOLD_MET = "threshold-met";
  public static final String POLICE_INVESTIGATION = "police-investigation";
  public static final String HAND_OVER = "hand-over";

  /** Form values: {@code route}. */
  public static final String ROUTE_INVESTIGATE = "investigate";
  public static final String ROUTE_PLAINLY_UNFOUNDED = "plainly-unsubstantiated-or-malicious";

  /** Form values: {@code outcomeCategory} (KCSIE, England). */
  public static final String SUBSTANTIATED = "substantiated";
  public static final String MALICIOUS = "malicious";
  public static final String FALSE = "false";
  public static final String UNSUBSTANTIATED = "unsubstantiated";
  public static final String UNFOUNDED = "unfounded";

  /** Form values: {@code conclusionActions}. */
  public static final String DBS_REFERRAL = "dbs-referral";
  public static final String REGULATOR_REFERRAL = "regulator-referral";
  public static final String DISCIPLINARY_ACTION = "disciplinary-action";
  public static final String NO_FURTHER_ACTION = "no-further-action";

  /** Form values: {@code leadAuthority}. */
  public static final String THIS_AUTHORITY = "this-authority";

  private LadoAllegationProcess() {}
}
