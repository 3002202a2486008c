package uk.org.safeguarding.reviews.cases;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import uk.org.safeguarding.reviews.calendar.Deadlines;
import uk.org.safeguarding.reviews.register.Register;
import uk.org.safeguarding.reviews.register.RegisterEntry;

/**
 * Opening a case, the same for every kind: the case is admitted ({@link CaseIntake}: its reference
 * and awareness date checked, no case of that reference open), then put on the register with its
 * summary, when the board became aware, and the milestone that starts it.
 */
@Component
public class CaseOpening {

  /** The milestone a case starts with, and the status it gives the entry. */
  public record Start(String milestone, String label, String status) {}

  private final CaseIntake intake;
  private final Register register;
  private final Deadlines deadlines;

  public CaseOpening(CaseIntake intake, Register register, Deadlines deadlines) {
    this.intake = intake;
    this.register = register;
    this.deadlines = deadlines;
  }

  /**
   * @param refusal what a refusal says could not be done, e.g. "Cannot open the case audit"
   * @param details what this kind of case records beside the summary
   */
  public CaseIntake.Case open(DelegateExecution execution, String refusal, String registerType, Start start,
      Consumer<RegisterEntry> details) {
    LocalDate today = deadlines.today();
    CaseIntake.Case admitted = intake.admit(execution, refusal, today, List.of());
    register.open(admitted.caseReference(), registerType, execution.getProcessInstanceId(), today, entry -> {
      entry.setSummary((String) execution.getVariable("incidentSummary"));
      entry.setRapidReviewInstanceId((String) execution.getVariable("rapidReviewProcessInstanceId"));
      details.accept(entry);
      entry.reach("board-aware", "Board became aware", null, admitted.awareOn());
      entry.reach(start.milestone(), start.label(), start.status(), today);
    });
    return admitted;
  }
}
