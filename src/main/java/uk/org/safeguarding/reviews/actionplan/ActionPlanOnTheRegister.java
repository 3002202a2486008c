package uk.org.safeguarding.reviews.actionplan;

import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Component;

import uk.org.safeguarding.reviews.register.ActionPlanSource;
import uk.org.safeguarding.reviews.register.EntryView;

/** A case's action plan as the register's one-case view shows it. */
@Component
public class ActionPlanOnTheRegister implements ActionPlanSource {

  private final ActionRepository repository;

  public ActionPlanOnTheRegister(ActionRepository repository) {
    this.repository = repository;
  }

  @Override
  public List<EntryView.PlannedAction> actionsOf(String caseReference, LocalDate today) {
    return repository.findByCaseReferenceOrderById(caseReference).stream()
        .map(a -> new EntryView.PlannedAction(a.getRecommendation(), a.getAgency(), a.getOwner(), a.getDueOn(), a.getStatus(),
            a.getCompletedOn(), a.getSignedOffOn(), a.isOverdue(today)))
        .toList();
  }
}
