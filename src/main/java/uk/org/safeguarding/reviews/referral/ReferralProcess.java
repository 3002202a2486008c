package uk.org.safeguarding.reviews.referral;

import uk.org.safeguarding.reviews.engine.ProcessKeys;

/** Process {@code safeguarding-referral}: its key, element ids and outcome values. */
public final class ReferralProcess {

  public static final String KEY = ProcessKeys.SAFEGUARDING_REFERRAL;
  public static final String REGISTER_TYPE = "referral";

  public static final String START_REFERRAL_RECEIVED = "StartEvent_ReferralReceived";
  public static final String TASK_NOTE_MEDIA_INTEREST = "UserTask_NoteMediaInterest";
  public static final String TASK_TRIAGE_REFERRAL = "UserTask_TriageReferral";
  public static final String CALL_BRIEFING_NOTE = "CallActivity_BriefingNote";
  public static final String TASK_RECOMMEND_OUTCOME = "UserTask_RecommendOutcome";
  public static final String TASK_DECIDE_SCR = "UserTask_DecideScr";
  public static final String END_SCR_INITIATED = "EndEvent_ScrInitiated";
  public static final String END_CASE_AUDIT_STARTED = "EndEvent_CaseAuditStarted";
  public static final String END_NO_FURTHER_ACTION = "EndEvent_NoFurtherAction";
  public static final String END_BOARD_CHAIR_INFORMED = "EndEvent_BoardChairInformed";

  public static final String RECOMMEND_SCR = "scr";
  public static final String RECOMMEND_CASE_AUDIT = "case-audit";
  public static final String RECOMMEND_NO_FURTHER_ACTION = "no-further-action";
  public static final String DECISION_INITIATE = "initiate";
  public static final String DECISION_DECLINE = "decline";

  private ReferralProcess() {}
}
