package uk.org.safeguarding.reviews.referral;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;

import uk.org.safeguarding.reviews.engine.ProcessKeys;
import uk.org.safeguarding.reviews.calendar.Deadlines;
import uk.org.safeguarding.reviews.engine.SystemActions;
import uk.org.safeguarding.reviews.register.Register;

/**
 * The three ends of a referral: a serious case review started, a case audit started, or no
 * further action logged on the tracker with its reason. Each closes the referral on the register.
 */
@Configuration
public class ReferralOutcomes {

  public static final String SERIOUS_CASE_REVIEW = ProcessKeys.SERIOUS_CASE_REVIEW;
  public static final String CASE_AUDIT = ProcessKeys.CASE_AUDIT;

  private final Register register;
  private final Deadlines deadlines;
  private final RuntimeService runtimeService;
  private final SystemActions system;

  public ReferralOutcomes(Register register, Deadlines deadlines, @Lazy RuntimeService runtimeService, SystemActions system) {
    this.register = register;
    this.deadlines = deadlines;
    this.runtimeService = runtimeService;
    this.system = system;
  }

  @Bean("startSeriousCaseReview")
  public JavaDelegate startSeriousCaseReview() {
    return execution -> {
      close(execution, "scr-initiated", "scr", reasons(execution));
      Map<String, Object> vars = caseVariables(execution);
      vars.put("scrCriteria", execution.getVariable("scrCriteria"));
      vars.put("decisionReasons", execution.getVariable("decisionReasons"));
      start(execution, SERIOUS_CASE_REVIEW, vars);
    };
  }

  @Bean("startCaseAudit")
  public JavaDelegate startCaseAudit() {
    return execution -> {
      close(execution, "case-audit", "case-audit", reasons(execution));
      Map<String, Object> vars = caseVariables(execution);
      vars.put("auditReasons", reasons(execution));
      start(execution, CASE_AUDIT, vars);
    };
  }

  @Bean("logNoFurtherAction")
  public JavaDelegate logNoFurtherAction() {
    return execution -> close(execution, "no-further-action", "no-further-action", reasons(execution));
  }

  private void close(DelegateExecution execution, String status, String outcome, String reason) {
    LocalDate today = deadlines.today();
    register.update(execution.getProcessInstanceId(), entry -> {
      entry.reach("referral-closed-" + outcome, "Referral closed: " + outcome, status, today);
      entry.close(outcome, reason, today);
    });
  }

  /** The board chair's reasons where the board chair decided, otherwise the SCR group chair's. */
  private static String reasons(DelegateExecution execution) {
    Object decision = execution.getVariable("decisionReasons");
    return decision != null ? decision.toString() : String.valueOf(execution.getVariable("recommendationReasons"));
  }

  private static Map<String, Object> caseVariables(DelegateExecution execution) {
    Map<String, Object> vars = new LinkedHashMap<>();
    for (String name : new String[] {"caseReference", "incidentSummary", "boardAwareOn", "agenciesInvolved", "mediaInterest"}) {
      vars.put(name, execution.getVariable(name));
    }
    vars.put("referralProcessInstanceId", execution.getProcessInstanceId());
    return vars;
  }

  /** The referral starts the review the decision called for: an action of the application, not of the person. */
  private void start(DelegateExecution execution, String processKey, Map<String, Object> vars) {
    system.run(() -> runtimeService.startProcessInstanceByKey(processKey, (String) execution.getVariable("caseReference"), vars));
  }
}
