package uk.org.safeguarding.reviews.notification;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;

import uk.org.safeguarding.reviews.engine.ProcessKeys;

/**
 * When a task is created, its candidate groups and users (and its assignee) get an e-mail: the
 * task's name, its due date and a link to it in Tasklist. Escalations and chases are tasks too, so
 * the board chair hears of a missed deadline the moment it is escalated.
 */
public class TaskArrivalNotice implements TaskListener {

  private final Notices notices;

  public TaskArrivalNotice(Notices notices) {
    this.notices = notices;
  }

  /** The subject of every notice of LADO work. */
  public static final String LADO_SUBJECT = "A LADO task is waiting";

  private static boolean isLadoWork(DelegateTask task) {
    String definition = task.getProcessDefinitionId();
    return definition != null && ProcessKeys.isLado(definition.substring(0, definition.indexOf(':') < 0 ? definition.length() : definition.indexOf(':')));
  }

  @Override
  public void notify(DelegateTask task) {
    List<String> groups = new ArrayList<>();
    List<String> users = new ArrayList<>();
    for (IdentityLink link : task.getCandidates()) {
      if (!IdentityLinkType.CANDIDATE.equals(link.getType())) {
        continue;
      }
      if (link.getGroupId() != null) {
        groups.add(link.getGroupId());
      } else if (link.getUserId() != null) {
        users.add(link.getUserId());
      }
    }
    if (task.getAssignee() != null) {
      users.add(task.getAssignee());
    }
    if (isLadoWork(task)) {
      // LADO work: no names in an e-mail, neither the person's nor a child's, nor even the case reference
      notices.announce(groups, users, () -> new Notice(LADO_SUBJECT,
          "A LADO task is waiting for you in Tasklist.\n\nOpen it: " + notices.settings().taskLink(task.getId())));
      return;
    }
    notices.announce(groups, users, () -> new Notice(
        "Task for you: " + task.getName(),
        "A task is waiting for you in Tasklist:\n\n  " + task.getName()
            + "\n  Due: " + Notices.due(task.getDueDate())
            + "\n\nOpen it: " + notices.settings().taskLink(task.getId())));
  }
}
