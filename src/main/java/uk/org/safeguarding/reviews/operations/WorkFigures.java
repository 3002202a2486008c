package uk.org.safeguarding.reviews.operations;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import uk.org.safeguarding.reviews.engine.SystemActions;

/**
 * The work in the engine as an operator sees it, counted by a handful of count queries (never one
 * per task) and reused for {@code safeguarding.operations.figures-for} (30 s): open and overdue tasks
 * per process, jobs due and failed, open incidents.
 */
@Component
public class WorkFigures {

  /** One count of everything, taken at {@code takenAt}. */
  record Snapshot(Instant takenAt, Map<String, Long> openTasks, Map<String, Long> overdueTasks, long jobsDue,
      long jobsFailed, long incidents) {}

  private static final String TASKS_PER_PROCESS = "select d.KEY_, count(*), "
      + "sum(case when t.DUE_DATE_ < ? then 1 else 0 end) "
      + "from ACT_RU_TASK t join ACT_RE_PROCDEF d on t.PROC_DEF_ID_ = d.ID_ group by d.KEY_";

  private final JdbcTemplate jdbc;
  private final ManagementService managementService;
  private final RuntimeService runtimeService;
  private final SystemActions system;
  private final OperationsSettings settings;
  private volatile Snapshot last;

  public WorkFigures(JdbcTemplate jdbc, ManagementService managementService, RuntimeService runtimeService,
      SystemActions system, OperationsSettings settings) {
    this.jdbc = jdbc;
    this.managementService = managementService;
    this.runtimeService = runtimeService;
    this.system = system;
    this.settings = settings;
  }

  Snapshot now() {
    Snapshot snapshot = last;
    Instant now = Instant.now();
    if (snapshot == null || snapshot.takenAt().plus(settings.getFiguresFor()).isBefore(now)) {
      synchronized (this) {
        snapshot = last;
        if (snapshot == null || snapshot.takenAt().plus(settings.getFiguresFor()).isBefore(now)) {
          snapshot = count(now);
          last = snapshot;
        }
      }
    }
    return snapshot;
  }

  /** Forgets the last count: the next reading counts again. */
  public void forget() {
    last = null;
  }

  private Snapshot count(Instant now) {
    Map<String, Long> open = new HashMap<>();
    Map<String, Long> overdue = new HashMap<>();
    // overdue by the engine's clock, as the deadlines view and the timers see it
    jdbc.query(TASKS_PER_PROCESS, row -> {
      open.put(row.getString(1), row.getLong(2));
      overdue.put(row.getString(1), row.getLong(3));
    }, new Timestamp(ClockUtil.getCurrentTime().getTime()));
    return system.call(() -> new Snapshot(now, open, overdue,
        managementService.createJobQuery().executable().count(),
        managementService.createJobQuery().noRetriesLeft().count(),
        runtimeService.createIncidentQuery().count()));
  }
}
