package uk.org.safeguarding.reviews.register;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The case register, kept up to date by the processes: each referral, review and audit with its
 * status, milestones, people and outcome. Knows nothing of Camunda.
 */
@Service
public class Register {

  private final RegisterRepository repository;

  public Register(RegisterRepository repository) {
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

  /** Whether a referral, review or audit with this case reference is still open. */
  public boolean hasOpenCase(String caseReference) {
    return repository.findByCaseReferenceOrderById(caseReference).stream().anyMatch(e -> e.getClosedOn() == null);
  }

  public RegisterEntry entry(String processInstanceId) {
    return repository.findByProcessInstanceId(processInstanceId)
        .orElseThrow(() -> new IllegalStateException("No register entry for process instance " + processInstanceId));
  }

  public List<RegisterEntry> forCase(String caseReference) {
    return repository.findByCaseReferenceOrderById(caseReference);
  }

  public List<RegisterEntry> all() {
    return repository.findAllByOrderByIdDesc();
  }
}
