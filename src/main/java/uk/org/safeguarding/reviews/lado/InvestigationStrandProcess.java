package uk.org.safeguarding.reviews.lado;

import uk.org.safeguarding.reviews.engine.ProcessKeys;

/**
 * Process {@code lado-investigation-strand}: one strand of a LADO allegation's investigation (police,
 * children's social care or the employer), for the agency it is addressed to, with nothing of the
 * case but the LADO reference and what was asked. Its key and element ids.
 */
public final class InvestigationStrandProcess {

  public static final String KEY = ProcessKeys.LADO_INVESTIGATION_STRAND;

  public static final String START_STRAND_AGREED = "StartEvent_StrandAgreed";
  public static final String TASK_REPORT_STRAND_OUTCOME = "UserTask_ReportStrandOutcome";
  public static final String TIMER_STRAND_OVERDUE = "Timer_StrandOverdue";
  public static final String TASK_CHASE_STRAND = "UserTask_ChaseStrand";
  public static final String END_STRAND_REPORTED = "EndEvent_StrandReported";
  public static final String END_STRAND_CHASED = "EndEvent_StrandChased";

  /** Values of {@code strand}. */
  public static final String POLICE = "police";
  public static final String SOCIAL_CARE = "social-care";
  public static final String EMPLOYER = "employer";

  private InvestigationStrandProcess() {}
}
