package uk.org.safeguarding.reviews.lado;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.query.Param;

public interface LadoCaseRepository extends ListCrudRepository<LadoCase, Long> {

  Optional<LadoCase> findByReference(String reference);

  /** Every reference starting with the prefix (one year's, e.g. "LADO-2026-"). */
  @Query("SELECT reference FROM lado_case WHERE reference LIKE :prefix")
  List<String> referencesStartingWith(@Param("prefix") String prefixPattern);

  List<LadoCase> findByPersonKeyOrderByReferredOnDescIdDesc(String personKey);

  List<LadoCase> findByConcludedOnIsNotNullAndRetentionUntilBeforeOrderByRetentionUntil(LocalDate day);

  List<LadoCase> findByReferredOnBetween(LocalDate from, LocalDate to);
}
