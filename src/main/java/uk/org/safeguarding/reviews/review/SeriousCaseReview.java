package uk.org.safeguarding.reviews.review;

import uk.org.safeguarding.reviews.calendar.UkDates;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;

import uk.org.safeguarding.reviews.calendar.Deadlines;
import uk.org.safeguarding.reviews.calendar.Timescales;
import uk.org.safeguarding.reviews.register.Register;

/**
 * The rules of a serious case review, and of a local child safeguarding practice review (the same
 * process with {@code reviewMode} {@code cspr}): the deadline and its reminder, extensions, the notice
 * before publication, and what goes on the register. Knows nothing of Camunda: {@link ReviewDelegates}
 * read the process variables and call it with plain values.
 */
@Service
public class SeriousCaseReview {

  /** When the review is due, and the day its chair is reminded. */
  public record Deadline(LocalDate dueOn, LocalDate remindOn) {}

  /**
   * A review being opened: the case as admitted and the decision to initiate (or commission) it;
   * {@code rapidReviewInstanceId}: the rapid review it came from, or null.
   */
  public record Opening(String processInstanceId, String caseReference, boolean cspr, LocalDate decidedOn,
      LocalDate awareOn, String summary, String rapidReviewInstanceId) {}

  /** The board chair's decision on an extension request. */
  public record ExtensionDecision(boolean approved, LocalDate currentDueOn, LocalDate proposedDueOn, String reason,
      String decisionReasons) {}

  /** What a decision leaves: a line for the {@code extensions} list, and the new deadline (null when refused). */
  public record ExtensionOutcome(Map<String, Object> record, Deadline newDeadline) {}

  private final Register register;
  private final Deadlines deadlines;
  private final Timescales timescales;

  public SeriousCaseReview(Register register, Deadlines deadlines, Timescales timescales) {
    this.register = register;
    this.deadlines = deadlines;
    this.timescales = timescales;
  }

  /** The day the review was decided on: the one given, or today. */
  public LocalDate decidedOn(LocalDate given) {
    return given == null ? deadlines.today() : given;
  }

  /** What is wrong with the decision to initiate, reported with the rest of the case's problems. */
  public List<String> decisionProblems(LocalDate decidedOn) {
    List<String> problems = new ArrayList<>();
    if (decidedOn.isAfter(deadlines.today())) {
      problems.add("the decision to initiate cannot be in the future (" + UkDates.day(decidedOn) + ")");
    }
    return problems;
  }

  /** What a refusal to open the review says. */
  public String openingRefusal(boolean cspr) {
    return cspr ? "Cannot open the local child safeguarding practice review" : "Cannot open the serious case review";
  }

  /**
   * An SCR is completed within 6 months of the decision to initiate (WT2010 ch. 8); a local CSPR is
   * published within 6 months of the decision (WT2018). Both are configurable.
   */
  public Deadline deadline(boolean cspr, LocalDate decidedOn) {
    int months = cspr ? timescales.getCsprPublicationMonths() : timescales.getReviewCompletionMonths();
    return deadlineOn(Deadlines.toLocalDate(deadlines.monthsAfter(decidedOn, months)));
  }

  /** Puts the review and its clock on the register; returns its deadline. */
  public Deadline open(Opening review) {
    Deadline deadline = deadline(review.cspr(), review.decidedOn());
    LocalDate dueOn = deadline.dueOn();
    register.open(review.caseReference(), review.cspr() ? ReviewProcess.REGISTER_TYPE_CSPR : ReviewProcess.REGISTER_TYPE,
        review.processInstanceId(), review.decidedOn(), entry -> {
      entry.setSummary(review.summary());
      entry.setRapidReviewInstanceId(review.rapidReviewInstanceId());
      entry.setDueOn(dueOn);
      entry.reach("board-aware", review.cspr() ? "Local authority became aware" : "Board became aware", null, review.awareOn());
      if (review.cspr()) {
        entry.reach("cspr-commissioned", "Safeguarding partners commissioned a local CSPR", "in-progress", review.decidedOn());
        entry.clockDue(ReviewProcess.CLOCK_PUBLICATION, "Local CSPR published within 6 months of the decision", review.decidedOn(),
            dueOn);
      } else {
        entry.reach("scr-initiated", "Board chair decided to initiate the SCR", "in-progress", review.decidedOn());
        entry.clockDue(ReviewProcess.CLOCK_COMPLETION, "SCR completed within 6 months of the decision to initiate",
            review.decidedOn(), dueOn);
      }
    });
    return deadline;
  }

  /** An extension must move the deadline later, and to a future date. */
  public List<String> extensionRequestProblems(LocalDate currentDueOn, LocalDate proposedDueOn) {
    List<String> problems = new ArrayList<>();
    if (!proposedDueOn.isAfter(currentDueOn) || !proposedDueOn.isAfter(deadlines.today())) {
      problems.add("'Proposed new completion date' (" + proposedDueOn + ") must be after the current deadline ("
          + currentDueOn + ") and after today");
    }
    return problems;
  }

  /**
   * Records the board chair's decision on the register. An approval moves the deadline, and the
   * review's own clock (an SCR's completion, a CSPR's publication) with it.
   */
  public ExtensionOutcome decideExtension(String processInstanceId, ExtensionDecision decision) {
    LocalDate today = deadlines.today();
    Map<String, Object> record = new LinkedHashMap<>();
    record.put("decidedOn", today.toString());
    record.put("previousDueDate", decision.currentDueOn().toString());
    record.put("proposedDueDate", decision.proposedDueOn().toString());
    record.put("reason", decision.reason());
    record.put("decision", decision.approved() ? "approved" : "refused");
    record.put("decisionReasons", decision.decisionReasons());
    if (!decision.approved()) {
      register.reach(processInstanceId, "extension-refused", "Extension refused", null, today);
      return new ExtensionOutcome(record, null);
    }
    Deadline moved = deadlineOn(decision.proposedDueOn());
    LocalDate dueOn = moved.dueOn();
    register.update(processInstanceId, entry -> {
      entry.setDueOn(dueOn);
      for (String clock : List.of(ReviewProcess.CLOCK_COMPLETION, ReviewProcess.CLOCK_PUBLICATION)) {
        if (entry.clock(clock) != null) {
          entry.clockDue(clock, null, dueOn);
        }
      }
      entry.reach("extension-approved", "Extension approved to " + dueOn, null, today);
    });
    return new ExtensionOutcome(record, moved);
  }

  /**
   * A local CSPR's final report goes to the National Panel and the Secretary of State ahead of
   * publication: the planned publication must be at least the configured notice (default 7 working
   * days) after the report was sent, which cannot be in the future.
   */
  public List<String> prePublicationNoticeProblems(LocalDate sentOn, LocalDate plannedPublicationOn) {
    int notice = timescales.getPrePublicationNoticeWorkingDays();
    LocalDate earliest = deadlines.calendar().addWorkingDays(sentOn, notice);
    List<String> problems = new ArrayList<>();
    if (sentOn.isAfter(deadlines.today())) {
      problems.add("'Date the report was sent' cannot be in the future (" + UkDates.day(sentOn) + ")");
    }
    if (plannedPublicationOn.isBefore(earliest)) {
      problems.add("publication on " + plannedPublicationOn + " would give the Panel and the Secretary of State less than "
          + notice + " working days' notice: publish on or after " + earliest);
    }
    return problems;
  }

  /** The notice clock on the register: due that many working days before the planned publication, done when sent. */
  public void recordPrePublicationNotice(String processInstanceId, LocalDate sentOn, LocalDate plannedPublicationOn) {
    int notice = timescales.getPrePublicationNoticeWorkingDays();
    register.update(processInstanceId, entry -> {
      entry.clockDue(ReviewProcess.CLOCK_PRE_PUBLICATION_NOTICE, "Final report to the Panel and Secretary of State " + notice
          + " working days before publication", plannedPublicationOn,
          deadlines.calendar().addWorkingDays(plannedPublicationOn, -notice));
      entry.clockDone(ReviewProcess.CLOCK_PRE_PUBLICATION_NOTICE, sentOn);
      entry.reach("report-sent-to-panel", "Final report sent to the Panel and the Secretary of State", null, sentOn);
    });
  }

  /** The chair was reminded of the deadline: it goes on the register. */
  public void recordReminder(String processInstanceId, LocalDate dueOn) {
    register.reach(processInstanceId, "completion-reminder", "Reminder: review due " + dueOn, null, deadlines.today());
  }

  /**
   * The people appointed to lead the review, recorded as its panel chair (for a local CSPR, case
   * audit or local learning review: the reviewer or auditor) and overview author. Either may be null.
   */
  public void recordAppointments(String processInstanceId, String chair, String overviewAuthor) {
    LocalDate today = deadlines.today();
    register.update(processInstanceId, entry -> {
      if (chair != null) {
        entry.setPanelChair(chair);
      }
      if (overviewAuthor != null) {
        entry.setOverviewAuthor(overviewAuthor);
      }
      entry.reach("appointed", chair == null ? "Appointed" : "Appointed: " + chair, null, today);
    });
  }

  /**
   * Publication and outcome: published in full or as an executive summary, or not published with
   * reasons; on the day given (or today). A local CSPR's publication clock is done that day.
   */
  public void recordPublication(String processInstanceId, String decision, LocalDate publishedOn, String evaluationGrade,
      String reasons, String publicationLink) {
    LocalDate on = publishedOn == null ? deadlines.today() : publishedOn;
    register.update(processInstanceId, entry -> {
      entry.setOutcome(evaluationGrade);
      if (!ReviewProcess.NOT_PUBLISH.equals(decision)) {
        entry.setPublishedOn(on);
        entry.setPublicationLink(publicationLink == null || publicationLink.isBlank() ? null : publicationLink.trim());
      }
      if (ReviewProcess.NOT_PUBLISH.equals(decision)) {
        entry.setOutcomeReason(reasons);
        entry.reach("not-published", "Not published, with reasons", null, on);
      } else {
        entry.reach("published", ReviewProcess.PUBLISH_SUMMARY.equals(decision) ? "Executive summary published" : "Report published",
            null, on);
      }
      if (entry.clock(ReviewProcess.CLOCK_PUBLICATION) != null) {
        entry.clockDone(ReviewProcess.CLOCK_PUBLICATION, on);
      }
    });
  }

  /** Closes the review once every action is completed and signed off. */
  public void close(String processInstanceId) {
    LocalDate today = deadlines.today();
    register.update(processInstanceId, entry -> {
      entry.reach("closed", "Closed: every action completed and signed off", "closed", today);
      entry.close(null, null, today);
    });
  }

  private Deadline deadlineOn(LocalDate dueOn) {
    return new Deadline(dueOn, deadlines.calendar().addWorkingDays(dueOn, -timescales.getReviewReminderWorkingDays()));
  }
}
