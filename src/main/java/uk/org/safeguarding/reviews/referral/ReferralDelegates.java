package uk.org.safeguarding.reviews.referral;

import java.util.LinkedHashMap;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import uk.org.safeguarding.reviews.calendar.Deadlines;
import uk.org.safeguarding.reviews.cases.CaseOpening;
import uk.org.safeguarding.reviews.engine.SystemActions;

/**
 * The {@code safeguarding-referral} process's service tasks and listeners, under the names its model
 * uses: each reads the process variables, calls {@link ReferralRules}, and writes back what the
 * model needs. Starting the serious case review or case audit an outcome calls for stays here: it
 * needs the engine.
 */
@Configuration
public class ReferralDelegates {

  private final ReferralRules rules;
  private final Deadlines deadlines;
  private final SystemActions system;

  public ReferralDelegates(ReferralRules rules, Deadlines deadlines, SystemActions system) {
    this.rules = rules;
    this.deadlines = deadlines;
    this.system = system;
  }

  /**
   * Opens the referral (see {@link CaseOpening}: admitted, then on the register); sets {@code referredOn},
   * from which the triage deadline runs, and {@code mediaInterest} (false) when not given.
   */
  @Bean("registerReferral")
  public JavaDelegate registerReferral(CaseOpening opening) {
    return execution -> {
      opening.open(execution, "Cannot register the referral", ReferralProcess.REGISTER_TYPE, ReferralRules.RECEIVED,
          entry -> entry.setReferringAgency((String) execution.getVariable("referringAgency")));
      execution.setVariable("referredOn", deadlines.startOfBusinessOn(rules.referredOn()));
      if (execution.getVariable("mediaInterest") == null) {
        execution.setVariable("mediaInterest", false);
      }
    };
  }

  /** Puts the SCR group chair's recommendation on the register. */
  @Bean("recordRecommendation")
  public ExecutionListener recordRecommendation() {
    return execution -> rules.recordRecommendation(execution.getProcessInstanceId(),
        (String) execution.getVariable("recommendation"));
  }

  @Bean("startSeriousCaseReview")
  public JavaDelegate startSeriousCaseReview() {
    return execution -> end(execution, ReferralRules.Outcome.SERIOUS_CASE_REVIEW);
  }

  @Bean("startCaseAudit")
  public JavaDelegate startCaseAudit() {
    return execution -> end(execution, ReferralRules.Outcome.CASE_AUDIT);
  }

  @Bean("logNoFurtherAction")
  public JavaDelegate logNoFurtherAction() {
    return execution -> end(execution, ReferralRules.Outcome.NO_FURTHER_ACTION);
  }

  /** Closes the referral on the register, then starts the process the outcome calls for, if any. */
  private void end(DelegateExecution execution, ReferralRules.Outcome outcome) {
    String reasons = rules.reasons(text(execution.getVariable("decisionReasons")),
        text(execution.getVariable("recommendationReasons")));
    rules.close(execution.getProcessInstanceId(), outcome, reasons);
    if (outcome.processKey() == null) {
      return;
    }
    Map<String, Object> read = new LinkedHashMap<>();
    for (String name : rules.passedOn(outcome)) {
      read.put(name, execution.getVariable(name));
    }
    Map<String, Object> vars = rules.startVariables(outcome, execution.getProcessInstanceId(), read, reasons);
    // the referral starts the review the decision called for: an action of the application, not of the person
    system.run(() -> execution.getProcessEngineServices().getRuntimeService().startProcessInstanceByKey(outcome.processKey(),
        (String) execution.getVariable("caseReference"), vars));
  }

  private static String text(Object value) {
    return value == null ? null : value.toString();
  }
}
