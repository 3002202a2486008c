package uk.org.safeguarding.reviews;

import java.util.TimeZone;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The safeguarding reviews workflow: an embedded Camunda 7 engine with its web apps and REST API. */
@SpringBootApplication
public class SafeguardingApplication {

  public static void main(String[] args) {
    pinLondonTime();
    SpringApplication.run(SafeguardingApplication.class, args);
  }

  /** Statutory clocks run on London time; Camunda evaluates timer dates in the JVM's zone. */
  public static void pinLondonTime() {
    TimeZone.setDefault(TimeZone.getTimeZone("Europe/London"));
  }
}
