package uk.org.safeguarding.reviews.lado;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The LADO's records: each allegation or consultation with the person it is about, its outcome and
 * how long it is kept; who is kept away from a case; earlier concerns about the same person; and the
 * year's figures. What the lado-allegation process calls; knows nothing of the engine.
 */
@Component
public class LadoRecords {

  private final LadoCaseRepository cases;
  private final LadoExclusionRepository exclusions;
  private final int normalRetirementAge;
  private final int retentionYears;

  public LadoRecords(LadoCaseRepository cases, LadoExclusionRepository exclusions,
      @Value("${safeguarding.lado.normal-retirement-age:" + LadoRules.DEFAULT_NORMAL_RETIREMENT_AGE + "}") int normalRetirementAge,
      @Value("${safeguarding.lado.retention-years:" + LadoRules.DEFAULT_RETENTION_YEARS + "}") int retentionYears) {
    this.cases = cases;
    this.exclusions = exclusions;
    this.normalRetirementAge = normalRetirementAge;
    this.retentionYears = retentionYears;
  }

  /**
   * The next reference of {@code today}'s calendar year, "LADO-2026-0007": one more than the
   * year's highest so far. Two cases opened at the same instant may be given the same one; the
   * second {@link #open} then fails on the unique reference (and its step is retried).
   */
  public String nextReference(LocalDate today) {
    return nextReferences(today.getYear(), 1).get(0);
  }

  /** The next {@code count} references of a calendar year, after the year's highest so far. */
  public List<String> nextReferences(int year, int count) {
    int highest = cases.referencesStartingWith(LadoRules.REFERENCE_PREFIX + year + "-%").stream()
        .mapToInt(r -> LadoRules.sequenceOf(r, year)).max().orElse(0);
    return java.util.stream.IntStream.rangeClosed(highest + 1, highest + count).mapToObj(n -> LadoRules.reference(year, n))
        .toList();
  }

  /** Saves a new case. */
  @Transactional
  public LadoCase open(LadoCase c) {
    if (c.getId() != null) {
      throw new IllegalArgumentException("Case " + c.getReference() + " is already open");
    }
    return cases.save(c);
  }

  /** See {@link LadoRules#personKey}. */
  public static String personKey(String name, LocalDate dateOfBirth, String ladoPersonReference) {
    return LadoRules.personKey(name, dateOfBirth, ladoPersonReference);
  }

  /** {@link LadoRules#retentionUntil(LocalDate, LocalDate, int, int)} with the configured retirement age and years. */
  public LocalDate retentionUntil(LocalDate allegationOn, LocalDate dateOfBirth) {
    return LadoRules.retentionUntil(allegationOn, dateOfBirth, normalRetirementAge, retentionYears);
  }

  public Optional<LadoCase> find(String reference) {
    return reference == null ? Optional.empty() : cases.findByReference(reference);
  }

  @Transactional
  public void recordInitialOutcome(String reference, String initialOutcome) {
    LadoCase c = existing(reference);
    c.setInitialOutcome(initialOutcome);
    cases.save(c);
  }

  /** Forgets who the case is about (a consultation is kept without the staff member's name). */
  @Transactional
  public void anonymise(String reference) {
    LadoCase c = existing(reference);
    c.setPersonKey(null);
    c.setPersonLabel(null);
    cases.save(c);
  }

  /** Concludes an allegation with its outcome and the actions taken (stored comma-separated). */
  @Transactional
  public void conclude(String reference, String outcome, List<String> conclusionActions, LocalDate concludedOn,
      LocalDate retentionUntil, boolean removeFromEmploymentRecord) {
    LadoCase c = existing(reference);
    c.setOutcome(outcome);
    c.setConclusionActions(conclusionActions == null || conclusionActions.isEmpty() ? null
        : String.join(",", conclusionActions.stream().map(String::trim).filter(a -> !a.isEmpty()).toList()));
    c.setConcludedOn(concludedOn);
    c.setRetentionUntil(retentionUntil);
    c.setRemoveFromEmploymentRecord(removeFromEmploymentRecord);
    cases.save(c);
  }

  /**
   * Closes a case that ends without an outcome (advice only, does not meet the threshold, handed
   * over to another authority), recording how it ended; {@code initialOutcome} null keeps the one
   * already recorded.
   */
  @Transactional
  public void closeWithoutOutcome(String reference, LocalDate concludedOn, String initialOutcome) {
    LadoCase c = existing(reference);
    if (initialOutcome != null) {
      c.setInitialOutcome(initialOutcome);
    }
    c.setConcludedOn(concludedOn);
    cases.save(c);
  }

  /** Closes a case without an outcome, as above, kept until its retention date. */
  @Transactional
  public void closeWithoutOutcome(String reference, LocalDate concludedOn, String initialOutcome, LocalDate retentionUntil) {
    closeWithoutOutcome(reference, concludedOn, initialOutcome);
    LadoCase c = existing(reference);
    c.setRetentionUntil(retentionUntil);
    cases.save(c);
  }

  /**
   * Advice only: the case is a consultation, counted apart from referrals, closed, and kept without
   * the person's name (reference §5.6) for 10 years from the allegation.
   */
  @Transactional
  public void recordConsultation(String reference, String initialOutcome, LocalDate concludedOn) {
    LadoCase c = existing(reference);
    c.becomeConsultation();
    c.setInitialOutcome(initialOutcome);
    c.setPersonKey(null);
    c.setPersonLabel(null);
    c.setConcludedOn(concludedOn);
    c.setRetentionUntil(retentionUntil(c.getAllegationOn(), null));
    cases.save(c);
  }

  /** Deletes a case past its retention date, after the LADO's review. */
  @Transactional
  public void delete(String reference) {
    cases.delete(existing(reference));
  }

  /** Keeps a case past its retention date until a later date the LADO chose. */
  @Transactional
  public void keepUntil(String reference, LocalDate until) {
    LadoCase c = existing(reference);
    c.setRetentionUntil(until);
    cases.save(c);
  }

  /** Other cases about the same person, newest first; none for a null key. */
  public List<EarlierConcern> earlierConcerns(String personKey, String excludingReference) {
    if (personKey == null || personKey.isBlank()) {
      return List.of();
    }
    return cases.findByPersonKeyOrderByReferredOnDescIdDesc(personKey).stream()
        .filter(c -> !c.getReference().equals(excludingReference)).map(EarlierConcern::of).toList();
  }

  /**
   * The other cases about the same person as this one (earlier and later): a LADO kept away from one of
   * them is kept away from all, because the conflict of interest is with the person.
   */
  public List<String> otherCasesAboutThePerson(String reference) {
    return earlierConcerns(existing(reference).getPersonKey(), reference).stream().map(EarlierConcern::reference).toList();
  }

  /** The exclusions from a case, by user id. */
  public List<LadoExclusion> exclusionsFrom(String reference) {
    return exclusions.findByCaseReferenceOrderByUserId(reference);
  }

  /** See {@link LadoRules#earlierConcernsText}. */
  public String earlierConcernsText(List<EarlierConcern> concerns) {
    return LadoRules.earlierConcernsText(concerns);
  }

  /** Keeps a user away from a case; excluding someone already excluded changes nothing. */
  @Transactional
  public void exclude(String reference, String userId, String reason, String by, LocalDate on) {
    existing(reference);
    if (userId == null || userId.isBlank()) {
      throw new IllegalArgumentException("Say who is to be kept away from " + reference);
    }
    if (reason == null || reason.isBlank()) {
      throw new IllegalArgumentException("Give the reason " + userId + " is kept away from " + reference);
    }
    if (!exclusions.existsByCaseReferenceAndUserId(reference, userId)) {
      exclusions.save(new LadoExclusion(reference, userId, reason, by, on));
    }
  }

  public boolean isExcluded(String reference, String userId) {
    return userId != null && exclusions.existsByCaseReferenceAndUserId(reference, userId);
  }

  /** The cases a user is excluded from (read once for a whole listing). */
  public Set<String> casesExcluding(String userId) {
    return userId == null ? Set.of()
        : exclusions.findByUserId(userId).stream().map(LadoExclusion::getCaseReference).collect(Collectors.toSet());
  }

  public List<String> excludedUsers(String reference) {
    return exclusionsFrom(reference).stream().map(LadoExclusion::getUserId).toList();
  }

  /** Concluded cases whose retention ended before {@code today}: due for deletion. */
  public List<LadoCase> pastRetention(LocalDate today) {
    return cases.findByConcludedOnIsNotNullAndRetentionUntilBeforeOrderByRetentionUntil(today);
  }

  /** The figures of the financial year starting 1 April {@code financialYearStart} (2000 to 2100). */
  public LadoFigures figures(int financialYearStart) {
    return figures(financialYearStart, LadoFigures.FINANCIAL_YEAR_START_MONTH);
  }

  /** The figures of the reporting year starting on the first of {@code startMonth} {@code year} (2000 to 2100). */
  public LadoFigures figures(int year, int startMonth) {
    LocalDate from = LocalDate.of(LadoRules.requireYear(year), startMonth, 1);
    return LadoFigures.of(year, startMonth, cases.findByReferredOnBetween(from, from.plusYears(1).minusDays(1)));
  }

  /**
   * Records from before the system (imported): each saved as it is, all or none. Their process
   * instance id is "imported"; a reference already taken is refused.
   */
  @Transactional
  public void importAll(List<LadoCase> historical) {
    for (LadoCase c : historical) {
      if (cases.findByReference(c.getReference()).isPresent()) {
        throw new IllegalArgumentException("LADO reference " + c.getReference() + " is already taken");
      }
      cases.save(c);
    }
  }

  private LadoCase existing(String reference) {
    return find(reference).orElseThrow(() -> new IllegalArgumentException("No LADO case " + reference));
  }
}
