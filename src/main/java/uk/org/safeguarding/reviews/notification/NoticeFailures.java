package uk.org.safeguarding.reviews.notification;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.stereotype.Component;

/** Counts e-mails the mail server did not take ({@value #METRIC} in /actuator/prometheus). */
@Component
public class NoticeFailures {

  public static final String METRIC = "safeguarding.notices.failed";

  private final Counter counter;

  public NoticeFailures(MeterRegistry registry) {
    this.counter = Counter.builder(METRIC)
        .description("E-mail notices the mail server did not take (each failed try of a notice job)")
        .register(registry);
  }

  void failed() {
    counter.increment();
  }

  public double count() {
    return counter.count();
  }
}
