package uk.org.safeguarding.reviews.audit;

import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import uk.org.safeguarding.reviews.cases.CaseOpening;

/**
 * The {@code case-audit} process's service tasks, under the names its model uses. The audit has no
 * rules of its own, so no service of its own: opening is {@link CaseOpening}'s, and its
 * {@code recordAppointments} and {@code closeReview} are the serious case review's ({@code review.ReviewDelegates}).
 */
@Configuration
public class CaseAuditDelegates {

  /** What a refusal to open the audit says. */
  static final String OPENING_REFUSAL = "Cannot open the case audit";

  /** The milestone the audit starts with on the register, and the status it gives the entry. */
  static final CaseOpening.Start STARTED = new CaseOpening.Start("case-audit-started", "Case audit started", "in-progress");

  /** Opens the case audit: the case admitted, then on the register with the reasons for it. */
  @Bean("openCaseAudit")
  public JavaDelegate openCaseAudit(CaseOpening opening) {
    return execution -> opening.open(execution, OPENING_REFUSAL, CaseAuditProcess.REGISTER_TYPE, STARTED,
        entry -> entry.setOutcomeReason((String) execution.getVariable("auditReasons")));
  }
}
