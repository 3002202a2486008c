package uk.org.safeguarding.reviews.review;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.web.server.ResponseStatusException;

import uk.org.safeguarding.reviews.calendar.UkDates;
import uk.org.safeguarding.reviews.engine.SystemActions;
import uk.org.safeguarding.reviews.text.CaseText;
import uk.org.safeguarding.reviews.forms.InvalidCaseDataException;
import uk.org.safeguarding.reviews.register.Register;

/**
 * The SCR group chair asks for more time when it is needed: the request reaches the review's
 * completion deadline as the message {@link ReviewProcess#MESSAGE_EXTENSION_REQUESTED}, correlated by
 * the application (users cannot correlate messages over the engine's APIs), and the board chair then
 * has {@code UserTask_DecideExtension}. Who asked and when are the server's to say, not the caller's.
 * The model checks the date against the current deadline as the message arrives
 * ({@code reviewDeadline.checkExtensionRequest}).
 */
@Service
public class ExtensionRequests {

  public static final String REASON = "extensionReason";
  public static final String PROPOSED_DUE_DATE = "proposedDueDate";
  public static final String REQUESTED_BY = "extensionRequestedBy";
  public static final String REQUESTED_BY_NAME = "extensionRequestedByName";
  public static final String REQUESTED_AT = "extensionRequestedAt";
  /** What a request leaves on the review until the board chair has decided it. */
  static final List<String> REQUEST_VARIABLES = List.of(REASON, PROPOSED_DUE_DATE, REQUESTED_BY, REQUESTED_BY_NAME, REQUESTED_AT);
  static final int MAX_REASON = 4000;

  /** What the SCR group chair sends. */
  public record Request(String proposedDueDate, String extensionReason) {}

  /** The request as recorded, and the board chair's task it opened. */
  public record Requested(String caseReference, String proposedDueDate, String extensionReason, String requestedBy,
      Date requestedAt, String decisionTaskId) {}

  private final RuntimeService runtime;
  private final TaskService tasks;
  private final IdentityService identity;
  private final Register register;
  private final SystemActions system;
  private final Clock clock;

  public ExtensionRequests(RuntimeService runtime, TaskService tasks, IdentityService identity, Register register,
      SystemActions system, Clock clock) {
    this.runtime = runtime;
    this.tasks = tasks;
    this.identity = identity;
    this.register = register;
    this.system = system;
    this.clock = clock;
  }

  /**
   * Puts the request to the board chair. 400 (IllegalArgumentException or InvalidCaseDataException)
   * for what is wrong with it, 404 for a case not on the register, 409 when the case has no review
   * that can take a request now.
   */
  public Requested request(String caseReference, Request request, String userId) {
    if (request == null) {
      throw new IllegalArgumentException("Cannot request the extension: send 'proposedDueDate' and 'extensionReason'");
    }
    String reason = request.extensionReason() == null ? "" : request.extensionReason().strip();
    if (reason.isEmpty()) {
      throw new IllegalArgumentException("Cannot request the extension: give the reason ('extensionReason')");
    }
    if (reason.length() > MAX_REASON) {
      throw new IllegalArgumentException("Cannot request the extension: the reason is too long (" + reason.length()
          + " characters, at most " + MAX_REASON + ")");
    }
    if (CaseText.looksLikeMarkupOrExpression(reason)) {
      throw new IllegalArgumentException("Cannot request the extension: the reason " + CaseText.MARKUP_REFUSED);
    }
    LocalDate proposed = date(request.proposedDueDate());

    ProcessInstance review = system.call(() -> runningReview(caseReference));
    String instanceId = review.getId();
    Task awaiting = system.call(() -> decisionTask(instanceId));
    if (awaiting != null) {
      throw new ResponseStatusException(HttpStatus.CONFLICT, "An extension request for " + caseReference
          + " is already with the board chair; ask again once they have decided it");
    }
    boolean waiting = system.call(() -> runtime.createEventSubscriptionQuery().processInstanceId(instanceId)
        .eventType("message").eventName(ReviewProcess.MESSAGE_EXTENSION_REQUESTED).count() > 0);
    if (!waiting) {
      throw new ResponseStatusException(HttpStatus.CONFLICT, "The review of " + caseReference
          + " has been signed off: its completion deadline can no longer be extended");
    }

    Date now = Date.from(clock.instant());
    Map<String, Object> variables = Variables.createVariables()
        .putValue(PROPOSED_DUE_DATE, proposed.toString())
        .putValue(REASON, reason)
        .putValue(REQUESTED_BY, userId)
        .putValue(REQUESTED_BY_NAME, system.call(() -> name(userId)))
        .putValue(REQUESTED_AT, now);
    try {
      system.run(() -> runtime.createMessageCorrelation(ReviewProcess.MESSAGE_EXTENSION_REQUESTED)
          .processInstanceId(instanceId).setVariables(variables).correlateWithResult());
    } catch (MismatchingMessageCorrelationException | OptimisticLockingException e) {
      throw new ResponseStatusException(HttpStatus.CONFLICT, "The review of " + caseReference
          + " changed while the request was made; look at it again before asking");
    } catch (RuntimeException e) {
      for (Throwable cause = e; cause != null; cause = cause.getCause()) {
        if (cause instanceof InvalidCaseDataException refused) {
          throw refused;
        }
      }
      throw e;
    }
    Task decision = system.call(() -> decisionTask(instanceId));
    return new Requested(caseReference, proposed.toString(), reason, userId, now, decision == null ? null : decision.getId());
  }

  /** A running review, its completion deadline, and whether a request is with the board chair now. */
  public record OpenReview(String caseReference, Date reviewDueDate, String reviewDueDateText, boolean withTheBoardChair) {}

  /** The reviews whose completion deadline can be extended now or once the board chair has decided, by case. */
  public List<OpenReview> openReviews() {
    return system.call(() -> runtime.createEventSubscriptionQuery().eventType("message")
        .eventName(ReviewProcess.MESSAGE_EXTENSION_REQUESTED).list().stream()
        .map(subscription -> subscription.getProcessInstanceId()).distinct()
        .map(instanceId -> {
          ProcessInstance review = runtime.createProcessInstanceQuery().processInstanceId(instanceId).singleResult();
          Object due = runtime.getVariable(instanceId, "reviewDueDate");
          Date dueDate = due instanceof Date date ? date : null;
          return new OpenReview(review.getBusinessKey(), dueDate, dueDate == null ? null : UkDates.moment(dueDate),
              decisionTask(instanceId) != null);
        })
        .sorted(java.util.Comparator.comparing(OpenReview::caseReference))
        .toList());
  }

  private ProcessInstance runningReview(String caseReference) {
    List<ProcessInstance> reviews = runtime.createProcessInstanceQuery().processDefinitionKey(ReviewProcess.KEY)
        .processInstanceBusinessKey(caseReference).active().unlimitedList();
    if (!reviews.isEmpty()) {
      return reviews.get(0);
    }
    if (register.forCase(caseReference).isEmpty()) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No case " + caseReference + " on the register");
    }
    throw new ResponseStatusException(HttpStatus.CONFLICT, "Case " + caseReference
        + " has no serious case review or local CSPR running, so there is no deadline to extend");
  }

  private Task decisionTask(String processInstanceId) {
    return tasks.createTaskQuery().processInstanceId(processInstanceId)
        .taskDefinitionKey(ReviewProcess.TASK_DECIDE_EXTENSION).singleResult();
  }

  /** "First Last", or the user id when the user has no name. */
  private String name(String userId) {
    User user = identity.createUserQuery().userId(userId).singleResult();
    String name = user == null ? "" : ((user.getFirstName() == null ? "" : user.getFirstName()) + " "
        + (user.getLastName() == null ? "" : user.getLastName())).strip();
    return name.isEmpty() ? userId : name;
  }

  private static LocalDate date(String value) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("Cannot request the extension: give the proposed new completion date"
          + " ('proposedDueDate', a date such as 2027-06-30)");
    }
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("Cannot request the extension: 'proposedDueDate' must be a date (YYYY-MM-DD), not '"
          + (value.length() > 40 ? value.substring(0, 40) + "…" : value) + "'");
    }
  }
}
