package uk.org.safeguarding.reviews.operations;

import java.util.function.ToDoubleFunction;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

import org.springframework.stereotype.Component;

import uk.org.safeguarding.reviews.engine.ProcessKeys;

/**
 * The gauges in /actuator/prometheus: {@code safeguarding_tasks_open} and
 * {@code safeguarding_tasks_overdue} per process, {@code safeguarding_jobs_due},
 * {@code safeguarding_jobs_failed} (no retries left) and {@code safeguarding_incidents_open}; the
 * notices' failures are counted by notification/NoticeFailures.
 */
@Component
public class WorkMetrics implements MeterBinder {

  private final WorkFigures figures;

  public WorkMetrics(WorkFigures figures) {
    this.figures = figures;
  }

  @Override
  public void bindTo(MeterRegistry registry) {
    for (String process : ProcessKeys.ALL) {
      gauge(registry, "safeguarding.tasks.open", "Open user tasks of the process", process,
          f -> f.now().openTasks().getOrDefault(process, 0L));
      gauge(registry, "safeguarding.tasks.overdue", "Open user tasks of the process past their due date", process,
          f -> f.now().overdueTasks().getOrDefault(process, 0L));
    }
    gauge(registry, "safeguarding.jobs.due", "Engine jobs due to run now (timers fallen due, notices, continuations)",
        null, f -> f.now().jobsDue());
    gauge(registry, "safeguarding.jobs.failed", "Engine jobs that failed and have no retries left", null,
        f -> f.now().jobsFailed());
    gauge(registry, "safeguarding.incidents.open", "Open incidents (see Cockpit)", null, f -> f.now().incidents());
  }

  private void gauge(MeterRegistry registry, String name, String description, String process,
      ToDoubleFunction<WorkFigures> value) {
    Gauge.Builder<WorkFigures> gauge = Gauge.builder(name, figures, value).description(description);
    if (process != null) {
      gauge.tag("process", process);
    }
    gauge.register(registry);
  }
}
