package uk.org.safeguarding.reviews.engine;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

import org.camunda.bpm.engine.impl.util.ClockUtil;

import uk.org.safeguarding.reviews.calendar.Deadlines;

/**
 * The engine's clock as a {@link Clock}: due dates and timers agree on what "now" is, also when a
 * test moves the engine's time forward.
 */
public class EngineClock extends Clock {

  private final ZoneId zone;

  public EngineClock() {
    this(Deadlines.LONDON);
  }

  private EngineClock(ZoneId zone) {
    this.zone = zone;
  }

  @Override
  public ZoneId getZone() {
    return zone;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return new EngineClock(zone);
  }

  @Override
  public Instant instant() {
    return ClockUtil.getCurrentTime().toInstant();
  }
}
