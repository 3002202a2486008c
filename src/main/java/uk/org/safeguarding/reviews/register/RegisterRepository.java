package uk.org.safeguarding.reviews.register;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

public interface RegisterRepository extends ListCrudRepository<RegisterEntry, Long> {

  Optional<RegisterEntry> findByProcessInstanceId(String processInstanceId);

  List<RegisterEntry> findByCaseReferenceOrderById(String caseReference);

}
