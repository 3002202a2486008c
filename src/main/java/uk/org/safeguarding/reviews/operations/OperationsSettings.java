package uk.org.safeguarding.reviews.operations;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** What an operator watches, under {@code safeguarding.operations}. */
@ConfigurationProperties("safeguarding.operations")
public class OperationsSettings {

  /**
   * The bearer token Prometheus sends to read /actuator/prometheus ({@code Authorization: Bearer …}).
   * Unset: the metrics are refused to everyone.
   */
  private String metricsToken = "";
  /** How long the work figures (open and overdue tasks, jobs, incidents) are reused before they are counted again. */
  private Duration figuresFor = Duration.ofSeconds(30);

  public String getMetricsToken() {
    return metricsToken;
  }

  public void setMetricsToken(String metricsToken) {
    this.metricsToken = metricsToken == null ? "" : metricsToken.trim();
  }

  public Duration getFiguresFor() {
    return figuresFor;
  }

  public void setFiguresFor(Duration figuresFor) {
    this.figuresFor = figuresFor;
  }
}
