package uk.org.safeguarding.reviews.forms;

import uk.org.safeguarding.reviews.engine.JsonVariables;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

import uk.org.safeguarding.reviews.identity.Agencies;

/**
 * Checks the agencies a person chose on a form ({@code agenciesInvolved}) are member agencies, so
 * no task goes to a group nobody is in. Called from BPMN as {@code ${agencyChoices.check(task)}}.
 */
@Component("agencyChoices")
public class AgencyChoices {

  private final Agencies agencies;

  public AgencyChoices(Agencies agencies) {
    this.agencies = agencies;
  }

  public void check(DelegateTask task) {
    List<String> chosen = JsonVariables.strings(task.getVariable("agenciesInvolved"));
    List<String> unknown = agencies.unknown(chosen);
    if (chosen.isEmpty() || !unknown.isEmpty()) {
      throw new InvalidCaseDataException("Cannot complete '" + task.getName() + "'",
          List.of(chosen.isEmpty() ? "choose at least one agency" : "unknown agencies: " + unknown));
    }
    task.setVariable("agenciesInvolved", JsonVariables.json(chosen));
  }
}
