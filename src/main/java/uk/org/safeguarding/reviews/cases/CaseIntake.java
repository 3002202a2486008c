package uk.org.safeguarding.reviews.cases;

import uk.org.safeguarding.reviews.calendar.UkDates;

import uk.org.safeguarding.reviews.engine.JsonVariables;
import uk.org.safeguarding.reviews.forms.InvalidCaseDataException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import uk.org.safeguarding.reviews.calendar.Deadlines;
import uk.org.safeguarding.reviews.identity.Agencies;
import uk.org.safeguarding.reviews.register.Register;

/**
 * What every case process checks when it opens, beyond its form: the awareness date is not in the
 * future, the agencies are member agencies, and no other case of the same reference is open. On
 * success the case reference becomes the business key and the agency choices are set for forms.
 */
@Component
public class CaseIntake {

  public record Case(String caseReference, LocalDate awareOn, List<String> agencies) {}

  private final Register register;
  private final Agencies agencies;
  private final Deadlines deadlines;

  public CaseIntake(Register register, Agencies agencies, Deadlines deadlines) {
    this.register = register;
    this.agencies = agencies;
    this.deadlines = deadlines;
  }

  /**
   * @param latestAwareOn the awareness date may not be later than this (today, or a decision date)
   * @param moreProblems problems the caller found itself, reported together with these
   */
  public Case admit(DelegateExecution execution, String what, LocalDate latestAwareOn, List<String> moreProblems) {
    return admit(execution, what, "boardAwareOn", "'Date the board became aware'", latestAwareOn, moreProblems);
  }

  /** As above, for a case whose awareness date is another variable (e.g. the local authority's, {@code laAwareOn}). */
  public Case admit(DelegateExecution execution, String what, String awarenessVariable, String awarenessLabel,
      LocalDate latestAwareOn, List<String> moreProblems) {
    String caseReference = ((String) execution.getVariable("caseReference")).trim();
    LocalDate awareOn = Deadlines.toLocalDate(execution.getVariable(awarenessVariable));
    List<String> involved = JsonVariables.strings(execution.getVariable("agenciesInvolved"));
    List<String> problems = new ArrayList<>(moreProblems);
    if (awareOn.isAfter(deadlines.today())) {
      problems.add(awarenessLabel + " cannot be in the future (" + UkDates.day(awareOn) + ")");
    } else if (awareOn.isAfter(latestAwareOn)) {
      problems.add("the board cannot have become aware (" + UkDates.day(awareOn) + ") after the decision (" + UkDates.day(latestAwareOn) + ")");
    }
    List<String> unknown = agencies.unknown(involved);
    if (!unknown.isEmpty()) {
      problems.add("unknown agencies involved: " + unknown);
    }
    if (register.hasOpenCase(caseReference)) {
      problems.add("case '" + caseReference + "' is already open on the register");
    }
    if (!problems.isEmpty()) {
      throw new InvalidCaseDataException(what, problems);
    }
    execution.setProcessBusinessKey(caseReference);
    execution.setVariable("caseReference", caseReference);
    execution.setVariable("agenciesInvolved", JsonVariables.json(involved));
    execution.setVariable("agencyOptions", agencies.formOptionsVariable());
    return new Case(caseReference, awareOn, involved);
  }
}
