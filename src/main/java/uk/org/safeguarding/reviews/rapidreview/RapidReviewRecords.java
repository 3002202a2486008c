package uk.org.safeguarding.reviews.rapidreview;

import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import uk.org.safeguarding.reviews.calendar.Deadlines;
import uk.org.safeguarding.reviews.register.Register;

@Configuration
public class RapidReviewRecords {

  /** The rapid review meeting, on the day it was held, with its immediate safeguarding actions recorded on the case. */
  @Bean("recordImmediateActions")
  public ExecutionListener recordImmediateActions(Register register) {
    return execution -> register.reach(execution.getProcessInstanceId(), "rapid-review-meeting",
        "Rapid review meeting held; immediate safeguarding actions recorded", null,
        Deadlines.toLocalDate(execution.getVariable("meetingHeldOn")));
  }
}
