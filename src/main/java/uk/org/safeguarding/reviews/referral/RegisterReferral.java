package uk.org.safeguarding.reviews.referral;

import java.time.LocalDate;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import uk.org.safeguarding.reviews.calendar.Deadlines;
import uk.org.safeguarding.reviews.cases.CaseIntake;
import uk.org.safeguarding.reviews.register.Register;

/**
 * Admits the referral (see {@link CaseIntake}) and puts it on the register; sets {@code referredOn},
 * from which the triage deadline runs.
 */
@Component("registerReferral")
public class RegisterReferral implements JavaDelegate {

  private final CaseIntake intake;
  private final Register register;
  private final Deadlines deadlines;

  public RegisterReferral(CaseIntake intake, Register register, Deadlines deadlines) {
    this.intake = intake;
    this.register = register;
    this.deadlines = deadlines;
  }

  @Override
  public void execute(DelegateExecution execution) {
    LocalDate today = deadlines.today();
    CaseIntake.Case admitted = intake.admit(execution, "Cannot register the referral", today, List.of());
    execution.setVariable("referredOn", deadlines.startOfBusinessOn(today));
    if (execution.getVariable("mediaInterest") == null) {
      execution.setVariable("mediaInterest", false);
    }
    register.open(admitted.caseReference(), ReferralProcess.REGISTER_TYPE, execution.getProcessInstanceId(), today, entry -> {
      entry.setSummary((String) execution.getVariable("incidentSummary"));
      entry.setReferringAgency((String) execution.getVariable("referringAgency"));
      entry.reach("board-aware", "Board became aware", null, admitted.awareOn());
      entry.reach("referral-received", "Referral received", "triage", today);
    });
  }
}
