package uk.org.safeguarding.reviews.engine;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Indexes of the engine's own tables that its schema lacks for what this application does at scale,
 * created at start-up (after the engine has created or updated its schema) if missing. Each node may
 * try at once: a failure is logged, not fatal, and the next start tries again.
 */
public final class EngineIndexes {

  private static final Logger LOG = LoggerFactory.getLogger(EngineIndexes.class);

  private EngineIndexes() {
  }

  /** The table's name with the engine's table prefix, if one is set. */
  public static String table(ProcessEngineConfigurationImpl engine, String table) {
    return (engine.getDatabaseTablePrefix() == null ? "" : engine.getDatabaseTablePrefix()) + table;
  }

  /** Runs each {@code create index if not exists} statement in its own transaction. */
  public static void create(ProcessEngineConfigurationImpl engine, String what, List<String> statements) {
    try (Connection connection = engine.getDataSource().getConnection(); Statement statement = connection.createStatement()) {
      connection.setAutoCommit(true);
      for (String create : statements) {
        statement.execute(create);
      }
    } catch (SQLException e) {
      LOG.warn("The {} were not created now ({}); another node may be creating them", what, e.getMessage());
    }
  }
}
