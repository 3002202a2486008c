package uk.org.safeguarding.reviews.drafts;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The drafts table: one draft per task and person (the form's values as JSON text, and when they
 * were saved). Plain JDBC on the application's data source, so a draft removed by the engine's task
 * listener goes in the same transaction as the task's completion.
 */
@Component
public class TaskDrafts {

  /** A person's saved values for one task. */
  public record Draft(String taskId, String userId, String formValues, Instant savedAt) {}

  private final JdbcClient jdbc;

  public TaskDrafts(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public Optional<Draft> find(String taskId, String userId) {
    return jdbc.sql("SELECT form_values, saved_at FROM task_draft WHERE task_id = ? AND user_id = ?")
        .params(taskId, userId)
        .query((rs, row) -> new Draft(taskId, userId, rs.getString("form_values"), rs.getTimestamp("saved_at").toInstant()))
        .optional();
  }

  /** Saves (or replaces) the person's draft of the task. */
  public void save(String taskId, String userId, String formValues, Instant savedAt) {
    int updated = jdbc.sql("UPDATE task_draft SET form_values = ?, saved_at = ? WHERE task_id = ? AND user_id = ?")
        .params(formValues, Timestamp.from(savedAt), taskId, userId).update();
    if (updated == 0) {
      jdbc.sql("INSERT INTO task_draft (task_id, user_id, form_values, saved_at) VALUES (?, ?, ?, ?)")
          .params(taskId, userId, formValues, Timestamp.from(savedAt)).update();
    }
  }

  public void delete(String taskId, String userId) {
    jdbc.sql("DELETE FROM task_draft WHERE task_id = ? AND user_id = ?").params(taskId, userId).update();
  }

  /**
   * Everyone's drafts of the task: it is done (completed) or gone (deleted). On the engine's own
   * connection, from its task listener, in the engine's transaction; a plain statement, as it runs at
   * every step anyone completes (Spring's JDBC client took more time than the statement).
   */
  static void deleteAll(Connection engineConnection, String taskId) {
    try (PreparedStatement delete = engineConnection.prepareStatement("DELETE FROM task_draft WHERE task_id = ?")) {
      delete.setString(1, taskId);
      delete.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("Could not remove the drafts of a finished task: " + e.getMessage(), e);
    }
  }

  public int count(String taskId) {
    return jdbc.sql("SELECT COUNT(*) FROM task_draft WHERE task_id = ?").param(taskId).query(Integer.class).single();
  }
}
