package uk.org.safeguarding.reviews.engine;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.db.sql.DbSqlSessionFactory;
import org.springframework.stereotype.Component;

/**
 * An index the engine's schema lacks: every task completed or deleted is first asked for its
 * subtasks ({@code select * from ACT_RU_TASK where PARENT_TASK_ID_ = ?}), and without an index that
 * reads every open task, so each completion slowed as the open work grew (0.3 ms a completion at
 * about 2,000 open tasks in the benchmark, docs/performance.md). On PostgreSQL it holds only the
 * subtasks (none in these processes), so it costs nothing to keep. Created at start-up if missing,
 * after the engine has created or updated its schema.
 */
@Component
public class SubtaskIndex extends AbstractProcessEnginePlugin {

  public static final String NAME = "SG_IDX_TASK_PARENT";

  @Override
  public void postProcessEngineBuild(ProcessEngine engine) {
    ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    String create = "create index if not exists " + NAME + " on " + EngineIndexes.table(configuration, "ACT_RU_TASK") + " (PARENT_TASK_ID_)";
    if (DbSqlSessionFactory.POSTGRES.equals(configuration.getDatabaseType())) {
      create += " where PARENT_TASK_ID_ is not null";
    } else if (!DbSqlSessionFactory.H2.equals(configuration.getDatabaseType())) {
      return;
    }
    EngineIndexes.create(configuration, "index of subtasks", java.util.List.of(create));
  }

  @Override
  public String toString() {
    return "index of subtasks";
  }
}
