package uk.org.safeguarding.reviews.engine;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.batch.Batch;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.db.entitymanager.DbEntityManager;
import org.camunda.bpm.engine.impl.history.event.HistoricDetailEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricProcessInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.camunda.bpm.engine.impl.persistence.entity.HistoricVariableInstanceEntity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * History is given the date it will be removed as it is written: the start of the process started on
 * its own that it belongs to (a referral, a review once initiated, a notification, an allegation, with
 * the processes each calls) plus that process's time-to-live (README "History kept"; the engine's
 * removal-time strategy {@code start}, set in {@code application.yaml}). Nothing is then rewritten when
 * a case ends: with the strategy {@code end}, every history row of the process and those it called was
 * updated at that moment (seventeen statements, half of the database's work of a completion that ends a
 * process, docs/performance.md).
 *
 * <p>History written before the strategy was {@code start} has no removal time while its process is
 * still open, and would be kept for ever. At start-up such processes are given theirs, counted from
 * their start, by the engine's own batch (run by the job executor, as the nightly clean-up is). While a
 * batch of removal times is still to run, none is added: the next start looks again (two nodes starting
 * together may each add one; the second finds the dates already set).
 *
 * <p>One gap of the engine's is closed here too: a process's initiator (e.g. the referral's
 * {@code referredBy}, who started it) is stored before the process's own history begins, so its
 * history rows found no removal time and would never be removed. When such a process starts, its
 * history rows written earlier in the same step are given its removal time before they are written
 * ({@link DatingEarlierRows}).
 */
@Component
public class HistoryRemovalTimes extends AbstractProcessEnginePlugin {

  private static final Logger LOG = LoggerFactory.getLogger(HistoryRemovalTimes.class);

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getCustomHistoryEventHandlers() == null) {
      configuration.setCustomHistoryEventHandlers(new ArrayList<>());
    }
    configuration.getCustomHistoryEventHandlers().add(new DatingEarlierRows());
  }

  @Override
  public void postProcessEngineBuild(ProcessEngine engine) {
    ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    if (ProcessEngineConfiguration.HISTORY_REMOVAL_TIME_STRATEGY_START.equals(configuration.getHistoryRemovalTimeStrategy())) {
      dateUndatedHistory(engine);
    }
  }

  /** The processes (started on their own) given a removal time now: none while such a batch is still to run. */
  public List<String> dateUndatedHistory(ProcessEngine engine) {
    if (engine.getManagementService().createBatchQuery().type(Batch.TYPE_PROCESS_SET_REMOVAL_TIME).count() > 0) {
      return List.of();
    }
    List<String> processes = undatedProcesses((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration());
    if (!processes.isEmpty()) {
      engine.getHistoryService().setRemovalTimeToHistoricProcessInstances().calculatedRemovalTime()
          .byIds(processes.toArray(String[]::new)).hierarchical().executeAsync();
      LOG.info("{} process(es) started before history was dated from their start: their history is given its removal date by a batch",
          processes.size());
    }
    return processes;
  }

  /** Processes started on their own (root process instances) with no removal time, of definitions with a time-to-live. */
  private static List<String> undatedProcesses(ProcessEngineConfigurationImpl configuration) {
    String sql = "select P.ID_ from " + EngineIndexes.table(configuration, "ACT_HI_PROCINST") + " P join "
        + EngineIndexes.table(configuration, "ACT_RE_PROCDEF") + " D on D.ID_ = P.PROC_DEF_ID_"
        + " where P.ROOT_PROC_INST_ID_ = P.ID_ and P.REMOVAL_TIME_ is null and D.HISTORY_TTL_ is not null";
    List<String> ids = new ArrayList<>();
    try (Connection connection = configuration.getDataSource().getConnection();
        PreparedStatement statement = connection.prepareStatement(sql);
        ResultSet rows = statement.executeQuery()) {
      while (rows.next()) {
        ids.add(rows.getString(1));
      }
    } catch (SQLException e) {
      LOG.warn("Cases without a history removal date were not looked for now ({}); the next start looks again", e.getMessage());
    }
    return ids;
  }

  /**
   * Beside the engine's own history handler: when a process started on its own starts, the rows of its
   * history already made in this step without a removal time (its initiator variable, as value and as
   * detail) are given its removal time, before the step's rows are written.
   */
  static final class DatingEarlierRows implements HistoryEventHandler {

    @Override
    public void handleEvent(HistoryEvent event) {
      if (event instanceof HistoricProcessInstanceEventEntity started && event.isEventOfType(HistoryEventTypes.PROCESS_INSTANCE_START)
          && started.getId().equals(started.getRootProcessInstanceId()) && started.getRemovalTime() != null) {
        DbEntityManager rows = Context.getCommandContext().getDbEntityManager();
        for (HistoricDetailEventEntity detail : rows.getCachedEntitiesByType(HistoricDetailEventEntity.class)) {
          if (detail.getRemovalTime() == null && started.getId().equals(detail.getRootProcessInstanceId())) {
            detail.setRemovalTime(started.getRemovalTime());
          }
        }
        for (HistoricVariableInstanceEntity variable : rows.getCachedEntitiesByType(HistoricVariableInstanceEntity.class)) {
          if (variable.getRemovalTime() == null && started.getId().equals(variable.getRootProcessInstanceId())) {
            variable.setRemovalTime(started.getRemovalTime());
          }
        }
      }
    }

    @Override
    public void handleEvents(List<HistoryEvent> events) {
      events.forEach(this::handleEvent);
    }
  }

  @Override
  public String toString() {
    return "history removal dates";
  }
}
