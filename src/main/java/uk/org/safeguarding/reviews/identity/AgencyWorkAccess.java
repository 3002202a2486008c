package uk.org.safeguarding.reviews.identity;

import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.stereotype.Component;

import uk.org.safeguarding.reviews.engine.SystemActions;

/**
 * When a process gives an agency work, the agency may read that process instance: its own
 * briefing note, IMR, audit information or other contribution, or the delivery of an action it
 * owns, each in a process of its own. Never the review or action plan that called it, nor another
 * agency's contribution or action. Only agency work is given to an agency's group, so this is the
 * only grant an agency gets on a case.
 */
@Component
public class AgencyWorkAccess implements TaskListener {

  private final SystemActions system;

  public AgencyWorkAccess(SystemActions system) {
    this.system = system;
  }

  @Override
  public void notify(DelegateTask task) {
    for (IdentityLink link : task.getCandidates()) {
      if (IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null
          && link.getGroupId().startsWith(Agency.GROUP_PREFIX)) {
        system.run(() -> AccessRules.grantInCommand(link.getGroupId(), Resources.PROCESS_INSTANCE, task.getProcessInstanceId(),
            Permissions.READ));
      }
    }
  }
}
