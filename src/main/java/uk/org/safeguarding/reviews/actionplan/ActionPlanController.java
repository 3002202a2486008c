package uk.org.safeguarding.reviews.actionplan;

import java.time.LocalDate;
import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import uk.org.safeguarding.reviews.calendar.Deadlines;
import uk.org.safeguarding.reviews.identity.Agencies;

/** A case's action plan, read-only: each action with its owner, due date and status. */
@RestController
@RequestMapping("/api/action-plans")
public class ActionPlanController {

  private final ActionPlan actionPlan;
  private final Agencies agencies;
  private final Deadlines deadlines;

  public ActionPlanController(ActionPlan actionPlan, Agencies agencies, Deadlines deadlines) {
    this.actionPlan = actionPlan;
    this.agencies = agencies;
    this.deadlines = deadlines;
  }

  public record ActionView(Long id, String caseReference, String reviewType, String recommendation, String agency,
      String agencyName, String owner, LocalDate dueOn, String measureOfSuccess, String status, boolean overdue,
      String latestProgress, LocalDate progressRequestedOn, LocalDate progressReportedOn, LocalDate completedOn,
      LocalDate chasedOn, String signedOffBy, LocalDate signedOffOn, int reopenedCount) {}

  @GetMapping("/{caseReference}")
  public List<ActionView> forCase(@PathVariable String caseReference) {
    LocalDate today = deadlines.today();
    return actionPlan.forCase(caseReference).stream().map(a -> new ActionView(a.getId(), a.getCaseReference(),
        a.getReviewType(), a.getRecommendation(), a.getAgency(), agencies.name(a.getAgency()), a.getOwner(),
        a.getDueOn(), a.getMeasureOfSuccess(), a.getStatus(), a.isOverdue(today), a.getLatestProgress(),
        a.getProgressRequestedOn(), a.getProgressReportedOn(), a.getCompletedOn(), a.getChasedOn(),
        a.getSignedOffBy(), a.getSignedOffOn(), a.getReopenedCount())).toList();
  }
}
