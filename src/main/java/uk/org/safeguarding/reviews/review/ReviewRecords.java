package uk.org.safeguarding.reviews.review;

import java.time.LocalDate;

import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import uk.org.safeguarding.reviews.calendar.Deadlines;
import uk.org.safeguarding.reviews.register.Register;

/** What a review writes on the register as it goes: appointments, publication and outcome, closure. */
@Configuration
public class ReviewRecords {

  private final Register register;
  private final Deadlines deadlines;

  public ReviewRecords(Register register, Deadlines deadlines) {
    this.register = register;
    this.deadlines = deadlines;
  }

  /**
   * The independent panel chair and overview author (or, for a case audit, the auditor as chair; for
   * a local learning review, its lead reviewer).
   */
  @Bean("recordAppointments")
  public ExecutionListener recordAppointments() {
    return execution -> register.update(execution.getProcessInstanceId(), entry -> {
      Object chair = execution.hasVariable("panelChair") ? execution.getVariable("panelChair")
          : execution.hasVariable("reviewerName") ? execution.getVariable("reviewerName") : execution.getVariable("auditorName");
      if (chair != null) {
        entry.setPanelChair(chair.toString());
      }
      if (execution.hasVariable("overviewAuthor")) {
        entry.setOverviewAuthor((String) execution.getVariable("overviewAuthor"));
      }
      entry.reach("appointed", chair == null ? "Appointed" : "Appointed: " + chair, null, deadlines.today());
    });
  }

  @Bean("recordPublication")
  public ExecutionListener recordPublication() {
    return execution -> {
      String decision = (String) execution.getVariable("publicationDecision");
      Object publishedOn = execution.getVariable("publishedOn");
      LocalDate on = publishedOn == null || publishedOn.toString().isBlank() ? deadlines.today() : Deadlines.toLocalDate(publishedOn);
      register.update(execution.getProcessInstanceId(), entry -> {
        entry.setOutcome((String) execution.getVariable("evaluationGrade"));
        if (ReviewProcess.NOT_PUBLISH.equals(decision)) {
          entry.setOutcomeReason((String) execution.getVariable("publicationReasons"));
          entry.reach("not-published", "Not published, with reasons", null, on);
        } else {
          entry.reach("published", ReviewProcess.PUBLISH_SUMMARY.equals(decision) ? "Executive summary published" : "Report published", null, on);
        }
        if (entry.clock(ReviewProcess.CLOCK_PUBLICATION) != null) {
          entry.clockDone(ReviewProcess.CLOCK_PUBLICATION, on);
        }
      });
    };
  }

  /** Closes the review once every action is completed and signed off. */
  @Bean("closeReview")
  public JavaDelegate closeReview() {
    return execution -> {
      LocalDate today = deadlines.today();
      register.update(execution.getProcessInstanceId(), entry -> {
        entry.reach("closed", "Closed: every action completed and signed off", "closed", today);
        entry.close(null, null, today);
      });
    };
  }
}
