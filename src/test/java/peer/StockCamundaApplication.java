package peer;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The stock peer of the benchmark: a bare Camunda 7 Spring Boot starter application (engine and
 * REST API), with none of the safeguarding application's code, configuration or database. Outside
 * the application's packages, so it scans only this one; the benchmark starts it with its own
 * properties ({@code spring.config.name=peer}, so no {@code application.yaml} of ours is read) on
 * an embedded PostgreSQL of its own. Never started by the application or its tests.
 */
@SpringBootApplication
public class StockCamundaApplication {
}
