package uk.org.safeguarding.reviews.cases;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.db.entitymanager.DbEntityManager;
import org.camunda.bpm.engine.impl.db.entitymanager.cache.DbEntityState;
import org.camunda.bpm.engine.impl.history.event.HistoricDetailEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricFormPropertyEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.persistence.entity.ByteArrayEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.HistoricVariableInstanceEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.springframework.stereotype.Component;

import uk.org.safeguarding.reviews.calendar.Deadlines;
import uk.org.safeguarding.reviews.engine.JsonVariables;

/**
 * What a chair or the LADO writes about an agency's late work (a chase, an escalation) belongs to the
 * case, not to the agency's own process, which the agency reads with its history. A step that names its
 * fields in the extension property {@code keptFromAgency} ("chaseNotes,chaseExpectedBy") has them, when
 * it is completed, moved to the case that called the agency's process: added to its Json list
 * {@value #CASE_VARIABLE} (the step, who, when, the agency, the fields), and taken out of the agency's
 * process in the same step, so that neither its variables nor its history ever hold them. Runs after the
 * form's own check (a built-in listener), so what is moved was checked.
 */
@Component("notesKeptFromTheAgency")
public class NotesKeptFromTheAgency implements TaskListener {

  /** The case's record of what was written about agencies' late work. */
  public static final String CASE_VARIABLE = "notesOnAgencies";

  @Override
  public void notify(DelegateTask task) {
    BaseElement element = task.getBpmnModelElementInstance();
    String fields = RegisterMilestoneListener.property(element, "keptFromAgency");
    if (fields == null) {
      throw new IllegalStateException("Step " + element.getId() + " keeps notes from the agency but names none ('keptFromAgency')");
    }
    ExecutionEntity execution = (ExecutionEntity) task.getExecution();
    ExecutionEntity caller = execution.getProcessInstance().getSuperExecution();
    if (caller == null) {
      throw new IllegalStateException("Step " + element.getId() + " keeps notes from the agency, but its process has no case that called it");
    }
    Map<String, Object> entry = new LinkedHashMap<>();
    entry.put("step", task.getName());
    Authentication user = Context.getCommandContext().getAuthentication();
    entry.put("by", user != null ? user.getUserId() : task.getAssignee());
    entry.put("on", DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(ClockUtil.getCurrentTime().toInstant().atZone(Deadlines.LONDON)));
    String agencyVariable = RegisterMilestoneListener.property(element, "forAgency");
    if (agencyVariable != null) {
      entry.put("agency", execution.getVariable(agencyVariable));
    }
    List<String> names = List.of(fields.split("\\s*,\\s*"));
    Map<String, Object> written = new LinkedHashMap<>();
    for (String name : names) {
      Object value = execution.getVariable(name);
      written.put(name, value instanceof java.util.Date date ? date.toInstant().toString() : value);
      execution.removeVariable(name);
    }
    entry.put("fields", written);
    ExecutionEntity caseProcess = caller.getProcessInstance();
    List<Map<String, Object>> notes = new ArrayList<>(JsonVariables.records(caseProcess.getVariable(CASE_VARIABLE)));
    notes.add(entry);
    caseProcess.setVariable(CASE_VARIABLE, JsonVariables.json(notes));
    forgetHistoryOf(execution.getProcessInstanceId(), names);
  }

  /**
   * The history rows this step made of the fields in the agency's process (their values as set, then
   * removed), not yet written: left unwritten, so that the process's history never holds them.
   */
  private static void forgetHistoryOf(String processInstanceId, List<String> names) {
    DbEntityManager rows = Context.getCommandContext().getDbEntityManager();
    List<String> variableIds = new ArrayList<>();
    List<String> longTexts = new ArrayList<>();
    for (HistoricVariableInstanceEntity variable : rows.getCachedEntitiesByType(HistoricVariableInstanceEntity.class)) {
      if (processInstanceId.equals(variable.getProcessInstanceId()) && names.contains(variable.getName()) && unwritten(rows, variable)) {
        variableIds.add(variable.getId());
        longTexts.add(variable.getByteArrayId());
        rows.delete(variable);
      }
    }
    for (HistoricDetailEventEntity cached : rows.getCachedEntitiesByType(HistoricDetailEventEntity.class)) {
      if (cached instanceof HistoricVariableUpdateEventEntity detail && variableIds.contains(detail.getVariableInstanceId())
          && unwritten(rows, detail)) {
        longTexts.add(detail.getByteArrayId());
        rows.delete(detail);
      } else if (cached instanceof HistoricFormPropertyEventEntity formField && processInstanceId.equals(formField.getProcessInstanceId())
          && names.contains(formField.getPropertyId()) && unwritten(rows, formField)) {
        // a form submitted as Tasklist submits it (submit-form) also records each field as it was sent
        rows.delete(formField);
      }
    }
    // a text longer than a column (the LADO's chase, up to 8,000 characters) is kept in a byte array of its own
    for (ByteArrayEntity bytes : rows.getCachedEntitiesByType(ByteArrayEntity.class)) {
      if (longTexts.contains(bytes.getId()) && unwritten(rows, bytes)) {
        rows.delete(bytes);
      }
    }
  }

  private static boolean unwritten(DbEntityManager rows, org.camunda.bpm.engine.impl.db.DbEntity entity) {
    return rows.getDbEntityCache().getCachedEntity(entity).getEntityState() == DbEntityState.TRANSIENT;
  }
}
