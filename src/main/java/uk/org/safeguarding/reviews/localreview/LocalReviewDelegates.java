package uk.org.safeguarding.reviews.localreview;

import java.time.LocalDate;
import java.util.List;

import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import uk.org.safeguarding.reviews.calendar.Deadlines;
import uk.org.safeguarding.reviews.cases.CaseOpening;
import uk.org.safeguarding.reviews.forms.InvalidCaseDataException;

/**
 * The {@code local-learning-review} process's service tasks and listeners, under the names its model
 * uses: each reads the process variables, calls {@link LocalLearningReview} (or, to open, {@link CaseOpening}),
 * and writes back what the model needs. Its {@code recordAppointments} and {@code closeReview} are the
 * serious case review's ({@code review.ReviewDelegates}).
 */
@Configuration
public class LocalReviewDelegates {

  private final LocalLearningReview review;

  public LocalReviewDelegates(LocalLearningReview review) {
    this.review = review;
  }

  /** Opens the local learning review: the case admitted, then on the register with the reasons for it. */
  @Bean("openLocalReview")
  public JavaDelegate openLocalReview(CaseOpening opening) {
    return execution -> opening.open(execution, LocalLearningReview.OPENING_REFUSAL, LocalLearningReviewProcess.REGISTER_TYPE,
        LocalLearningReview.STARTED, entry -> entry.setOutcomeReason((String) execution.getVariable("localReviewReasons")));
  }

  /**
   * On completing {@code UserTask_PublishSevenMinuteBriefing}: the published briefing goes on the
   * register; a publication date in the future is refused and the task stays open.
   */
  @Bean("recordSevenMinuteBriefing")
  public TaskListener recordSevenMinuteBriefing() {
    return task -> {
      LocalDate publishedOn = Deadlines.toLocalDate(task.getVariable("briefingPublishedOn"));
      List<String> problems = review.briefingProblems(publishedOn);
      if (!problems.isEmpty()) {
        throw new InvalidCaseDataException("Cannot complete '" + task.getName() + "'", problems);
      }
      review.recordBriefing(task.getProcessInstanceId(), publishedOn, (String) task.getVariable("briefingPublishedWhere"),
          (String) task.getVariable("briefingSummary"), (String) task.getVariable("findings"));
    };
  }
}
