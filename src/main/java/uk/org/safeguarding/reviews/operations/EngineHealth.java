package uk.org.safeguarding.reviews.operations;

import org.camunda.bpm.engine.ManagementService;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The engine answers: a read of the engine's own properties, through the engine and its database
 * connection. (Camunda's starter adds {@code processEngine} and, where the job executor runs,
 * {@code jobExecutor}, down when it has stopped; Spring Boot adds {@code db}.)
 */
@Component("engine")
public class EngineHealth implements HealthIndicator {

  private final ManagementService managementService;

  public EngineHealth(ManagementService managementService) {
    this.managementService = managementService;
  }

  @Override
  public Health health() {
    try {
      String schemaVersion = managementService.getProperties().get("schema.version");
      return Health.up().withDetail("schemaVersion", String.valueOf(schemaVersion)).build();
    } catch (RuntimeException e) {
      return Health.down().withDetail("error", e.getClass().getSimpleName()).build();
    }
  }
}
