package uk.org.safeguarding.reviews.identity;

import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

public interface AgencyRepository extends ListCrudRepository<Agency, String> {

  List<Agency> findByActiveTrueOrderByName();
}
