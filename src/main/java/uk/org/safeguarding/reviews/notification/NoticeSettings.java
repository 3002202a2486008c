package uk.org.safeguarding.reviews.notification;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * E-mail notices, under {@code safeguarding.notices}. The mail server itself is Spring Boot's
 * {@code spring.mail.*}; without {@code spring.mail.host} nothing is sent and the log says so.
 */
@ConfigurationProperties("safeguarding.notices")
public class NoticeSettings {

  /** Switch e-mail notices off without removing the mail server settings. */
  private boolean enabled = true;
  /** The sender of every notice. */
  private String from = "safeguarding-reviews@localhost";
  /**
   * How a notice the mail server did not take is tried again, as an ISO 8601 repetition: R3/PT5M is
   * three tries in all, five minutes apart; after the last one the notice is an incident in Cockpit.
   */
  private String retryCycle = "R3/PT5M";
  /** Tasklist as staff reach it; a notice links to the task there. */
  private String tasklistUrl = "http://localhost:8080/camunda/app/tasklist/default/";

  public boolean isEnabled() {
    return enabled;
  }

  public void setEnabled(boolean enabled) {
    this.enabled = enabled;
  }

  public String getFrom() {
    return from;
  }

  public void setFrom(String from) {
    this.from = from;
  }

  public String getRetryCycle() {
    return retryCycle;
  }

  public void setRetryCycle(String retryCycle) {
    this.retryCycle = retryCycle;
  }

  public String getTasklistUrl() {
    return tasklistUrl;
  }

  public void setTasklistUrl(String tasklistUrl) {
    this.tasklistUrl = tasklistUrl.endsWith("/") ? tasklistUrl : tasklistUrl + "/";
  }

  /** The link that opens one task in Tasklist. */
  String taskLink(String taskId) {
    return tasklistUrl + "#/?task=" + taskId;
  }
}
