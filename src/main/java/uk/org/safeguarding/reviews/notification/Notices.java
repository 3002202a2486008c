package uk.org.safeguarding.reviews.notification;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.context.BpmnExecutionContext;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandContextListener;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

import uk.org.safeguarding.reviews.engine.SystemActions;

/**
 * E-mails notices (Spring Mail) to the members of groups and to users, through the engine's jobs: a
 * step that causes a notice writes a {@link NoticeJob} in its own transaction (a step that fails and
 * rolls back leaves none), and the job executor sends it afterwards. A mail server that is slow or
 * down never slows or stops a step: the job fails, the engine retries it on the notices' retry cycle,
 * and after the last try it shows as an incident in Cockpit; the task is in Tasklist all along.
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
  private final NoticeFailures failures;
  private final AtomicBoolean toldNoMailServer = new AtomicBoolean();
  /** The mail server, looked up once: it is configured at start-up or not at all (each look-up cost Spring a search). */
  private volatile Optional<JavaMailSender> configuredMailSender;

  public Notices(NoticeSettings settings, IdentityService identityService, ObjectProvider<JavaMailSender> mailSender,
      SystemActions system, NoticeFailures failures) {
    this.system = system;
    this.settings = settings;
    this.identityService = identityService;
    this.mailSender = mailSender;
    this.failures = failures;
  }

  NoticeSettings settings() {
    return settings;
  }

  static String due(Date date) {
    return date == null ? "no due date" : DUE.format(date.toInstant());
  }

  /**
   * From inside the engine (a listener or delegate): a notice to every member of the groups and to
   * the users named, as a job of the current transaction. The notice is written when the step's work
   * is done, just before the engine saves it, so it shows the work as saved (e.g. the task's final name).
   */
  public void announce(Collection<String> groupIds, Collection<String> userIds, Supplier<Notice> notice) {
    // engine work: the log line carries the case reference and the process instance (the engine's logging context)
    LOG.debug("Notice to groups {} and users {}", groupIds, userIds);
    if (!settings.isEnabled()) {
      return;
    }
    if (mailSender() == null) {
      if (!toldNoMailServer.getAndSet(true)) {
        LOG.info("No mail server configured (spring.mail.host): e-mail notices are not sent");
      }
      return;
    }
    if (groupIds.isEmpty() && userIds.isEmpty()) {
      return;
    }
    List<String> groups = List.copyOf(new LinkedHashSet<>(groupIds));
    List<String> users = List.copyOf(new LinkedHashSet<>(userIds));
    BpmnExecutionContext executionContext = Context.getBpmnExecutionContext();
    ExecutionEntity execution = executionContext == null ? null : executionContext.getExecution();
    ExecutionEntity processInstance = execution == null ? null : execution.getProcessInstance();
    String activityId = execution == null ? null : execution.getActivityId();
    Context.getCommandContext().registerCommandContextListener(new CommandContextListener() {
      @Override
      public void onCommandContextClose(CommandContext commandContext) {
        Notice written = notice.get();
        commandContext.getJobManager().send(NoticeJob.message(
            new NoticeJob.Content(groups, users, written.subject(), written.body()),
            processInstance == null || processInstance.isEnded() ? null : processInstance, activityId));
      }

      @Override
      public void onCommandFailed(CommandContext commandContext, Throwable t) {
        // the step is refused: nothing was done, nobody is told
      }
    });
  }

  private JavaMailSender mailSender() {
    Optional<JavaMailSender> sender = configuredMailSender;
    if (sender == null) {
      sender = Optional.ofNullable(mailSender.getIfAvailable());
      configuredMailSender = sender;
    }
    return sender.orElse(null);
  }

  /** A reminder to every member of a group: what is due, when, and where to do it. */
  public void remind(String groupId, String what, Date due) {
    String subject = what.isEmpty() ? what : Character.toUpperCase(what.charAt(0)) + what.substring(1);
    announce(List.of(groupId), List.of(), () -> new Notice(
        "Reminder: " + subject + " — due " + due(due),
        "A reminder from the partnership's safeguarding reviews workflow:\n\n  " + subject
            + "\n  Due: " + due(due) + "\n\nOpen Tasklist: " + settings.getTasklistUrl()));
  }

  /**
   * Sends a notice job's e-mails, from the job executor. Who is in a group is read now. A failure
   * throws, so the engine retries the job; a retry sends to everyone again (a relay failing halfway
   * through one notice may give some people the notice twice, never nobody).
   */
  void send(NoticeJob.Content content) {
    JavaMailSender sender = mailSender();
    if (!settings.isEnabled() || sender == null) {
      LOG.info("Notice '{}' not sent: e-mail notices are switched off or have no mail server", content.subject());
      return;
    }
    // who is in a group is not the business of whoever runs the job: looked up as the application
    Set<String> addresses = system.call(() -> addresses(content.groups(), content.users()));
    for (String address : addresses) {
      SimpleMailMessage message = new SimpleMailMessage();
      message.setFrom(settings.getFrom());
      message.setTo(address);
      message.setSubject(content.subject());
      message.setText(content.body() + Notice.FOOTER);
      try {
        sender.send(message);
      } catch (MailException | IllegalStateException e) {
        failures.failed();
        LOG.warn("Notice '{}' could not be e-mailed to {}: {}", content.subject(), address, e.getMessage());
        throw new NoticeNotSent("The mail server did not take the notice '" + content.subject() + "': " + e.getMessage(), e);
      }
    }
  }

  /** A notice the mail server did not take: the job fails and the engine tries again later. */
  static class NoticeNotSent extends RuntimeException {
    NoticeNotSent(String message, Throwable cause) {
      super(message, cause);
    }
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
}
