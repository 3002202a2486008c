package uk.org.safeguarding.reviews.lado;

import uk.org.safeguarding.reviews.engine.ProcessKeys;

/**
 * Process {@code lado-escalation}: the board chair is told that a LADO case passed 12 months from
 * the allegation without an outcome, with the LADO reference and the date only. Its key and ids.
 */
public final class LadoEscalationProcess {

  public static final String KEY = ProcessKeys.LADO_ESCALATION;

  public static final String START_TWELVE_MONTHS_PASSED = "StartEvent_TwelveMonthsPassed";
  public static final String TASK_NOTE_LADO_ESCALATION = "UserTask_NoteLadoEscalation";
  public static final String END_ESCALATION_NOTED = "EndEvent_EscalationNoted";

  private LadoEscalationProcess() {}
}
