package uk.org.safeguarding.reviews.lado;

import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

public interface LadoExclusionRepository extends ListCrudRepository<LadoExclusion, Long> {

  boolean existsByCaseReferenceAndUserId(String caseReference, String userId);

  List<LadoExclusion> findByCaseReferenceOrderByUserId(String caseReference);

  List<LadoExclusion> findByUserId(String userId);
}
