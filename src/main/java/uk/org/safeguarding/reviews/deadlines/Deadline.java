package uk.org.safeguarding.reviews.deadlines;

import java.time.LocalDate;
import java.util.Date;

/**
 * One open deadline of a case, as a manager reads it: what is due, from whom, when, and how many
 * working days are left (negative: overdue by that many).
 *
 * @param kind {@code task} (a step someone must do), {@code timer} (a reminder, chase or mark still to
 *     fire) or {@code clock} (a statutory or local clock on the register, not yet met, fired or not)
 * @param state {@code overdue}, {@code due-soon} (within 5 working days) or {@code open}
 * @param escalation a chase or escalation: someone above the party is now holding it
 */
public record Deadline(String kind, String caseReference, String processKey, String process, String what, String party,
    Date due, LocalDate dueOn, int workingDaysLeft, String state, boolean escalation, String processInstanceId,
    String taskId, String cockpitLink, String tasklistLink) {

  public static final String OVERDUE = "overdue";
  public static final String DUE_SOON = "due-soon";
  public static final String OPEN = "open";
}
