package uk.org.safeguarding.reviews.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The stock-peer comparison of the benchmark ({@link StockPeerComparison}) at a few reviews and
 * timers, in {@code mvn verify}, so it cannot rot: both apps start, take the same model, complete
 * its tasks over HTTP and fire its timers, and both columns are printed. No time is asserted.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class StockPeerSmokeIT extends StockPeerComparison {

  @Override
  int reviews() {
    return 3;
  }

  @Override
  int warmupReviews() {
    return 1;
  }

  @Override
  int rounds() {
    return 1;
  }

  @Override
  int timers() {
    return 20;
  }

  @Test
  @Order(3)
  void bothColumnsArePrinted() {
    assertThat(comparisonTable).containsPattern("\\| task completions/s, same model \\| \\d+ \\| \\d+ \\| [\\d.]+× \\|")
        .containsPattern("\\| complete p50 / p95 \\| \\d+ / \\d+ ms \\| \\d+ / \\d+ ms \\|");
    assertThat(timersTable).containsPattern("\\| 20 timers due at once: last task created after due \\| [\\d.]+ s \\| [\\d.]+ s \\|");
  }
}
