package uk.org.safeguarding.reviews.review;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import uk.org.safeguarding.reviews.calendar.Deadlines;
import uk.org.safeguarding.reviews.calendar.Timescales;
import uk.org.safeguarding.reviews.cases.CaseIntake;
import uk.org.safeguarding.reviews.register.Register;

/**
 * Opens a serious case review, or (with {@code reviewMode} {@code cspr}) a local child safeguarding
 * practice review: sets the deadline (an SCR completed within 6 months of the decision to
 * initiate, WT2010 ch. 8; a CSPR published within 6 months of the decision, WT2018) and its
 * reminder, and puts the review and its clock on the register.
 */
@Component("openReview")
public class OpenReview implements JavaDelegate {

  private final CaseIntake intake;
  private final Register register;
  private final Deadlines deadlines;
  private final Timescales timescales;

  public OpenReview(CaseIntake intake, Register register, Deadlines deadlines, Timescales timescales) {
    this.intake = intake;
    this.register = register;
    this.deadlines = deadlines;
    this.timescales = timescales;
  }

  @Override
  public void execute(DelegateExecution execution) {
    LocalDate today = deadlines.today();
    Object decided = execution.getVariable("decidedOn");
    LocalDate decidedOn = decided == null || decided.toString().isBlank() ? today : Deadlines.toLocalDate(decided);
    List<String> problems = new ArrayList<>();
    if (decidedOn.isAfter(today)) {
      problems.add("the decision to initiate cannot be in the future (" + decidedOn + ")");
    }
    boolean cspr = ReviewProcess.MODE_CSPR.equals(execution.getVariable("reviewMode"));
    CaseIntake.Case admitted = intake.admit(execution,
        cspr ? "Cannot open the local child safeguarding practice review" : "Cannot open the serious case review", decidedOn, problems);

    Date due = deadlines.monthsAfter(decidedOn, cspr ? timescales.getCsprPublicationMonths() : timescales.getReviewCompletionMonths());
    execution.setVariable("reviewMode", cspr ? ReviewProcess.MODE_CSPR : ReviewProcess.MODE_SCR);
    execution.setVariable("decidedOn", deadlines.startOfBusinessOn(decidedOn));
    execution.setVariable("reviewDueDate", due);
    execution.setVariable("reviewReminderDate", deadlines.workingDaysBefore(due, timescales.getReviewReminderWorkingDays()));
    register.open(admitted.caseReference(), cspr ? ReviewProcess.REGISTER_TYPE_CSPR : ReviewProcess.REGISTER_TYPE,
        execution.getProcessInstanceId(), decidedOn, entry -> {
      entry.setSummary((String) execution.getVariable("incidentSummary"));
      entry.setDueOn(Deadlines.toLocalDate(due));
      entry.reach("board-aware", cspr ? "Local authority became aware" : "Board became aware", null, admitted.awareOn());
      if (cspr) {
        entry.reach("cspr-commissioned", "Safeguarding partners commissioned a local CSPR", "in-progress", decidedOn);
        entry.clockDue(ReviewProcess.CLOCK_PUBLICATION, "Local CSPR published within 6 months of the decision", Deadlines.toLocalDate(due));
      } else {
        entry.reach("scr-initiated", "Board chair decided to initiate the SCR", "in-progress", decidedOn);
        entry.clockDue(ReviewProcess.CLOCK_COMPLETION, "SCR completed within 6 months of the decision to initiate", Deadlines.toLocalDate(due));
      }
    });
  }
}
