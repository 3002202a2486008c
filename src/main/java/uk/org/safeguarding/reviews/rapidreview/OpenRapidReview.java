package uk.org.safeguarding.reviews.rapidreview;

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
 * Opens a rapid review: the notification is due 5 working days after the local authority became
 * aware; a notification already made cannot predate that awareness or lie in the future.
 */
@Component("openRapidReview")
public class OpenRapidReview implements JavaDelegate {

  private final CaseIntake intake;
  private final Register register;
  private final Deadlines deadlines;
  private final Timescales timescales;

  public OpenRapidReview(CaseIntake intake, Register register, Deadlines deadlines, Timescales timescales) {
    this.intake = intake;
    this.register = register;
    this.deadlines = deadlines;
    this.timescales = timescales;
  }

  @Override
  public void execute(DelegateExecution execution) {
    LocalDate today = deadlines.today();
    LocalDate awareOn = Deadlines.toLocalDate(execution.getVariable("laAwareOn"));
    Object notified = execution.getVariable("notificationSubmittedOn");
    boolean submitted = notified != null && !notified.toString().isBlank();
    List<String> problems = new ArrayList<>();
    if (submitted) {
      LocalDate notifiedOn = Deadlines.toLocalDate(notified);
      if (notifiedOn.isBefore(awareOn)) {
        problems.add("the notification (" + notifiedOn + ") cannot be before the local authority became aware (" + awareOn + ")");
      }
      if (notifiedOn.isAfter(today)) {
        problems.add("the notification date cannot be in the future (" + notifiedOn + ")");
      }
    }
    CaseIntake.Case admitted = intake.admit(execution, "Cannot open the rapid review", "laAwareOn",
        "'Date the local authority became aware'", today, problems);

    Date notificationDue = deadlines.workingDaysAfter(awareOn, timescales.getNotificationWorkingDays());
    execution.setVariable("notificationDueDate", notificationDue);
    execution.setVariable("notificationSubmitted", submitted);
    register.open(admitted.caseReference(), RapidReviewProcess.REGISTER_TYPE, execution.getProcessInstanceId(), today, entry -> {
      entry.setSummary((String) execution.getVariable("incidentSummary"));
      entry.setReferringAgency((String) execution.getVariable("childArea"));
      entry.reach("la-aware", "Local authority became aware", "notification", awareOn);
      entry.clockDue(RapidReviewProcess.CLOCK_NOTIFICATION, "Serious incident notification to the Panel within "
          + timescales.getNotificationWorkingDays() + " working days of becoming aware", Deadlines.toLocalDate(notificationDue));
    });
  }
}
