package uk.org.safeguarding.reviews.benchmark;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * This project beside a stock Camunda starter, same model, one run ({@link StockPeerComparison}), at
 * the sizes of {@code -Dbenchmark.peerReviews} (300), {@code peerRounds} (2), {@code peerClients} (8),
 * {@code peerWarmupReviews} (100) and {@code timers} (10,000).
 */
@EnabledIfSystemProperty(named = "benchmark.database", matches = ".*postgres.*")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class StockPeerOnPostgresqlBenchmark extends StockPeerComparison {
}
