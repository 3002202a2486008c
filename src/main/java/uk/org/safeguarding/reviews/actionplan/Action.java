package uk.org.safeguarding.reviews.actionplan;

import java.time.LocalDate;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/**
 * One action of a serious case review's or case audit's action plan: a recommendation made
 * SMART — an owning agency, a named owner, a due date and a measure of success — and where it
 * stands. Status: {@code open} → {@code in-progress} → {@code completed} → {@code signed-off};
 * the SCR group chair may reopen a completed action ({@code reopened}) with a new due date.
 */
@Table("action_plan_action")
public class Action {

  public static final String OPEN = "open";
  public static final String IN_PROGRESS = "in-progress";
  public static final String COMPLETED = "completed";
  public static final String SIGNED_OFF = "signed-off";
  public static final String REOPENED = "reopened";

  @Id
  private Long id;
  private String caseReference;
  private String reviewType;
  private String processInstanceId;
  private String recommendation;
  private String agency;
  private String owner;
  private LocalDate dueOn;
  private String measureOfSuccess;
  private String status;
  private String latestProgress;
  private LocalDate completedOn;
  private String signedOffBy;
  private LocalDate signedOffOn;
  private LocalDate progressRequestedOn;
  private LocalDate progressReportedOn;
  private LocalDate overdueSince;
  private LocalDate chasedOn;
  private String chaseNotes;
  private String signOffNotes;
  private int reopenedCount;

  protected Action() {}

  public Action(String caseReference, String reviewType, String processInstanceId, String recommendation,
      String agency, String owner, LocalDate dueOn, String measureOfSuccess) {
    this.caseReference = caseReference;
    this.reviewType = reviewType;
    this.processInstanceId = processInstanceId;
    this.recommendation = recommendation;
    this.agency = agency;
    this.owner = owner;
    this.dueOn = dueOn;
    this.measureOfSuccess = measureOfSuccess;
    this.status = OPEN;
  }

  void progressRequested(LocalDate on) {
    progressRequestedOn = on;
  }

  void reportProgress(boolean completed, String note, LocalDate on) {
    latestProgress = note;
    progressReportedOn = on;
    status = completed ? COMPLETED : IN_PROGRESS;
    completedOn = completed ? on : null;
  }

  void overdue(LocalDate on) {
    if (overdueSince == null) {
      overdueSince = on;
    }
  }

  void chased(String notes, LocalDate on) {
    chaseNotes = notes;
    chasedOn = on;
  }

  void signOff(String by, String notes, LocalDate on) {
    if (!COMPLETED.equals(status)) {
      throw new IllegalStateException("Action " + id + " is " + status + ", not completed: it cannot be signed off");
    }
    status = SIGNED_OFF;
    signedOffBy = by;
    signedOffOn = on;
    signOffNotes = notes;
  }

  void reopen(LocalDate newDueOn, String notes) {
    status = REOPENED;
    dueOn = newDueOn;
    completedOn = null;
    overdueSince = null;
    progressRequestedOn = null;
    signOffNotes = notes;
    reopenedCount++;
  }

  /** Not yet completed and past close of business on its due date. */
  public boolean isOverdue(LocalDate today) {
    return (OPEN.equals(status) || IN_PROGRESS.equals(status) || REOPENED.equals(status)) && today.isAfter(dueOn);
  }

  public Long getId() { return id; }
  public String getCaseReference() { return caseReference; }
  public String getReviewType() { return reviewType; }
  public String getProcessInstanceId() { return processInstanceId; }
  public String getRecommendation() { return recommendation; }
  public String getAgency() { return agency; }
  public String getOwner() { return owner; }
  public LocalDate getDueOn() { return dueOn; }
  public String getMeasureOfSuccess() { return measureOfSuccess; }
  public String getStatus() { return status; }
  public String getLatestProgress() { return latestProgress; }
  public LocalDate getCompletedOn() { return completedOn; }
  public String getSignedOffBy() { return signedOffBy; }
  public LocalDate getSignedOffOn() { return signedOffOn; }
  public LocalDate getProgressRequestedOn() { return progressRequestedOn; }
  public LocalDate getProgressReportedOn() { return progressReportedOn; }
  public LocalDate getOverdueSince() { return overdueSince; }
  public LocalDate getChasedOn() { return chasedOn; }
  public String getChaseNotes() { return chaseNotes; }
  public String getSignOffNotes() { return signOffNotes; }
  public int getReopenedCount() { return reopenedCount; }
}
