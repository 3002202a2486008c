package uk.org.safeguarding.reviews.register;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One register entry as the register API serves it: the entry's own fields, its milestones, its
 * statutory clocks (each with its {@code state} today: met, missed, overdue or running), whether it
 * is overdue, the rapid review it came from, and — on the one-case view only — its action plan.
 */
public record EntryView(Long id, String caseReference, String entryType, String status, String processInstanceId,
    String summary, String referringAgency, LocalDate openedOn, LocalDate dueOn, LocalDate concludedOn,
    String concludedNote, LocalDate closedOn, String panelChair, String overviewAuthor, String outcome,
    String outcomeReason, LocalDate publishedOn, String publicationLink, String briefing, LocalDate briefingPublishedOn,
    String briefingPublishedWhere, List<String> themes, String learningPoints, boolean imported, boolean overdue,
    @JsonInclude(JsonInclude.Include.NON_NULL) RapidReviewLink rapidReview, List<Milestone> milestones,
    List<Clock> clocks, @JsonInclude(JsonInclude.Include.NON_NULL) List<PlannedAction> actionPlan) {

  /** A statutory clock with the rule it keeps, the day it counts from, its due day, the day it was met, and its state. */
  public record Clock(String clock, String description, LocalDate anchorOn, LocalDate dueOn, LocalDate doneOn,
      Boolean met, String state) {

    static Clock of(StatutoryClock clock, LocalDate today) {
      return new Clock(clock.clock(), clock.description(), clock.anchorOn(), clock.dueOn(), clock.doneOn(), clock.met(),
          clock.state(today));
    }
  }

  /** The rapid review a local CSPR or local learning review came from. */
  public record RapidReviewLink(String caseReference, String processInstanceId, LocalDate openedOn, LocalDate closedOn,
      String outcome) {}

  /** One action of the case's action plan. */
  public record PlannedAction(String recommendation, String agency, String owner, LocalDate dueOn, String status,
      LocalDate completedOn, LocalDate signedOffOn, boolean overdue) {}

  EntryView withActionPlan(List<PlannedAction> actions) {
    return new EntryView(id, caseReference, entryType, status, processInstanceId, summary, referringAgency, openedOn, dueOn,
        concludedOn, concludedNote, closedOn, panelChair, overviewAuthor, outcome, outcomeReason, publishedOn, publicationLink,
        briefing, briefingPublishedOn, briefingPublishedWhere, themes, learningPoints, imported, overdue, rapidReview,
        milestones, clocks, actions);
  }

  EntryView withRapidReview(RapidReviewLink link) {
    return new EntryView(id, caseReference, entryType, status, processInstanceId, summary, referringAgency, openedOn, dueOn,
        concludedOn, concludedNote, closedOn, panelChair, overviewAuthor, outcome, outcomeReason, publishedOn, publicationLink,
        briefing, briefingPublishedOn, briefingPublishedWhere, themes, learningPoints, imported, overdue, link,
        milestones, clocks, actionPlan);
  }
}
