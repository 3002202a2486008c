package uk.org.safeguarding.reviews.localreview;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import uk.org.safeguarding.reviews.cases.CaseOpening;

/** Opens a local learning review on the register. */
@Component("openLocalReview")
public class OpenLocalReview implements JavaDelegate {

  private static final CaseOpening.Start STARTED =
      new CaseOpening.Start("local-review-started", "Local learning review started", "in-progress");

  private final CaseOpening opening;

  public OpenLocalReview(CaseOpening opening) {
    this.opening = opening;
  }

  @Override
  public void execute(DelegateExecution execution) {
    opening.open(execution, "Cannot open the local learning review", LocalLearningReviewProcess.REGISTER_TYPE, STARTED,
        entry -> entry.setOutcomeReason((String) execution.getVariable("localReviewReasons")));
  }
}
