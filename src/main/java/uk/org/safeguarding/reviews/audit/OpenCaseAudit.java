package uk.org.safeguarding.reviews.audit;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import uk.org.safeguarding.reviews.cases.CaseOpening;

/** Opens a case audit on the register. */
@Component("openCaseAudit")
public class OpenCaseAudit implements JavaDelegate {

  private static final CaseOpening.Start STARTED = new CaseOpening.Start("case-audit-started", "Case audit started", "in-progress");

  private final CaseOpening opening;

  public OpenCaseAudit(CaseOpening opening) {
    this.opening = opening;
  }

  @Override
  public void execute(DelegateExecution execution) {
    opening.open(execution, "Cannot open the case audit", CaseAuditProcess.REGISTER_TYPE, STARTED,
        entry -> entry.setOutcomeReason((String) execution.getVariable("auditReasons")));
  }
}
