package uk.org.safeguarding.reviews.register;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jdbc.core.JdbcAggregateTemplate;
import org.springframework.data.relational.core.query.Criteria;
import org.springframework.data.relational.core.query.Query;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The case register, kept up to date by the processes: each referral, review and audit with its
 * status, milestones, people and outcome. Knows nothing of Camunda.
 */
@Service
public class Register {

  /** The largest page the register serves at once. */
  public static final int MAX_PAGE_SIZE = 500;

  private final RegisterRepository repository;
  private final JdbcAggregateTemplate jdbc;

  public Register(RegisterRepository repository, JdbcAggregateTemplate jdbc) {
    this.repository = repository;
    this.jdbc = jdbc;
  }

  /** One page of the register, newest first, and how many entries match in all. */
  public record Selection(List<RegisterEntry> entries, long total) {}

  /**
   * Entries that are still open ({@code open} true), closed (false) or either (null), of one type
   * or any; a page of them when {@code page} is given, else all.
   */
  public Selection find(Boolean open, String entryType, Integer page, int size) {
    if (page != null && page < 0) {
      throw new IllegalArgumentException("page must be 0 or more");
    }
    if (size < 1 || size > MAX_PAGE_SIZE) {
      throw new IllegalArgumentException("size must be between 1 and " + MAX_PAGE_SIZE);
    }
    Criteria criteria = Criteria.empty();
    if (open != null) {
      criteria = criteria.and(open ? Criteria.where("closedOn").isNull() : Criteria.where("closedOn").isNotNull());
    }
    if (entryType != null && !entryType.isBlank()) {
      criteria = criteria.and(Criteria.where("entryType").is(entryType.trim()));
    }
    Sort newestFirst = Sort.by(Sort.Direction.DESC, "id");
    if (page == null) {
      List<RegisterEntry> all = jdbc.findAll(Query.query(criteria).sort(newestFirst), RegisterEntry.class);
      return new Selection(all, all.size());
    }
    Page<RegisterEntry> found = jdbc.findAll(Query.query(criteria), RegisterEntry.class, PageRequest.of(page, size, newestFirst));
    return new Selection(found.getContent(), found.getTotalElements());
  }

  @Transactional
  public RegisterEntry open(String caseReference, String entryType, String processInstanceId, LocalDate on,
      Consumer<RegisterEntry> details) {
    RegisterEntry entry = repository.findByProcessInstanceId(processInstanceId)
        .orElseGet(() -> new RegisterEntry(caseReference, entryType, processInstanceId, on));
    details.accept(entry);
    return repository.save(entry);
  }

  @Transactional
  public RegisterEntry update(String processInstanceId, Consumer<RegisterEntry> change) {
    RegisterEntry entry = entry(processInstanceId);
    change.accept(entry);
    return repository.save(entry);
  }

  @Transactional
  public void reach(String processInstanceId, String milestone, String description, String status, LocalDate on) {
    update(processInstanceId, e -> e.reach(milestone, description, status, on));
  }

  /** Whether a referral, review or audit with this case reference is still open. */
  public boolean hasOpenCase(String caseReference) {
    return repository.findByCaseReferenceOrderById(caseReference).stream().anyMatch(e -> e.getClosedOn() == null);
  }

  /** Whether the process instance has an entry of its own (a called agency contribution has none). */
  public boolean hasEntry(String processInstanceId) {
    return repository.findByProcessInstanceId(processInstanceId).isPresent();
  }

  public RegisterEntry entry(String processInstanceId) {
    return repository.findByProcessInstanceId(processInstanceId)
        .orElseThrow(() -> new IllegalStateException("No register entry for process instance " + processInstanceId));
  }

  public List<RegisterEntry> forCase(String caseReference) {
    return repository.findByCaseReferenceOrderById(caseReference);
  }

}
