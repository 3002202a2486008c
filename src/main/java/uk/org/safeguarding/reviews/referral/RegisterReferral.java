package uk.org.safeguarding.reviews.referral;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import uk.org.safeguarding.reviews.calendar.Deadlines;
import uk.org.safeguarding.reviews.identity.Agencies;
import uk.org.safeguarding.reviews.process.InvalidCaseDataException;
import uk.org.safeguarding.reviews.process.JsonVariables;
import uk.org.safeguarding.reviews.register.Register;

/**
 * Checks what the form cannot (dates, agencies, a case already open) and puts the referral on the
 * register. Sets {@code referredOn} and the agency choices for the triage form.
 */
@Component("registerReferral")
public class RegisterReferral implements JavaDelegate {

  private final Register register;
  private final Agencies agencies;
  private final Deadlines deadlines;

  public RegisterReferral(Register register, Agencies agencies, Deadlines deadlines) {
    this.register = register;
    this.agencies = agencies;
    this.deadlines = deadlines;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String caseReference = ((String) execution.getVariable("caseReference")).trim();
    LocalDate today = deadlines.today();
    List<String> problems = new ArrayList<>();
    LocalDate awareOn = Deadlines.toLocalDate(execution.getVariable("boardAwareOn"));
    if (awareOn.isAfter(today)) {
      problems.add("'Date the board became aware' cannot be in the future (" + awareOn + ")");
    }
    List<String> involved = JsonVariables.strings(execution.getVariable("agenciesInvolved"));
    List<String> unknown = agencies.unknown(involved);
    if (!unknown.isEmpty()) {
      problems.add("unknown agencies involved: " + unknown);
    }
    if (register.hasOpenCase(caseReference)) {
      problems.add("case '" + caseReference + "' is already open on the register");
    }
    if (!problems.isEmpty()) {
      throw new InvalidCaseDataException("Cannot register the referral", problems);
    }
    execution.setVariable("caseReference", caseReference);
    execution.setVariable("agenciesInvolved", JsonVariables.json(involved));
    execution.setVariable("agencyOptions", agencies.formOptionsVariable());
    execution.setVariable("referredOn", deadlines.startOfBusinessOn(today));
    execution.setProcessBusinessKey(caseReference);
    register.open(caseReference, ReferralProcess.REGISTER_TYPE, execution.getProcessInstanceId(), today, entry -> {
      entry.setSummary((String) execution.getVariable("incidentSummary"));
      entry.setReferringAgency((String) execution.getVariable("referringAgency"));
      entry.setStatus("triage");
      entry.reach("referral-received", "Referral received", "triage", today);
      entry.reach("board-aware", "Board became aware", null, awareOn);
    });
  }
}
