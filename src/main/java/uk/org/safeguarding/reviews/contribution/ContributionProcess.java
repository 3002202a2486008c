package uk.org.safeguarding.reviews.contribution;

import uk.org.safeguarding.reviews.engine.ProcessKeys;

/**
 * Process {@code agency-contribution}: one agency's briefing note, rapid review summary, IMR, practice
 * contribution, case audit information or information for a national review.
 */
public final class ContributionProcess {

  public static final String KEY = ProcessKeys.AGENCY_CONTRIBUTION;

  public static final String TYPE_IMR = "imr";
  public static final String TYPE_AUDIT_INFORMATION = "audit-information";
  public static final String TYPE_BRIEFING_NOTE = "briefing-note";
  public static final String TYPE_AGENCY_SUMMARY = "agency-summary";
  public static final String TYPE_PRACTICE_CONTRIBUTION = "practice-contribution";
  public static final String TYPE_NATIONAL_REVIEW_INFORMATION = "national-review-information";

  public static final String TASK_SUBMIT_IMR = "UserTask_SubmitImr";
  public static final String TASK_SIGN_OFF_IMR = "UserTask_SignOffImr";
  public static final String TASK_SUBMIT_BRIEFING_NOTE = "UserTask_SubmitBriefingNote";
  public static final String TASK_SUBMIT_AGENCY_SUMMARY = "UserTask_SubmitAgencySummary";
  public static final String TASK_SUBMIT_PRACTICE_CONTRIBUTION = "UserTask_SubmitPracticeContribution";
  public static final String TASK_SUBMIT_AUDIT_INFORMATION = "UserTask_SubmitAuditInformation";
  public static final String TASK_SUBMIT_NATIONAL_REVIEW_INFORMATION = "UserTask_SubmitNationalReviewInformation";
  public static final String TASK_CHASE_CONTRIBUTION = "UserTask_ChaseContribution";
  public static final String TASK_ESCALATE_OVERDUE_CONTRIBUTION = "UserTask_EscalateOverdueContribution";
  public static final String TASK_REVIEW_IMR = "UserTask_ReviewImr";
  public static final String TIMER_CONTRIBUTION_REMINDER = "Timer_ContributionReminder";
  public static final String TIMER_CONTRIBUTION_OVERDUE = "Timer_ContributionOverdue";
  public static final String TIMER_CONTRIBUTION_ESCALATION = "Timer_ContributionEscalation";
  public static final String SUBPROCESS_PREPARE_CONTRIBUTION = "SubProcess_PrepareContribution";
  public static final String END_CONTRIBUTION_ACCEPTED = "EndEvent_ContributionAccepted";

  public static final String SIGNED_OFF = "signed-off";
  public static final String RETURNED = "returned";
  public static final String ACCEPTED = "accepted";
  public static final String REWORK = "rework";

  /** What each kind is called in task names, the form the agency fills in, and the case's list it joins. */
  public enum Kind {
    BRIEFING_NOTE(TYPE_BRIEFING_NOTE, "briefing note", "briefing-note", "briefingNotes"),
    IMR(TYPE_IMR, "IMR", "imr", "imrs"),
    AUDIT_INFORMATION(TYPE_AUDIT_INFORMATION, "case audit information", "audit-information", "auditInformation"),
    AGENCY_SUMMARY(TYPE_AGENCY_SUMMARY, "rapid review agency summary", "agency-summary", "agencySummaries"),
    PRACTICE_CONTRIBUTION(TYPE_PRACTICE_CONTRIBUTION, "agency contribution", "practice-contribution", "practiceContributions"),
    NATIONAL_REVIEW_INFORMATION(TYPE_NATIONAL_REVIEW_INFORMATION, "national review information", "national-review-information",
        "nationalReviewInformation");

    public final String type;
    public final String label;
    public final String formId;
    public final String caseList;

    Kind(String type, String label, String formId, String caseList) {
      this.type = type;
      this.label = label;
      this.formId = formId;
      this.caseList = caseList;
    }

    public static java.util.Optional<Kind> of(Object type) {
      return java.util.Arrays.stream(values()).filter(k -> k.type.equals(type)).findFirst();
    }
  }

  private ContributionProcess() {}
}
