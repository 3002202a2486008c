package uk.org.safeguarding.reviews.notification;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.TransactionState;
import org.camunda.bpm.engine.impl.context.Context;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

import uk.org.safeguarding.reviews.engine.SystemActions;

/**
 * Sends notices by e-mail (Spring Mail) to the members of groups, once the engine has committed
 * the work they announce: a step that fails and rolls back tells nobody anything. A mail server
 * that is down never stops a process; the failure is logged and the task is still in Tasklist.
 */
@Component("notices")
public class Notices {

  private static final Logger LOG = LoggerFactory.getLogger(Notices.class);
  private static final DateTimeFormatter DUE = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy, HH:mm", Locale.UK)
      .withZone(ZoneId.of("Europe/London"));

  private final NoticeSettings settings;
  private final IdentityService identityService;
  private final ObjectProvider<JavaMailSender> mailSender;
  private final SystemActions system;
  private final AtomicBoolean toldNoMailServer = new AtomicBoolean();

  public Notices(NoticeSettings settings, IdentityService identityService, ObjectProvider<JavaMailSender> mailSender,
      SystemActions system) {
    this.system = system;
    this.settings = settings;
    this.identityService = identityService;
    this.mailSender = mailSender;
  }

  NoticeSettings settings() {
    return settings;
  }

  static String due(Date date) {
    return date == null ? "no due date" : DUE.format(date.toInstant());
  }

  /**
   * From inside the engine (a listener or delegate): e-mails every member of the groups, and the
   * users named, after the current transaction commits. The notice is written only then, so it
   * shows the work as committed (e.g. the task's final name).
   */
  public void afterCommit(Collection<String> groupIds, Collection<String> userIds, Supplier<Notice> notice) {
    if (!settings.isEnabled()) {
      return;
    }
    if (mailSender.getIfAvailable() == null) {
      if (!toldNoMailServer.getAndSet(true)) {
        LOG.info("No mail server configured (spring.mail.host): e-mail notices are not sent");
      }
      return;
    }
    // who is in a group is not the acting user's business: looked up as the application
    Set<String> addresses = system.call(() -> addresses(groupIds, userIds));
    if (addresses.isEmpty()) {
      return;
    }
    Context.getCommandContext().getTransactionContext().addTransactionListener(TransactionState.COMMITTED,
        committed -> send(addresses, notice.get()));
  }

  /** A reminder to every member of a group, after commit: what is due, when, and where to do it. */
  public void remind(String groupId, String what, Date due) {
    String subject = what.isEmpty() ? what : Character.toUpperCase(what.charAt(0)) + what.substring(1);
    afterCommit(List.of(groupId), List.of(), () -> new Notice(
        "Reminder: " + subject + " — due " + due(due),
        "A reminder from the partnership's safeguarding reviews workflow:\n\n  " + subject
            + "\n  Due: " + due(due) + "\n\nOpen Tasklist: " + settings.getTasklistUrl()));
  }

  /** The e-mail addresses of the members of the groups and of the users; people without one are skipped. */
  private Set<String> addresses(Collection<String> groupIds, Collection<String> userIds) {
    Set<String> addresses = new LinkedHashSet<>();
    for (String groupId : groupIds) {
      identityService.createUserQuery().memberOfGroup(groupId).list().forEach(user -> addTo(addresses, user));
    }
    for (String userId : userIds) {
      User user = identityService.createUserQuery().userId(userId).singleResult();
      if (user != null) {
        addTo(addresses, user);
      }
    }
    return addresses;
  }

  private static void addTo(Set<String> addresses, User user) {
    if (user.getEmail() != null && !user.getEmail().isBlank()) {
      addresses.add(user.getEmail().trim());
    }
  }

  private void send(Set<String> addresses, Notice notice) {
    JavaMailSender sender = mailSender.getObject();
    for (String address : addresses) {
      SimpleMailMessage message = new SimpleMailMessage();
      message.setFrom(settings.getFrom());
      message.setTo(address);
      message.setSubject(notice.subject());
      message.setText(notice.body() + Notice.FOOTER);
      try {
        sender.send(message);
      } catch (MailException | IllegalStateException e) {
        LOG.warn("Notice '{}' could not be e-mailed to {}: {}", notice.subject(), address, e.getMessage());
      }
    }
  }
}
