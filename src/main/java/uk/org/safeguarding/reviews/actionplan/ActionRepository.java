package uk.org.safeguarding.reviews.actionplan;

import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

public interface ActionRepository extends ListCrudRepository<Action, Long> {

  List<Action> findByCaseReferenceOrderById(String caseReference);

  List<Action> findByProcessInstanceIdOrderById(String processInstanceId);
}
