package uk.org.safeguarding.reviews.localreview;

import java.time.LocalDate;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import uk.org.safeguarding.reviews.calendar.Deadlines;
import uk.org.safeguarding.reviews.forms.InvalidCaseDataException;
import uk.org.safeguarding.reviews.register.Register;

/**
 * Records the published 7-minute briefing on the register, dated the day it was published, when the
 * business manager completes {@code UserTask_PublishSevenMinuteBriefing}. A publication date in the
 * future is refused and the task stays open. Called from BPMN as {@code ${recordSevenMinuteBriefing}}.
 */
@Component("recordSevenMinuteBriefing")
public class SevenMinuteBriefing implements TaskListener {

  private final Register register;
  private final Deadlines deadlines;

  public SevenMinuteBriefing(Register register, Deadlines deadlines) {
    this.register = register;
    this.deadlines = deadlines;
  }

  @Override
  public void notify(DelegateTask task) {
    LocalDate publishedOn = Deadlines.toLocalDate(task.getVariable("briefingPublishedOn"));
    if (publishedOn.isAfter(deadlines.today())) {
      throw new InvalidCaseDataException("Cannot complete '" + task.getName() + "'",
          List.of("'Date the briefing was published' cannot be in the future (" + publishedOn + ")"));
    }
    String where = (String) task.getVariable("briefingPublishedWhere");
    String description = "7-minute briefing published: " + where.trim();
    register.reach(task.getProcessInstanceId(), LocalLearningReviewProcess.MILESTONE_BRIEFING_PUBLISHED,
        description.length() > 200 ? description.substring(0, 197) + "..." : description, "action-plan-monitoring",
        publishedOn);
  }
}
