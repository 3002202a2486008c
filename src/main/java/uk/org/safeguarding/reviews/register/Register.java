package uk.org.safeguarding.reviews.register;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

import org.springframework.data.jdbc.core.JdbcAggregateTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The case register, kept up to date by the processes: each referral, review and audit with its
 * status, milestones, people and outcome. Knows nothing of Camunda. Pages of it are read by
 * {@link RegisterQuery}.
 */
@Service
public class Register {

  private final RegisterRepository repository;

  /** {@code jdbc} is no longer used (pages are read by {@link RegisterQuery}); kept for the tests' stand-ins. */
  public Register(RegisterRepository repository, JdbcAggregateTemplate jdbc) {
    this.repository = repository;
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

  /** A case's 7-minute briefing, when and where it was published, and its learning points (kept when null). */
  @Transactional
  public void recordBriefing(String processInstanceId, String briefing, LocalDate publishedOn, String publishedWhere,
      String learningPoints) {
    update(processInstanceId, entry -> {
      entry.setBriefing(briefing == null || briefing.isBlank() ? null : briefing.trim());
      entry.setBriefingPublishedOn(publishedOn);
      entry.setBriefingPublishedWhere(publishedWhere);
      if (learningPoints != null && !learningPoints.isBlank()) {
        entry.setLearningPoints(learningPoints.trim());
      }
    });
  }

  /**
   * Puts a case from before the system on the register, as it is (marked imported; its process
   * instance id "imported-" and a random id, as it ran in no process).
   */
  @Transactional
  public RegisterEntry importEntry(String caseReference, String entryType, LocalDate openedOn, Consumer<RegisterEntry> details) {
    RegisterEntry entry = new RegisterEntry(caseReference, entryType, "imported-" + java.util.UUID.randomUUID(), openedOn);
    entry.setImported(true);
    details.accept(entry);
    return repository.save(entry);
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
