package uk.org.safeguarding.reviews.gate;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.form.CamundaFormRef;
import org.camunda.bpm.engine.form.StartFormData;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.ProcessInstantiationBuilderImpl;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.repository.ProcessDefinitionQuery;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import uk.org.safeguarding.reviews.text.CaseText;
import uk.org.safeguarding.reviews.forms.InvalidCaseDataException;
import uk.org.safeguarding.reviews.identity.Groups;

/**
 * The one way into the record. Every engine command passes here first, whichever API sent it
 * ({@code /engine-rest}, the web apps' {@code /camunda/api/engine}, or Java); the gate looks only at
 * commands sent by a signed-in user, applying the {@link Rule} that {@link EngineCommands} gives
 * each command:
 *
 * <ul>
 *   <li>a start begins at the start event, with exactly what the start form writes; a completion
 *       carries exactly what the task's form writes ({@link FormContract}): anything else is refused
 *       with 400 naming it, before anything is written;</li>
 *   <li>what would change the record outside the steps (setting or deleting variables, starting
 *       part-way, modifying, restarting, migrating or deleting instances, executing or re-dating
 *       jobs, attachments…) is refused with 403;</li>
 *   <li>comments only on one's own task, in plain words (no markup, as in a form), read only with
 *       the task; failed jobs retried only by the business manager; users, groups and grants managed
 *       only by administrators.</li>
 * </ul>
 *
 * <p>Commands the processes run themselves (a delegate starting a review, a job executing a
 * timer) are nested inside a command already running, or run with no user: the gate lets them be.
 * Both HTTP APIs refuse anonymous callers before the engine sees them, so every request from
 * outside arrives here with its user.
 *
 * <p>The gate stands at two places of the engine's command chain. {@link #atTheDoor()}, the first
 * interceptor, before a transaction or command context exists, tells a user's own command from one
 * nested in a running command and refuses at once what no user may do. What must be looked up (the
 * task's form, the case, the job) is checked by {@link #insideTheCommand()}, the last interceptor
 * before the command runs: in the command's own context and transaction, so the look-ups share the
 * command's connection and entity cache (the task the gate reads is the one the completion then
 * finds) instead of opening a transaction of their own. A refusal there still comes before anything
 * is written, and rolls back the (empty) transaction.
 */
public class SubmissionGate {

  private static final Logger LOG = LoggerFactory.getLogger(SubmissionGate.class);
  private static final int MAX_COMMENT = 2_000;
  private static final int MAX_RETRIES = 10;
  /** The web apps whose users watch the work as a whole: Cockpit (cases, deadlines) and Admin (the engine's metrics). */
  private static final List<String> WATCHING_APPS = List.of("cockpit", "admin");

  private final ProcessEngineConfigurationImpl engine;
  private final FormContracts forms;

  public SubmissionGate(ProcessEngineConfigurationImpl engine, FormContracts forms) {
    this.engine = engine;
    this.forms = forms;
  }

  /** The user's command now on its way through the chain, to be checked inside its command context. */
  private final ThreadLocal<Command<?>> usersCommand = new ThreadLocal<>();

  /** The first interceptor: a user's own command is refused at once, or marked to be checked inside its context. */
  public CommandInterceptor atTheDoor() {
    return new CommandInterceptor() {
      @Override
      public <T> T execute(Command<T> command) {
        Authentication user = Context.getCommandContext() == null ? engine.getIdentityService().getCurrentAuthentication() : null;
        if (user == null || user.getUserId() == null) {
          return next.execute(command);
        }
        switch (EngineCommands.ruleFor(command.getClass())) {
          case READ, ENGINE -> {
            return next.execute(command);
          }
          case SKIP_FOR_USERS -> {
            return null;
          }
          case START_FORM, TASK_FORM, CLAIM, ASSIGN, ADD_COMMENT, READ_TASK_COMMENTS, READ_CASE_COMMENTS, RETRY_FAILED_JOB,
              IDENTITY_ADMINISTRATION, READ_COUNTS -> {
            usersCommand.set(command);
            try {
              return next.execute(command);
            } finally {
              usersCommand.remove();
            }
          }
          default -> {
            refuse(user, command, "a case is worked on only through the steps of its processes");
            return null;
          }
        }
      }
    };
  }

  /** The last interceptor before the command runs: checks the user's marked command in its own context and transaction. */
  public CommandInterceptor insideTheCommand() {
    return new CommandInterceptor() {
      @Override
      public <T> T execute(Command<T> command) {
        if (usersCommand.get() == command) {
          usersCommand.remove();
          check(command, engine.getIdentityService().getCurrentAuthentication());
        }
        return next.execute(command);
      }
    };
  }

  private void check(Command<?> command, Authentication user) {
    switch (EngineCommands.ruleFor(command.getClass())) {
      case START_FORM -> checkStart(command);
      case TASK_FORM -> checkCompletion(command);
      case CLAIM -> checkClaim(command, user);
      case ASSIGN -> checkAssignment(command, user);
      case ADD_COMMENT -> checkComment(command, user);
      case READ_TASK_COMMENTS -> requireVisibleTask(CommandFields.text(command, "taskId"));
      case READ_CASE_COMMENTS -> requireVisibleCase(CommandFields.text(command, "processInstanceId"));
      case RETRY_FAILED_JOB -> checkRetry(command, user);
      case IDENTITY_ADMINISTRATION -> checkIdentityAdministration(command, user);
      case READ_COUNTS -> checkCounts(command, user);
      default -> refuse(user, command, "a case is worked on only through the steps of its processes");
    }
  }

  private void checkStart(Command<?> command) {
    Map<String, Object> variables;
    ProcessDefinition definition;
    if (command instanceof org.camunda.bpm.engine.impl.cmd.StartProcessInstanceCmd) {
      ProcessInstantiationBuilderImpl start = (ProcessInstantiationBuilderImpl) CommandFields.read(command, "instantiationBuilder");
      if (start.getCaseInstanceId() != null || start.getRestartedProcessInstanceId() != null
          || !start.getModificationBuilder().getModificationOperations().isEmpty()) {
        throw new RefusedOperation("A process starts at its start event, through its start form");
      }
      variables = start.getVariables();
      definition = asSystem(() -> definition(start.getProcessDefinitionId(), start.getProcessDefinitionKey(),
          start.getProcessDefinitionTenantId()));
    } else {
      variables = castMap(CommandFields.read(command, "variables"));
      String id = CommandFields.text(command, "processDefinitionId");
      definition = asSystem(() -> definition(id, null, null));
    }
    if (definition == null) {
      return;
    }
    CamundaFormRef form = asSystem(() -> {
      StartFormData data = engine.getFormService().getStartFormData(definition.getId());
      return data == null ? null : data.getCamundaFormRef();
    });
    String name = definition.getName() == null ? definition.getKey() : definition.getName();
    if (form == null) {
      throw new RefusedOperation("'" + name + "' is started by the case that needs it, not by hand");
    }
    List<String> problems = forms.forForm(form.getKey()).problems(variables == null ? Map.of() : variables, key -> null);
    if (!problems.isEmpty()) {
      throw new InvalidCaseDataException("Cannot start '" + name + "'", problems);
    }
  }

  private ProcessDefinition definition(String id, String key, String tenantId) {
    ProcessDefinitionQuery query = engine.getRepositoryService().createProcessDefinitionQuery();
    if (id != null) {
      query.processDefinitionId(id);
    } else if (key != null) {
      query.processDefinitionKey(key).latestVersion();
      if (tenantId != null) {
        query.tenantIdIn(tenantId);
      } else {
        query.withoutTenantId();
      }
    } else {
      return null;
    }
    return query.singleResult();
  }

  private void checkCompletion(Command<?> command) {
    String taskId = CommandFields.text(command, "taskId");
    Map<String, Object> variables = castMap(CommandFields.read(command, command instanceof SubmitTaskFormCmd ? "properties" : "variables"));
    // Read as the completion itself will read it (one look-up, kept in the command's entity cache). Whether the
    // caller may complete it is the engine's own check, made by the completion before anything is written; a
    // refused submission is explained only to a caller who may see the task.
    TaskEntity task = taskId == null ? null : Context.getCommandContext().getTaskManager().findTaskById(taskId);
    if (task == null) {
      return; // not there: the engine answers as it would
    }
    task.initializeFormKey();
    CamundaFormRef form = task.getCamundaFormRef();
    FormContract contract = form == null ? forms.none() : forms.forForm(form.getKey());
    List<String> problems = contract.problems(variables == null ? Map.of() : variables,
        key -> asSystem(() -> engine.getTaskService().getVariable(taskId, key)));
    if (!problems.isEmpty()) {
      if (engine.getTaskService().createTaskQuery().taskId(taskId).count() == 0) {
        throw new RefusedOperation("This task is not yours to complete"); // its name and form are not told
      }
      throw new InvalidCaseDataException("Cannot complete '" + task.getName() + "'", problems);
    }
  }

  private void checkClaim(Command<?> command, Authentication user) {
    String claimant = CommandFields.text(command, "userId");
    if (claimant != null && !claimant.equals(user.getUserId())) {
      throw new RefusedOperation("A task is claimed by the person who will do it, not for someone else");
    }
  }

  private void checkAssignment(Command<?> command, Authentication user) {
    String assignee = CommandFields.text(command, "userId");
    if (assignee == null || assignee.equals(user.getUserId())) {
      return;
    }
    String taskId = CommandFields.text(command, "taskId");
    List<String> offeredTo = candidateGroups(taskId);
    List<String> assigneeGroups = asSystem(() -> engine.getIdentityService().createGroupQuery().groupMember(assignee).list())
        .stream().map(Group::getId).toList();
    if (offeredTo.stream().noneMatch(assigneeGroups::contains)) {
      throw new RefusedOperation("A task can be given only to someone in a group it is offered to");
    }
  }

  private void checkComment(Command<?> command, Authentication user) {
    String taskId = CommandFields.text(command, "taskId");
    if (taskId == null) {
      throw new RefusedOperation("Comments are made on a task of one's own, not on a whole case");
    }
    String processInstanceId = CommandFields.text(command, "processInstanceId");
    Task task = requireVisibleTask(taskId);
    if (task == null || processInstanceId != null && !processInstanceId.equals(task.getProcessInstanceId())) {
      throw new RefusedOperation("Comments are made on a task of one's own");
    }
    boolean own = user.getUserId().equals(task.getAssignee())
        || candidateGroups(taskId).stream().anyMatch(group -> user.getGroupIds() != null && user.getGroupIds().contains(group))
        || asSystem(() -> engine.getTaskService().getIdentityLinksForTask(taskId)).stream()
            .anyMatch(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && user.getUserId().equals(link.getUserId()));
    if (!own) {
      throw new RefusedOperation("Comments are made on a task of one's own: this task is offered to others");
    }
    String message = CommandFields.text(command, "message");
    if (message == null || message.isBlank() || message.length() > MAX_COMMENT) {
      throw new InvalidCaseDataException("Cannot add the comment",
          List.of("A comment is between 1 and " + MAX_COMMENT + " characters"));
    }
    if (CaseText.looksLikeMarkupOrExpression(message)) {
      throw new InvalidCaseDataException("Cannot add the comment", List.of("The comment " + CaseText.MARKUP_REFUSED));
    }
  }

  /** The task, when the caller may see it (runtime or history); refused otherwise. */
  private Task requireVisibleTask(String taskId) {
    if (taskId == null) {
      throw new RefusedOperation("Name the task");
    }
    Task task = engine.getTaskService().createTaskQuery().taskId(taskId).singleResult();
    if (task == null && engine.getHistoryService().createHistoricTaskInstanceQuery().taskId(taskId).count() == 0) {
      throw new RefusedOperation("A task's comments are read only with the task, and this task is not yours to see");
    }
    return task;
  }

  private void requireVisibleCase(String processInstanceId) {
    if (processInstanceId == null || engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(processInstanceId).count() == 0
        && engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(processInstanceId).count() == 0) {
      throw new RefusedOperation("A case's comments are read only with the case, and this case is not yours to see");
    }
  }

  private void checkRetry(Command<?> command, Authentication user) {
    if (!inGroup(user, Groups.BUSINESS_MANAGER)) {
      refuse(user, command, "only the business manager retries a failed job");
    }
    int retries = (Integer) CommandFields.read(command, "retries");
    String jobId = CommandFields.text(command, "jobId");
    Collection<?> jobIds = jobId != null ? List.of(jobId) : (Collection<?>) CommandFields.read(command, "jobIds");
    if (CommandFields.read(command, "jobDefinitionId") != null || jobIds == null || jobIds.isEmpty()) {
      throw new RefusedOperation("Retry one failed job at a time, by its id");
    }
    if (retries < 1 || retries > MAX_RETRIES) {
      throw new RefusedOperation("A failed job is retried with between 1 and " + MAX_RETRIES + " retries");
    }
    for (Object id : jobIds) {
      long failed = asSystem(() -> engine.getManagementService().createJobQuery().jobId(String.valueOf(id)).noRetriesLeft().count());
      if (failed == 0) {
        throw new RefusedOperation("Only a job that has failed is retried; a deadline still to come keeps its own schedule");
      }
    }
  }

  /** Counts across every case: for the users who watch the work (Cockpit, or Admin's execution metrics). */
  private void checkCounts(Command<?> command, Authentication user) {
    AuthorizationService grants = engine.getAuthorizationService();
    boolean watches = asSystem(() -> WATCHING_APPS.stream().anyMatch(app -> grants.isUserAuthorized(user.getUserId(),
        user.getGroupIds(), Permissions.ACCESS, Resources.APPLICATION, app)));
    if (!watches) {
      refuse(user, command, "counts across every case are for those who watch the work in Cockpit or Admin");
    }
  }

  private void checkIdentityAdministration(Command<?> command, Authentication user) {
    if (inGroup(user, Groups.ADMINISTRATORS)) {
      return;
    }
    if (command instanceof org.camunda.bpm.engine.impl.cmd.SaveUserCmd) {
      Object account = CommandFields.read(command, "user");
      if (account instanceof org.camunda.bpm.engine.identity.User own && user.getUserId().equals(own.getId())) {
        return; // one's own profile and password
      }
    }
    refuse(user, command, "only administrators manage users, groups and grants");
  }

  private List<String> candidateGroups(String taskId) {
    return asSystem(() -> engine.getTaskService().getIdentityLinksForTask(taskId)).stream()
        .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
        .map(IdentityLink::getGroupId).toList();
  }

  private static boolean inGroup(Authentication user, String group) {
    return user.getGroupIds() != null && user.getGroupIds().contains(group);
  }

  private static void refuse(Authentication user, Command<?> command, String why) {
    String what = EngineCommandWords.of(command.getClass());
    LOG.info("Refused '{}' for user {}: {}", what, user.getUserId(), why);
    throw new RefusedOperation("Not allowed: " + what + " (" + why + ")");
  }

  /** Looks things up without the caller's authorization checks; what the caller may do is checked here. */
  private <T> T asSystem(Supplier<T> action) {
    IdentityService identity = engine.getIdentityService();
    Authentication current = identity.getCurrentAuthentication();
    identity.clearAuthentication();
    try {
      return action.get();
    } finally {
      identity.setAuthentication(current);
    }
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> castMap(Object value) {
    return (Map<String, Object>) value;
  }
}
