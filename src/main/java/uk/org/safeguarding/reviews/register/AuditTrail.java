package uk.org.safeguarding.reviews.register;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.springframework.stereotype.Component;

/**
 * Who did what on a case: every task completed, claimed or assigned, every variable changed,
 * every process started or cancelled by a person, across all the case's processes (referral,
 * review, each agency's contribution, action plan). Read from Camunda's user operation log.
 */
@Component
public class AuditTrail {

  public record Entry(Date timestamp, String userId, String operation, String entity, String property,
      String previousValue, String newValue, String processDefinitionKey, String processInstanceId, String taskId) {}

  private final HistoryService historyService;

  public AuditTrail(HistoryService historyService) {
    this.historyService = historyService;
  }

  public List<Entry> forCase(String caseReference) {
    List<Entry> entries = new ArrayList<>();
    for (HistoricProcessInstance instance : historyService.createHistoricProcessInstanceQuery()
        .processInstanceBusinessKey(caseReference).unlimitedList()) {
      for (UserOperationLogEntry log : historyService.createUserOperationLogQuery()
          .processInstanceId(instance.getId()).unlimitedList()) {
        entries.add(new Entry(log.getTimestamp(), log.getUserId(), log.getOperationType(), log.getEntityType(),
            log.getProperty(), log.getOrgValue(), log.getNewValue(), log.getProcessDefinitionKey(),
            log.getProcessInstanceId(), log.getTaskId()));
      }
    }
    entries.sort(Comparator.comparing(Entry::timestamp));
    return entries;
  }
}
