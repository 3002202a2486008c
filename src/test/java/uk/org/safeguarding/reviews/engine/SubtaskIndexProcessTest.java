package uk.org.safeguarding.reviews.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.ConnectionCallback;

import uk.org.safeguarding.reviews.support.ProcessTest;
import uk.org.safeguarding.reviews.support.ProcessTestBase;

/**
 * The engine's look-up of a task's subtasks, made on every completion, reads an index instead of
 * every open task ({@link SubtaskIndex}); subtasks are still found and removed with their task.
 */
@ProcessTest
class SubtaskIndexProcessTest extends ProcessTestBase {

  @Test
  void theSubtaskLookUpOfEveryCompletionUsesTheIndex() {
    String plan = jdbc.execute((ConnectionCallback<String>) connection -> {
      boolean postgres = connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
      try (var statement = connection.createStatement()) {
        if (postgres) {
          // a small table is read whole whatever indexes it has: asked not to, the planner shows whether one serves
          statement.execute("set enable_seqscan = off");
        }
        StringBuilder text = new StringBuilder();
        try (var rows = statement.executeQuery("explain select * from ACT_RU_TASK where PARENT_TASK_ID_ = 'a-task'")) {
          while (rows.next()) {
            text.append(rows.getString(1)).append('\n');
          }
        }
        if (postgres) {
          statement.execute("reset enable_seqscan");
        }
        return text.toString();
      }
    });
    assertThat(plan.toLowerCase()).contains(SubtaskIndex.NAME.toLowerCase()).doesNotContain("seq scan");
  }

  @Test
  void aTasksSubtasksAreStillFoundAndGoWithIt() {
    Task parent = taskService.newTask();
    parent.setName("Prepare the panel's papers");
    taskService.saveTask(parent);
    Task subtask = taskService.newTask();
    subtask.setName("Copy the chronology");
    subtask.setParentTaskId(parent.getId());
    taskService.saveTask(subtask);

    assertThat(taskService.getSubTasks(parent.getId())).extracting(Task::getName).containsExactly("Copy the chronology");
    taskService.deleteTasks(List.of(parent.getId()), true);
    assertThat(taskService.createTaskQuery().taskId(subtask.getId()).count()).isZero();
  }
}
