package uk.org.safeguarding.reviews.contribution;

import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import uk.org.safeguarding.reviews.calendar.Deadlines;
import uk.org.safeguarding.reviews.identity.Agencies;
import uk.org.safeguarding.reviews.identity.Agency;
import uk.org.safeguarding.reviews.notification.Notices;
import uk.org.safeguarding.reviews.cases.ContributionCollector;
import uk.org.safeguarding.reviews.cases.RegisterMilestoneListener;
import uk.org.safeguarding.reviews.register.Register;

/** What a contribution tells the review that asked for it: a reminder went out; it was accepted. */
@Configuration
public class ContributionNotices {

  /**
   * The reminder is e-mailed to the agency's group and recorded on the review's register entry;
   * the agency's open task shows its due date in Tasklist.
   */
  @Bean("contributionReminder")
  public JavaDelegate contributionReminder(Register register, Deadlines deadlines, Agencies agencies, Notices notices) {
    return execution -> {
      String agency = (String) execution.getVariable("agency");
      String what = execution.getVariable("contributionLabel") + " — " + execution.getVariable("caseReference")
          + " — " + agencies.name(agency);
      notices.remind(Agency.GROUP_PREFIX + agency, what, (java.util.Date) execution.getVariable("contributionDueDate"));
      register.reach(RegisterMilestoneListener.rootProcessInstanceId(execution), "contribution-reminder",
          "Reminder sent: " + execution.getVariable("contributionLabel") + " due — " + agencies.name(agency),
          null, deadlines.today());
    };
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
