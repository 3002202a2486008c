package uk.org.safeguarding.reviews.localreview;

import java.time.LocalDate;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import uk.org.safeguarding.reviews.calendar.Deadlines;
import uk.org.safeguarding.reviews.cases.CaseIntake;
import uk.org.safeguarding.reviews.register.Register;

/** Opens a local learning review on the register. */
@Component("openLocalReview")
public class OpenLocalReview implements JavaDelegate {

  private final CaseIntake intake;
  private final Register register;
  private final Deadlines deadlines;

  public OpenLocalReview(CaseIntake intake, Register register, Deadlines deadlines) {
    this.intake = intake;
    this.register = register;
    this.deadlines = deadlines;
  }

  @Override
  public void execute(DelegateExecution execution) {
    LocalDate today = deadlines.today();
    CaseIntake.Case admitted = intake.admit(execution, "Cannot open the local learning review", today, List.of());
    register.open(admitted.caseReference(), LocalLearningReviewProcess.REGISTER_TYPE, execution.getProcessInstanceId(),
        today, entry -> {
          entry.setSummary((String) execution.getVariable("incidentSummary"));
          entry.setOutcomeReason((String) execution.getVariable("localReviewReasons"));
          entry.reach("board-aware", "Board became aware", null, admitted.awareOn());
          entry.reach("local-review-started", "Local learning review started", "in-progress", today);
        });
  }
}
