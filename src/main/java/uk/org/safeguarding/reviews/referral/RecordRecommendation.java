package uk.org.safeguarding.reviews.referral;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

import uk.org.safeguarding.reviews.calendar.Deadlines;
import uk.org.safeguarding.reviews.register.Register;

/** Puts the SCR group chair's recommendation on the register. */
@Component("recordRecommendation")
public class RecordRecommendation implements ExecutionListener {

  private final Register register;
  private final Deadlines deadlines;

  public RecordRecommendation(Register register, Deadlines deadlines) {
    this.register = register;
    this.deadlines = deadlines;
  }

  @Override
  public void notify(DelegateExecution execution) {
    String recommendation = (String) execution.getVariable("recommendation");
    String status = ReferralProcess.RECOMMEND_SCR.equals(recommendation) ? "awaiting-board-chair-decision" : null;
    register.reach(execution.getProcessInstanceId(), "recommendation-" + recommendation,
        "SCR group chair recommended: " + recommendation, status, deadlines.today());
  }
}
