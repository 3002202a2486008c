package uk.org.safeguarding.reviews.benchmark;

import java.util.Arrays;
import java.util.List;

/**
 * The benchmark's sizes, from system properties ({@code -Dbenchmark.cases=50} on the Maven command
 * line). The defaults keep a run on a small machine to a few minutes.
 *
 * @param cases whole cases per measured round
 * @param rounds measured rounds of whole cases, and of each query
 * @param warmupCases whole cases driven, unmeasured, before the first round
 * @param openCases the numbers of open reviews at which Tasklist and the register are measured, ascending
 * @param calls calls per query per round
 * @param warmupCalls unmeasured calls (and timer jobs) before measuring
 * @param registerEntries the register's size when it is measured at scale
 */
record BenchmarkSettings(int cases, int rounds, int warmupCases, List<Integer> openCases, int calls, int warmupCalls,
    int registerEntries) {

  static BenchmarkSettings fromSystemProperties() {
    return new BenchmarkSettings(
        Integer.getInteger("benchmark.cases", 10),
        Integer.getInteger("benchmark.rounds", 3),
        Integer.getInteger("benchmark.warmupCases", 5),
        Arrays.stream(System.getProperty("benchmark.openCases", "100,200").split(",")).map(String::trim)
            .map(Integer::valueOf).sorted().toList(),
        Integer.getInteger("benchmark.calls", 20),
        Integer.getInteger("benchmark.warmupCalls", 30),
        Integer.getInteger("benchmark.registerEntries", 100_000));
  }

  @Override
  public String toString() {
    return "-Dbenchmark.cases=" + cases + " -Dbenchmark.rounds=" + rounds + " -Dbenchmark.warmupCases=" + warmupCases
        + " -Dbenchmark.openCases=" + String.join(",", openCases.stream().map(String::valueOf).toList())
        + " -Dbenchmark.calls=" + calls + " -Dbenchmark.warmupCalls=" + warmupCalls
        + " -Dbenchmark.registerEntries=" + registerEntries;
  }
}
