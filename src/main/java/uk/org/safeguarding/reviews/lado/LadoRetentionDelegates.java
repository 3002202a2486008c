package uk.org.safeguarding.reviews.lado;

import java.time.LocalDate;
import java.util.List;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.history.HistoricProcessInstanceQuery;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import uk.org.safeguarding.reviews.calendar.Deadlines;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import uk.org.safeguarding.reviews.engine.JsonVariables;
import uk.org.safeguarding.reviews.forms.InvalidCaseDataException;

/**
 * The {@code lado-retention-review} process's service tasks: the daily list of concluded cases past
 * retention, and the LADO's decision applied. Deleting uses Camunda's own history clean-up: the
 * case's history (every LADO process of it) gets a removal time of now, and the next clean-up window
 * deletes it; nothing here deletes history by hand.
 */
@Configuration
public class LadoRetentionDelegates {

  private final LadoRecords records;
  private final Deadlines deadlines;

  public LadoRetentionDelegates(LadoRecords records, Deadlines deadlines) {
    this.records = records;
    this.deadlines = deadlines;
  }

  /** {@code ServiceTask_ListCasesPastRetention}: none while an earlier review is still open, so a case is reviewed once. */
  @Bean("listCasesPastRetention")
  public JavaDelegate listCasesPastRetention() {
    return execution -> {
      boolean reviewOpen = execution.getProcessEngineServices().getTaskService().createTaskQuery()
          .processDefinitionKey(LadoRetentionReviewProcess.KEY).taskDefinitionKey(LadoRetentionReviewProcess.TASK_REVIEW_RETENTION)
          .count() > 0;
      List<LadoCase> past = reviewOpen ? List.of() : records.pastRetention(deadlines.today());
      execution.setVariable("casesPastRetentionCount", past.size());
      execution.setVariable("casesPastRetentionReferences", JsonVariables.json(past.stream().map(LadoCase::getReference).toList()));
      execution.setVariable("casesPastRetention", String.join("\n", past.stream().map(c -> c.getReference() + ": "
          + (c.getOutcome() == null ? c.getInitialOutcome() : c.getOutcome()) + ", concluded " + LadoRules.ukDate(c.getConcludedOn())
          + ", kept until " + LadoRules.ukDate(c.getRetentionUntil())).toList()));
    };
  }

  /** {@code ServiceTask_ApplyRetentionDecision}: delete (records now, history at the next clean-up) or keep until a later date. */
  @Bean("applyRetentionDecision")
  public JavaDelegate applyRetentionDecision() {
    return execution -> {
      List<String> references = JsonVariables.strings(execution.getVariable("casesPastRetentionReferences"));
      if (LadoRetentionReviewProcess.KEEP.equals(execution.getVariable("retentionDecision"))) {
        Object until = execution.getVariable("keepUntil");
        LocalDate keepUntil = until == null || until.toString().isBlank() ? null : Deadlines.toLocalDate(until);
        if (keepUntil == null || !keepUntil.isAfter(deadlines.today())) {
          throw new InvalidCaseDataException("Cannot keep the cases", List.of("'Keep until' must be a date after today"));
        }
        references.forEach(reference -> records.keepUntil(reference, keepUntil));
        return;
      }
      HistoryService history = execution.getProcessEngineServices().getHistoryService();
      for (String reference : references) {
        records.delete(reference);
        HistoricProcessInstanceQuery ofCase = history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(reference);
        if (ofCase.count() > 0) {
          history.setRemovalTimeToHistoricProcessInstances().absoluteRemovalTime(ClockUtil.getCurrentTime())
              .byQuery(ofCase).executeAsync();
        }
      }
    };
  }
}
