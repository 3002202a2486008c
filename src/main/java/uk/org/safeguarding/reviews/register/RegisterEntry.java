package uk.org.safeguarding.reviews.register;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/** One row of the case register (the SCR group's "tracker"): a referral, a review or an audit. */
@Table("register_entry")
public class RegisterEntry {

  @Id
  private Long id;
  /**
   * Saving an entry someone else saved since it was read fails (Spring's optimistic locking)
   * instead of overwriting their milestones; the engine retries the job or the caller resubmits.
   */
  @Version
  private Long version;
  private String caseReference;
  private String entryType;
  private String status;
  private String processInstanceId;
  private String summary;
  private String referringAgency;
  private LocalDate openedOn;
  private LocalDate dueOn;
  private LocalDate closedOn;
  private String panelChair;
  private String overviewAuthor;
  private String outcome;
  private String outcomeReason;
  private LocalDate concludedOn;
  private String concludedNote;
  private LocalDate publishedOn;
  private String publicationLink;
  private String briefing;
  private LocalDate briefingPublishedOn;
  private String briefingPublishedWhere;
  private String themes;
  private String learningPoints;
  private String rapidReviewInstanceId;
  private boolean imported;

  @MappedCollection(idColumn = "register_entry", keyColumn = "register_entry_key")
  private List<Milestone> milestones = new ArrayList<>();

  @MappedCollection(idColumn = "register_entry", keyColumn = "register_entry_key")
  private List<StatutoryClock> clocks = new ArrayList<>();

  protected RegisterEntry() {}

  public RegisterEntry(String caseReference, String entryType, String processInstanceId, LocalDate openedOn) {
    this.caseReference = caseReference;
    this.entryType = entryType;
    this.processInstanceId = processInstanceId;
    this.openedOn = openedOn;
    this.status = "open";
  }

  /**
   * The milestones that conclude a review or audit: its report completed (an SCR or local CSPR),
   * signed off (a case audit, a local learning review). The annual report's "date concluded".
   */
  public static final java.util.Set<String> CONCLUDING_MILESTONES = java.util.Set.of("review-completed", "audit-signed-off",
      "local-review-signed-off");

  public void reach(String milestone, String description, String newStatus, LocalDate on) {
    milestones.add(new Milestone(milestone, description, on));
    if (CONCLUDING_MILESTONES.contains(milestone) && concludedOn == null) {
      concludedOn = on;
    }
    if (newStatus != null && !newStatus.isBlank()) {
      status = newStatus;
    }
  }

  public void close(String outcome, String reason, LocalDate on) {
    if (outcome != null) {
      this.outcome = outcome;
    }
    if (reason != null) {
      this.outcomeReason = reason;
    }
    this.closedOn = on;
  }

  public Long getId() { return id; }
  public String getCaseReference() { return caseReference; }
  public String getEntryType() { return entryType; }
  public String getStatus() { return status; }
  public void setStatus(String status) { this.status = status; }
  public String getProcessInstanceId() { return processInstanceId; }
  public String getSummary() { return summary; }
  public void setSummary(String summary) { this.summary = summary; }
  public String getReferringAgency() { return referringAgency; }
  public void setReferringAgency(String referringAgency) { this.referringAgency = referringAgency; }
  public LocalDate getOpenedOn() { return openedOn; }
  public LocalDate getDueOn() { return dueOn; }
  public void setDueOn(LocalDate dueOn) { this.dueOn = dueOn; }
  public LocalDate getClosedOn() { return closedOn; }
  public String getPanelChair() { return panelChair; }
  public void setPanelChair(String panelChair) { this.panelChair = panelChair; }
  public String getOverviewAuthor() { return overviewAuthor; }
  public void setOverviewAuthor(String overviewAuthor) { this.overviewAuthor = overviewAuthor; }
  public String getOutcome() { return outcome; }
  public void setOutcome(String outcome) { this.outcome = outcome; }
  public String getOutcomeReason() { return outcomeReason; }
  public void setOutcomeReason(String outcomeReason) { this.outcomeReason = outcomeReason; }
  public List<Milestone> getMilestones() { return milestones; }
  public LocalDate getConcludedOn() { return concludedOn; }
  public void setConcludedOn(LocalDate concludedOn) { this.concludedOn = concludedOn; }
  public String getConcludedNote() { return concludedNote; }
  public void setConcludedNote(String concludedNote) { this.concludedNote = concludedNote; }
  public LocalDate getPublishedOn() { return publishedOn; }
  public void setPublishedOn(LocalDate publishedOn) { this.publishedOn = publishedOn; }
  public String getPublicationLink() { return publicationLink; }
  public void setPublicationLink(String publicationLink) { this.publicationLink = publicationLink; }
  public String getBriefing() { return briefing; }
  public void setBriefing(String briefing) { this.briefing = briefing; }
  public LocalDate getBriefingPublishedOn() { return briefingPublishedOn; }
  public void setBriefingPublishedOn(LocalDate briefingPublishedOn) { this.briefingPublishedOn = briefingPublishedOn; }
  public String getBriefingPublishedWhere() { return briefingPublishedWhere; }
  public void setBriefingPublishedWhere(String where) { this.briefingPublishedWhere = where; }
  /** Comma-separated theme keys. */
  public String getThemes() { return themes; }
  public void setThemes(String themes) { this.themes = themes; }
  public String getLearningPoints() { return learningPoints; }
  public void setLearningPoints(String learningPoints) { this.learningPoints = learningPoints; }
  public String getRapidReviewInstanceId() { return rapidReviewInstanceId; }
  public void setRapidReviewInstanceId(String id) { this.rapidReviewInstanceId = id; }
  public boolean isImported() { return imported; }
  public void setImported(boolean imported) { this.imported = imported; }

  public List<StatutoryClock> getClocks() { return clocks; }

  /** Starts a clock, or moves its due day (an approved extension). */
  public void clockDue(String clock, String description, LocalDate dueOn) {
    clockDue(clock, description, null, dueOn);
  }

  /** Starts a clock counting from {@code anchorOn}, or moves its due day (the anchor stays). */
  public void clockDue(String clock, String description, LocalDate anchorOn, LocalDate dueOn) {
    for (int i = 0; i < clocks.size(); i++) {
      if (clocks.get(i).clock().equals(clock)) {
        clocks.set(i, clocks.get(i).due(dueOn));
        return;
      }
    }
    clocks.add(new StatutoryClock(clock, description, anchorOn, dueOn, null));
  }

  /** Records the day a clock's duty was done. */
  public void clockDone(String clock, LocalDate on) {
    for (int i = 0; i < clocks.size(); i++) {
      if (clocks.get(i).clock().equals(clock)) {
        clocks.set(i, clocks.get(i).done(on));
        return;
      }
    }
    throw new IllegalStateException("No clock '" + clock + "' on register entry " + id);
  }

  public StatutoryClock clock(String clock) {
    return clocks.stream().filter(c -> c.clock().equals(clock)).findFirst().orElse(null);
  }

  public LocalDate milestoneDate(String milestone) {
    return milestones.stream().filter(m -> m.milestone().equals(milestone)).map(Milestone::reachedOn)
        .reduce((a, b) -> b).orElse(null);
  }
}
