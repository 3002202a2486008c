package uk.org.safeguarding.reviews.review;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

import uk.org.safeguarding.reviews.calendar.Deadlines;
import uk.org.safeguarding.reviews.calendar.Timescales;
import uk.org.safeguarding.reviews.identity.Groups;
import uk.org.safeguarding.reviews.notification.Notices;
import uk.org.safeguarding.reviews.forms.InvalidCaseDataException;
import uk.org.safeguarding.reviews.engine.JsonVariables;
import uk.org.safeguarding.reviews.register.Register;

/**
 * The review's completion deadline: extension requests and decisions, and the reminder. Called
 * from BPMN as {@code reviewDeadline}. An approved extension moves {@code reviewDueDate} and
 * {@code reviewReminderDate}; the model then re-enters the deadline scope so its timers follow.
 */
@Component("reviewDeadline")
public class ReviewDeadline {

  private final Deadlines deadlines;
  private final Timescales timescales;
  private final Register register;
  private final Notices notices;

  public ReviewDeadline(Deadlines deadlines, Timescales timescales, Register register, Notices notices) {
    this.notices = notices;
    this.deadlines = deadlines;
    this.timescales = timescales;
    this.register = register;
  }

  /** An extension must move the deadline later, and to a future date. */
  public void checkExtensionRequest(DelegateTask task) {
    LocalDate current = Deadlines.toLocalDate(task.getVariable("reviewDueDate"));
    LocalDate proposed = Deadlines.toLocalDate(task.getVariable("proposedDueDate"));
    if (!proposed.isAfter(current) || !proposed.isAfter(deadlines.today())) {
      throw new InvalidCaseDataException("Cannot request the extension", List.of(
          "'Proposed new completion date' (" + proposed + ") must be after the current deadline (" + current + ") and after today"));
    }
  }

  /** Records the board chair's decision; an approval moves the deadline. */
  public void recordDecision(DelegateExecution execution) {
    boolean approved = "approved".equals(execution.getVariable("extensionDecision"));
    LocalDate today = deadlines.today();
    Map<String, Object> record = new LinkedHashMap<>();
    record.put("decidedOn", today.toString());
    record.put("previousDueDate", Deadlines.toLocalDate(execution.getVariable("reviewDueDate")).toString());
    record.put("proposedDueDate", Deadlines.toLocalDate(execution.getVariable("proposedDueDate")).toString());
    record.put("reason", execution.getVariable("extensionReason"));
    record.put("decision", approved ? "approved" : "refused");
    record.put("decisionReasons", execution.getVariable("extensionDecisionReasons"));
    List<Object> extensions = new ArrayList<>(JsonVariables.list(execution.getVariable("extensions")));
    extensions.add(record);
    execution.setVariable("extensions", JsonVariables.json(extensions));

    if (approved) {
      Date due = deadlines.closeOfBusiness(execution.getVariable("proposedDueDate"));
      execution.setVariable("reviewDueDate", due);
      execution.setVariable("reviewReminderDate", deadlines.workingDaysBefore(due, timescales.getReviewReminderWorkingDays()));
      register.update(execution.getProcessInstanceId(), entry -> {
        entry.setDueOn(Deadlines.toLocalDate(due));
        // the review's own clock (an SCR's completion, a CSPR's publication) moves with it
        for (String clock : List.of(ReviewProcess.CLOCK_COMPLETION, ReviewProcess.CLOCK_PUBLICATION)) {
          if (entry.clock(clock) != null) {
            entry.clockDue(clock, null, Deadlines.toLocalDate(due));
          }
        }
        entry.reach("extension-approved", "Extension approved to " + Deadlines.toLocalDate(due), null, today);
      });
    } else {
      register.reach(execution.getProcessInstanceId(), "extension-refused", "Extension refused", null, today);
    }
    // the next request starts from a clean form
    execution.removeVariable("extensionReason");
    execution.removeVariable("proposedDueDate");
  }

  /**
   * A local CSPR's final report goes to the National Panel and the Secretary of State ahead of
   * publication: the planned publication must be at least the configured notice (default 7 working
   * days) after the report was sent.
   */
  public void checkPrePublicationNotice(DelegateTask task) {
    LocalDate sent = Deadlines.toLocalDate(task.getVariable("reportSentOn"));
    LocalDate planned = Deadlines.toLocalDate(task.getVariable("plannedPublicationDate"));
    int notice = timescales.getPrePublicationNoticeWorkingDays();
    LocalDate earliest = deadlines.calendar().addWorkingDays(sent, notice);
    List<String> problems = new ArrayList<>();
    if (sent.isAfter(deadlines.today())) {
      problems.add("'Date the report was sent' cannot be in the future (" + sent + ")");
    }
    if (planned.isBefore(earliest)) {
      problems.add("publication on " + planned + " would give the Panel and the Secretary of State less than " + notice
          + " working days' notice: publish on or after " + earliest);
    }
    if (!problems.isEmpty()) {
      throw new InvalidCaseDataException("Cannot record the pre-publication notice", problems);
    }
    register.update(task.getProcessInstanceId(), entry -> {
      entry.clockDue(ReviewProcess.CLOCK_PRE_PUBLICATION_NOTICE, "Final report to the Panel and Secretary of State " + notice
          + " working days before publication", deadlines.calendar().addWorkingDays(planned, -notice));
      entry.clockDone(ReviewProcess.CLOCK_PRE_PUBLICATION_NOTICE, sent);
      entry.reach("report-sent-to-panel", "Final report sent to the Panel and the Secretary of State", null, sent);
    });
  }

  /** The SCR group chair is reminded by e-mail; the reminder goes on the register. */
  public void remind(DelegateExecution execution) {
    notices.remind(Groups.SCR_GROUP_CHAIR, "review completion — " + execution.getVariable("caseReference"),
        (Date) execution.getVariable("reviewDueDate"));
    register.reach(execution.getProcessInstanceId(), "completion-reminder",
        "Reminder: review due " + Deadlines.toLocalDate(execution.getVariable("reviewDueDate")), null, deadlines.today());
  }
}
