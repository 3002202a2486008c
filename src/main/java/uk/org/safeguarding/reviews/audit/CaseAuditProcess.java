package uk.org.safeguarding.reviews.audit;

import uk.org.safeguarding.reviews.engine.ProcessKeys;

/** Process {@code case-audit}: its key and element ids. */
public final class CaseAuditProcess {

  public static final String KEY = ProcessKeys.CASE_AUDIT;
  public static final String REGISTER_TYPE = "case-audit";

  public static final String START_CASE_AUDIT_STARTED = "StartEvent_CaseAuditStarted";
  public static final String SERVICE_OPEN_CASE_AUDIT = "ServiceTask_OpenCaseAudit";
  public static final String TASK_AGREE_AUDIT_TERMS_OF_REFERENCE = "UserTask_AgreeAuditTermsOfReference";
  public static final String EVENT_INFORMATION_REQUESTED = "Event_InformationRequested";
  public static final String CALL_AUDIT_INFORMATION = "CallActivity_AuditInformation";
  public static final String TASK_SUBMIT_AUDIT_REPORT = "UserTask_SubmitAuditReport";
  public static final String TASK_SIGN_OFF_AUDIT = "UserTask_SignOffAudit";
  public static final String EVENT_AUDIT_SIGNED_OFF = "Event_AuditSignedOff";
  public static final String CALL_ACTION_PLAN = "CallActivity_ActionPlan";
  public static final String SERVICE_CLOSE_CASE_AUDIT = "ServiceTask_CloseCaseAudit";
  public static final String END_CASE_AUDIT_CLOSED = "EndEvent_CaseAuditClosed";

  private CaseAuditProcess() {}
}
