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
import uk.org.safeguarding.reviews.process.CaseIntake;
import uk.org.safeguarding.reviews.register.Register;

/**
 * Opens a serious case review: sets the completion deadline (6 months from the decision to
 * initiate, WT2010 ch. 8) and its reminder, and puts the review on the register.
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
    CaseIntake.Case admitted = intake.admit(execution, "Cannot open the serious case review", decidedOn, problems);

    Date due = deadlines.monthsAfter(decidedOn, timescales.getReviewCompletionMonths());
    execution.setVariable("decidedOn", deadlines.startOfBusinessOn(decidedOn));
    execution.setVariable("reviewDueDate", due);
    execution.setVariable("reviewReminderDate", deadlines.workingDaysBefore(due, timescales.getReviewReminderWorkingDays()));
    register.open(admitted.caseReference(), ReviewProcess.REGISTER_TYPE, execution.getProcessInstanceId(), decidedOn, entry -> {
      entry.setSummary((String) execution.getVariable("incidentSummary"));
      entry.setDueOn(Deadlines.toLocalDate(due));
      entry.reach("board-aware", "Board became aware", null, admitted.awareOn());
      entry.reach("scr-initiated", "Board chair decided to initiate the SCR", "in-progress", decidedOn);
    });
  }
}
