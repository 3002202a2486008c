package uk.org.safeguarding.reviews.actionplan;

import java.time.LocalDate;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import uk.org.safeguarding.reviews.calendar.Deadlines;
import uk.org.safeguarding.reviews.identity.Agencies;
import uk.org.safeguarding.reviews.identity.CallerRoles;

/** A case's action plan, read-only: each action with its owner, due date and status. The partnership's roles see every action; an agency sees its own. */
@RestController
@RequestMapping("/api/action-plans")
public class ActionPlanController {

  private final ActionPlan actionPlan;
  private final Agencies agencies;
  private final Deadlines deadlines;
  private final CallerRoles caller;

  public ActionPlanController(ActionPlan actionPlan, Agencies agencies, Deadlines deadlines, CallerRoles caller) {
    this.actionPlan = actionPlan;
    this.agencies = agencies;
    this.deadlines = deadlines;
    this.caller = caller;
  }

  public record ActionView(Long id, String caseReference, String reviewType, String recommendation, String agency,
      String agencyName, String owner, LocalDate dueOn, String measureOfSuccess, String status, boolean overdue,
      String latestProgress, LocalDate progressRequestedOn, LocalDate progressReportedOn, LocalDate completedOn,
      LocalDate chasedOn, String signedOffBy, LocalDate signedOffOn, int reopenedCount) {}

  @GetMapping("/{caseReference}")
  public List<ActionView> forCase(@PathVariable String caseReference) {
    LocalDate today = deadlines.today();
    boolean partnership = caller.isPartnership();
    List<String> ownAgencies = caller.agencies();
    if (!partnership && ownAgencies.isEmpty()) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Only the partnership's roles and the owning agencies see action plans");
    }
    return actionPlan.forCase(caseReference).stream().filter(a -> partnership || ownAgencies.contains(a.getAgency())).map(a -> new ActionView(a.getId(), a.getCaseReference(),
        a.getReviewType(), a.getRecommendation(), a.getAgency(), agencies.name(a.getAgency()), a.getOwner(),
        a.getDueOn(), a.getMeasureOfSuccess(), a.getStatus(), a.isOverdue(today), a.getLatestProgress(),
        a.getProgressRequestedOn(), a.getProgressReportedOn(), a.getCompletedOn(), a.getChasedOn(),
        a.getSignedOffBy(), a.getSignedOffOn(), a.getReopenedCount())).toList();
  }
}
