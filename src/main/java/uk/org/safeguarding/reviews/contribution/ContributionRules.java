package uk.org.safeguarding.reviews.contribution;

import uk.org.safeguarding.reviews.calendar.UkDates;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.springframework.stereotype.Service;

import uk.org.safeguarding.reviews.calendar.Deadlines;
import uk.org.safeguarding.reviews.calendar.Timescales;
import uk.org.safeguarding.reviews.identity.Agencies;
import uk.org.safeguarding.reviews.register.Register;

/**
 * The rules of one agency's contribution ({@code agency-contribution}): what a request must name, its
 * due date with the reminder before it and the board chair's escalation after the grace period, the
 * panel's rework date for an IMR sent back, and what goes on the review's register. Knows nothing of
 * Camunda: {@link ContributionDelegates} read the process variables and call it with plain values.
 */
@Service
public class ContributionRules {

  /** When the contribution is due, the day the agency is reminded, and the day the board chair is told. */
  public record Dates(LocalDate dueOn, LocalDate remindOn, LocalDate escalateOn) {}

  private final Deadlines deadlines;
  private final Timescales timescales;
  private final Agencies agencies;
  private final Register register;

  public ContributionRules(Deadlines deadlines, Timescales timescales, Agencies agencies, Register register) {
    this.deadlines = deadlines;
    this.timescales = timescales;
    this.agencies = agencies;
    this.register = register;
  }

  /** What is wrong with a request: the kind of contribution, the agency asked, and its due date. */
  public List<String> requestProblems(Object contributionType, Object agency, boolean dueDateGiven) {
    List<String> problems = new ArrayList<>();
    if (ContributionProcess.Kind.of(contributionType).isEmpty()) {
      problems.add("contributionType must be one of " + Arrays.stream(ContributionProcess.Kind.values())
          .map(k -> k.type).toList() + ", not '" + contributionType + "'");
    }
    if (agency == null || !agencies.isActive(agency.toString())) {
      problems.add("'" + agency + "' is not a member agency");
    }
    if (!dueDateGiven) {
      problems.add("contributionDueDate is required");
    }
    return problems;
  }

  /** What the kind of contribution is called in task names and notices. */
  public String label(Object contributionType) {
    return ContributionProcess.Kind.of(contributionType).orElseThrow().label;
  }

  /** The reminder goes the configured working days before the due date; escalation the grace period after it. */
  public Dates dates(LocalDate dueOn) {
    return new Dates(dueOn, deadlines.calendar().addWorkingDays(dueOn, -timescales.getReminderWorkingDays()),
        deadlines.calendar().addWorkingDays(dueOn, timescales.getEscalationGraceWorkingDays()));
  }

  /** The panel's rework date, when it sends an IMR back, must be given and after today. */
  public List<String> reworkProblems(LocalDate reworkDueOn) {
    if (reworkDueOn == null) {
      return List.of("'Rework due by' is required");
    }
    if (!reworkDueOn.isAfter(deadlines.today())) {
      return List.of("'Rework due by' must be after today (" + UkDates.day(deadlines.today()) + ")");
    }
    return List.of();
  }

  /** The reminder's subject: what is due, for which case, from which agency. */
  public String reminderSubject(String label, String caseReference, String agency) {
    return label + " — " + caseReference + " — " + agencies.name(agency);
  }

  /** The agency was reminded: it goes on the register entry of the review that asked. */
  public void recordReminder(String reviewProcessInstanceId, String label, String agency) {
    register.reach(reviewProcessInstanceId, "contribution-reminder",
        "Reminder sent: " + label + " due — " + agencies.name(agency), null, deadlines.today());
  }

  /** The contribution was accepted (an IMR by the panel, any other on submission): it goes on the register. */
  public void recordAccepted(String reviewProcessInstanceId, ContributionProcess.Kind kind, String agency) {
    register.reach(reviewProcessInstanceId, kind.type + "-accepted",
        (kind == ContributionProcess.Kind.IMR ? "IMR accepted — " : "Received: " + kind.label + " — ")
            + agencies.name(agency), null, deadlines.today());
  }
}
