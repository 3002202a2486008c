package uk.org.safeguarding.reviews.benchmark;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;

/** The measured durations of one operation: how many, the median and the 95th percentile (nearest rank). */
final class Samples {

  private final List<Long> nanos = new ArrayList<>();

  /** {@code settings.warmupCalls()} unmeasured calls, then {@code settings.rounds()} rounds of {@code settings.calls()} timed calls. */
  static Samples measure(BenchmarkSettings settings, Supplier<?> call) {
    for (int i = 0; i < settings.warmupCalls(); i++) {
      call.get();
    }
    Samples samples = new Samples();
    for (int round = 0; round < settings.rounds(); round++) {
      for (int i = 0; i < settings.calls(); i++) {
        samples.time(call);
      }
    }
    return samples;
  }

  void add(long durationNanos) {
    nanos.add(durationNanos);
  }

  void addAll(Samples other) {
    nanos.addAll(other.nanos);
  }

  <T> T time(Supplier<T> operation) {
    long start = System.nanoTime();
    T result = operation.get();
    add(System.nanoTime() - start);
    return result;
  }

  int count() {
    return nanos.size();
  }

  double medianMillis() {
    return percentileMillis(50);
  }

  double p95Millis() {
    return percentileMillis(95);
  }

  private double percentileMillis(int percent) {
    if (nanos.isEmpty()) {
      return Double.NaN;
    }
    List<Long> sorted = new ArrayList<>(nanos);
    Collections.sort(sorted);
    int rank = (int) Math.ceil(percent / 100.0 * sorted.size());
    return sorted.get(Math.max(rank, 1) - 1) / 1_000_000.0;
  }
}
