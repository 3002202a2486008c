package uk.org.safeguarding.reviews.contribution;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * Who submitted an agency's contribution: the user who completed the agency's task (else its
 * assignee), kept on the contribution as {@code submittedBy} when the task completes. The
 * contribution joins the case later, in a job of its own where nobody is signed in, so this is where
 * the name is known. The process sets it after the user's values, so a value sent by the user is
 * overwritten. Called from BPMN as a completion listener, {@code ${recordSubmitter}}.
 */
@Component("recordSubmitter")
public class ContributionSubmitter implements TaskListener {

  public static final String SUBMITTED_BY = "submittedBy";

  private final IdentityService identityService;

  public ContributionSubmitter(@Lazy IdentityService identityService) {
    this.identityService = identityService;
  }

  @Override
  public void notify(DelegateTask task) {
    Authentication user = identityService.getCurrentAuthentication();
    String submittedBy = user != null && user.getUserId() != null ? user.getUserId() : task.getAssignee();
    task.getExecution().getProcessInstance().setVariable(SUBMITTED_BY, submittedBy);
  }
}
