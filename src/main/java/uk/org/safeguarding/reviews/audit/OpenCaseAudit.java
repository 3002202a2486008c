package uk.org.safeguarding.reviews.audit;

import java.time.LocalDate;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import uk.org.safeguarding.reviews.calendar.Deadlines;
import uk.org.safeguarding.reviews.cases.CaseIntake;
import uk.org.safeguarding.reviews.register.Register;

/** Opens a case audit on the register. */
@Component("openCaseAudit")
public class OpenCaseAudit implements JavaDelegate {

  private final CaseIntake intake;
  private final Register register;
  private final Deadlines deadlines;

  public OpenCaseAudit(CaseIntake intake, Register register, Deadlines deadlines) {
    this.intake = intake;
    this.register = register;
    this.deadlines = deadlines;
  }

  @Override
  public void execute(DelegateExecution execution) {
    LocalDate today = deadlines.today();
    CaseIntake.Case admitted = intake.admit(execution, "Cannot open the case audit", today, List.of());
    register.open(admitted.caseReference(), CaseAuditProcess.REGISTER_TYPE, execution.getProcessInstanceId(), today, entry -> {
      entry.setSummary((String) execution.getVariable("incidentSummary"));
      entry.setOutcomeReason((String) execution.getVariable("auditReasons"));
      entry.reach("board-aware", "Board became aware", null, admitted.awareOn());
      entry.reach("case-audit-started", "Case audit started", "in-progress", today);
    });
  }
}
