package uk.org.safeguarding.reviews.register;

import java.time.LocalDate;
import java.util.List;

/**
 * Where the one-case view finds a case's action plan: the action plan package answers (the register
 * knows no process).
 */
public interface ActionPlanSource {

  /** The case's actions, each with whether it is overdue on {@code today}. */
  List<EntryView.PlannedAction> actionsOf(String caseReference, LocalDate today);
}
