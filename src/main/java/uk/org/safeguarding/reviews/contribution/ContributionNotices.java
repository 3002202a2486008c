package uk.org.safeguarding.reviews.contribution;

import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import uk.org.safeguarding.reviews.calendar.Deadlines;
import uk.org.safeguarding.reviews.identity.Agencies;
import uk.org.safeguarding.reviews.process.ContributionCollector;
import uk.org.safeguarding.reviews.process.RegisterMilestoneListener;
import uk.org.safeguarding.reviews.register.Register;

/** What a contribution tells the review that asked for it: a reminder went out; it was accepted. */
@Configuration
public class ContributionNotices {

  /**
   * The reminder is recorded on the review's register entry; the agency's open task shows its due
   * date in Tasklist. (E-mail reminders would slot in here with Spring Mail.)
   */
  @Bean("contributionReminder")
  public JavaDelegate contributionReminder(Register register, Deadlines deadlines, Agencies agencies) {
    return execution -> register.reach(RegisterMilestoneListener.rootProcessInstanceId(execution), "contribution-reminder",
        "Reminder sent: " + execution.getVariable("contributionLabel") + " due — "
            + agencies.name((String) execution.getVariable("agency")),
        null, deadlines.today());
  }

  /** The accepted contribution joins the case's list: {@code briefingNotes}, {@code imrs} or {@code auditInformation}. */
  @Bean("reportContributionToReview")
  public org.camunda.bpm.engine.delegate.ExecutionListener reportContributionToReview(ContributionCollector contributions,
      Register register, Deadlines deadlines, Agencies agencies) {
    return execution -> {
      ContributionProcess.Kind kind = ContributionProcess.Kind.of(execution.getVariable("contributionType")).orElseThrow();
      contributions.reportToCaller(execution, kind.formId, kind.caseList);
      String agency = agencies.name((String) execution.getVariable("agency"));
      register.reach(RegisterMilestoneListener.rootProcessInstanceId(execution), kind.type + "-accepted",
          (kind == ContributionProcess.Kind.IMR ? "IMR accepted — " : "Received: " + kind.label + " — ") + agency,
          null, deadlines.today());
    };
  }
}
