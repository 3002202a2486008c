package uk.org.safeguarding.reviews.referral;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import uk.org.safeguarding.reviews.calendar.Deadlines;
import uk.org.safeguarding.reviews.cases.CaseOpening;

/**
 * Opens the referral (see {@link CaseOpening}: admitted, then on the register); sets {@code referredOn},
 * from which the triage deadline runs.
 */
@Component("registerReferral")
public class RegisterReferral implements JavaDelegate {

  private static final CaseOpening.Start RECEIVED = new CaseOpening.Start("referral-received", "Referral received", "triage");

  private final CaseOpening opening;
  private final Deadlines deadlines;

  public RegisterReferral(CaseOpening opening, Deadlines deadlines) {
    this.opening = opening;
    this.deadlines = deadlines;
  }

  @Override
  public void execute(DelegateExecution execution) {
    opening.open(execution, "Cannot register the referral", ReferralProcess.REGISTER_TYPE, RECEIVED,
        entry -> entry.setReferringAgency((String) execution.getVariable("referringAgency")));
    execution.setVariable("referredOn", deadlines.startOfBusinessOn(deadlines.today()));
    if (execution.getVariable("mediaInterest") == null) {
      execution.setVariable("mediaInterest", false);
    }
  }
}
