package uk.org.safeguarding.reviews.contribution;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import uk.org.safeguarding.reviews.calendar.Deadlines;
import uk.org.safeguarding.reviews.calendar.Timescales;
import uk.org.safeguarding.reviews.identity.Agencies;
import uk.org.safeguarding.reviews.forms.InvalidCaseDataException;

/**
 * An agency contribution's dates: due ({@code contributionDueDate}), the reminder before it, and
 * the board chair's escalation after the grace period. At the start it checks what the caller
 * passed; when the panel sends an IMR back, the panel's rework date becomes the new due date.
 */
@Component("contributionDeadlines")
public class ContributionDeadlines implements ExecutionListener, JavaDelegate {

  private final Deadlines deadlines;
  private final Timescales timescales;
  private final Agencies agencies;

  public ContributionDeadlines(Deadlines deadlines, Timescales timescales, Agencies agencies) {
    this.deadlines = deadlines;
    this.timescales = timescales;
    this.agencies = agencies;
  }

  /** Start of the contribution. */
  @Override
  public void notify(DelegateExecution execution) {
    List<String> problems = new ArrayList<>();
    Object type = execution.getVariable("contributionType");
    if (ContributionProcess.Kind.of(type).isEmpty()) {
      problems.add("contributionType must be one of " + java.util.Arrays.stream(ContributionProcess.Kind.values())
          .map(k -> k.type).toList() + ", not '" + type + "'");
    }
    Object agency = execution.getVariable("agency");
    if (agency == null || !agencies.isActive(agency.toString())) {
      problems.add("'" + agency + "' is not a member agency");
    }
    if (execution.getVariable("contributionDueDate") == null) {
      problems.add("contributionDueDate is required");
    }
    if (!problems.isEmpty()) {
      throw new InvalidCaseDataException("Cannot request a contribution", problems);
    }
    execution.setVariable("contributionLabel", ContributionProcess.Kind.of(type).orElseThrow().label);
    setDates(execution, deadlines.closeOfBusiness(execution.getVariable("contributionDueDate")));
  }

  /** The panel sent the IMR back: its rework date is the new due date. */
  @Override
  public void execute(DelegateExecution execution) {
    Object reworkDueDate = execution.getVariable("reworkDueDate");
    if (reworkDueDate == null) {
      throw new InvalidCaseDataException("Cannot send the IMR back", List.of("'Rework due by' is required"));
    }
    if (!Deadlines.toLocalDate(reworkDueDate).isAfter(deadlines.today())) {
      throw new InvalidCaseDataException("Cannot send the IMR back",
          List.of("'Rework due by' must be after today (" + deadlines.today() + ")"));
    }
    setDates(execution, deadlines.closeOfBusiness(reworkDueDate));
  }

  private void setDates(DelegateExecution execution, Date due) {
    execution.setVariable("contributionDueDate", due);
    execution.setVariable("contributionReminderDate", deadlines.workingDaysBefore(due, timescales.getReminderWorkingDays()));
    execution.setVariable("contributionEscalationDate",
        deadlines.workingDaysAfter(due, timescales.getEscalationGraceWorkingDays()));
  }
}
