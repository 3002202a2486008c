package uk.org.safeguarding.reviews.calendar;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalTime;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
public class CalendarConfiguration {

  @Bean
  public WorkingDayCalendar workingDayCalendar(
      @Value("${safeguarding.calendar.overrides-file:}") String overridesFile) {
    return new WorkingDayCalendar(new BankHolidayOverrides(overridesFile.isBlank() ? null : Path.of(overridesFile)));
  }

  /** Named {@code deadlines} so BPMN expressions can call it. */
  @Bean(name = "deadlines")
  public Deadlines deadlines(WorkingDayCalendar calendar, Clock clock,
      @Value("${safeguarding.calendar.start-of-business:09:00}") LocalTime startOfBusiness,
      @Value("${safeguarding.calendar.close-of-business:17:00}") LocalTime closeOfBusiness) {
    return new Deadlines(calendar, clock, startOfBusiness, closeOfBusiness);
  }

  @Bean(name = "timescales")
  public Timescales timescales() {
    return new Timescales();
  }
}
