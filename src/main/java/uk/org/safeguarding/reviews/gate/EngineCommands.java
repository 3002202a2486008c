package uk.org.safeguarding.reviews.gate;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.impl.AbstractNativeQuery;
import org.camunda.bpm.engine.impl.AbstractQuery;

/**
 * Every engine command a signed-in user can cause, and the {@link Rule} that applies to it. The
 * table is complete for the engine on the classpath: {@code EngineCommandsTest} lists every command
 * class of the engine and the web apps and fails for one that is not classified, so an upgrade that
 * brings new commands is decided here before it ships. A command not in the table is refused.
 *
 * <p>Queries (the engine's {@code AbstractQuery}) and {@code Get…Cmd} commands read; the engine's
 * authorizations decide what they return. Native (SQL) queries and Optimize's exports are refused.
 */
final class EngineCommands {

  private static final String IMPL = "org.camunda.bpm.engine.impl.";
  /** The engine's command packages: processes, and the cases (CMMN) and decisions (DMN) this application does not use. */
  private static final List<String> COMMAND_PACKAGES = List.of(IMPL + "cmd.", IMPL + "cmmn.cmd.", IMPL + "dmn.cmd.");
  /** The application's own commands (e.g. an administrator's unlock, after its own check): trusted. */
  private static final String APPLICATION = "uk.org.safeguarding.reviews.";
  /** Optimize's export commands: no Optimize reads this engine. */
  private static final String OPTIMIZE = IMPL + "cmd.optimize.";
  private static final Map<String, Rule> RULES = new HashMap<>();

  static {
    cmd(Rule.START_FORM, "StartProcessInstanceCmd", "SubmitStartFormCmd");
    cmd(Rule.TASK_FORM, "CompleteTaskCmd", "SubmitTaskFormCmd");
    cmd(Rule.CLAIM, "ClaimTaskCmd");
    cmd(Rule.ASSIGN, "AssignTaskCmd");
    cmd(Rule.ADD_COMMENT, "AddCommentCmd");
    cmd(Rule.READ_TASK_COMMENTS, "GetTaskCommentsCmd", "GetTaskCommentCmd", "GetTaskEventsCmd");
    cmd(Rule.READ_CASE_COMMENTS, "GetProcessInstanceCommentsCmd");
    cmd(Rule.RETRY_FAILED_JOB, "SetJobRetriesCmd");
    cmd(Rule.IDENTITY_ADMINISTRATION, "CreateUserCmd", "SaveUserCmd", "DeleteUserCmd", "UnlockUserCmd",
        "CreateGroupCmd", "SaveGroupCmd", "DeleteGroupCmd", "CreateMembershipCmd", "DeleteMembershipCmd",
        "CreateTenantCmd", "SaveTenantCmd", "DeleteTenantCmd", "CreateTenantUserMembershipCmd",
        "CreateTenantGroupMembershipCmd", "DeleteTenantUserMembershipCmd", "DeleteTenantGroupMembershipCmd",
        "CreateAuthorizationCommand", "SaveAuthorizationCmd", "DeleteAuthorizationCmd",
        "SetUserInfoCmd", "DeleteUserInfoCmd", "SetUserPictureCmd", "DeleteUserPictureCmd");
    cmd(Rule.READ, "CheckPassword", "AuthorizationCheckCmd", "CreateGroupQueryCmd", "CreateUserQueryCmd",
        "CreateTenantQueryCmd", "IsIdentityServiceReadOnlyCmd", "IsTelemetryEnabledCmd", "ExecuteFilterCountCmd",
        "ExecuteFilterListCmd", "ExecuteFilterListPageCmd", "ExecuteFilterSingleResultCmd", "FindActiveActivityIdsCmd",
        "FindHistoryCleanupJobsCmd", "DetermineHistoryLevelCmd");
    // the engine counts every instance of a definition here, also those the user may not read
    full(Rule.READ_COUNTS, IMPL + "ProcessDefinitionStatisticsQueryImpl", IMPL + "DeploymentStatisticsQueryImpl",
        IMPL + "metrics.MetricsQueryImpl", IMPL + "metrics.MetricsQueryImpl$MetricsQuerySumCmd",
        IMPL + "metrics.MetricsQueryImpl$MetricsQueryIntervalCmd");
    full(Rule.READ, IMPL + "GetDeployedTaskFormCmd",
        IMPL + "HistoricTaskInstanceReportImpl$HistoricTaskInstanceCountByProcessDefinitionKey",
        IMPL + "HistoricTaskInstanceReportImpl$HistoricTaskInstanceCountByNameCmd",
        IMPL + "HistoricTaskInstanceReportImpl$ExecuteDurationCmd",
        IMPL + "HistoricProcessInstanceReportImpl$ExecuteDurationReportCmd",
        IMPL + "TaskReportImpl$TaskCountByCandidateGroupCmd",
        IMPL + "ManagementServiceImpl$GetRegisteredDeploymentsCmd",
        "org.camunda.bpm.webapp.impl.db.QueryServiceImpl$QueryServiceRowCountCmd",
        "org.camunda.bpm.webapp.impl.db.QueryServiceImpl$ExecuteListQueryCmd",
        "org.camunda.bpm.webapp.impl.db.QueryServiceImpl$ExecuteSingleQueryCmd",
        "org.camunda.bpm.cockpit.impl.plugin.base.sub.resources.ProcessDefinitionResource$QueryCalledProcessDefinitionsCmd",
        "org.camunda.bpm.cockpit.impl.plugin.resources.ProcessInstanceRestService$QueryProcessInstancesCountCmd",
        "org.camunda.bpm.cockpit.impl.plugin.resources.ProcessInstanceRestService$QueryProcessInstancesCmd");
    // Attachments are switched off: a file about a child has no place outside the case's forms.
    cmd(Rule.REFUSED, "GetAttachmentCmd", "GetAttachmentContentCmd", "GetTaskAttachmentCmd", "GetTaskAttachmentContentCmd",
        "GetTaskAttachmentsCmd", "GetProcessInstanceAttachmentsCmd", "CreateAttachmentCmd", "SaveAttachmentCmd",
        "DeleteAttachmentCmd");
    // Read commands that show engine internals or other people's profiles beyond what the web apps need.
    cmd(Rule.REFUSED, "GetTableCountCmd", "GetTableMetaDataCmd", "GetTableNameCmd", "GetPropertiesCmd", "GetLicenseKeyCmd",
        "GetTelemetryDataCmd", "GetUniqueTaskWorkerCountCmd", "CreateNativeUserQueryCmd");
    // The record changes only through the steps of the processes: no variable set or deleted by
    // hand, no start before or after an activity, no modification, restart, migration or deletion,
    // no message or signal from outside, no task created, deleted, delegated, re-dated or re-offered.
    cmd(Rule.REFUSED, "SetTaskVariablesCmd", "SetExecutionVariablesCmd", "PatchExecutionVariablesCmd",
        "PatchTaskVariablesCmd", "RemoveExecutionVariablesCmd", "RemoveTaskVariablesCmd",
        "batch.variables.SetVariablesToProcessInstancesBatchCmd", "StartProcessInstanceAtActivitiesCmd",
        "ActivityAfterInstantiationCmd", "ActivityBeforeInstantiationCmd", "ActivityCancellationCmd",
        "ActivityInstanceCancellationCmd", "TransitionInstanceCancellationCmd", "TransitionInstantiationCmd",
        "ModifyProcessInstanceAsyncCmd", "ModifyProcessInstanceCmd", "ProcessInstanceModificationBatchCmd",
        "ProcessInstanceModificationCmd", "RestartProcessInstancesCmd", "CreateMigrationPlanCmd",
        "SetProcessDefinitionVersionCmd", "DeleteProcessInstanceCmd", "DeleteProcessInstancesCmd",
        "batch.DeleteProcessInstanceBatchCmd", "SuspendProcessInstanceCmd", "ActivateProcessInstanceCmd",
        "UpdateProcessInstancesSuspendStateBatchCmd", "UpdateProcessInstancesSuspendStateCmd",
        "CorrelateAllMessageCmd", "CorrelateMessageCmd", "batch.CorrelateAllMessageBatchCmd", "MessageEventReceivedCmd",
        "SignalCmd", "SignalEventReceivedCmd", "EvaluateStartConditionCmd", "HandleTaskBpmnErrorCmd",
        "HandleTaskEscalationCmd", "CreateTaskCmd", "SaveTaskCmd", "DeleteTaskCmd", "DelegateTaskCmd", "ResolveTaskCmd",
        "SetTaskOwnerCmd", "SetTaskNameCmd", "SetTaskDescriptionCmd", "SetTaskDueDateCmd", "SetTaskFollowUpDateCmd",
        "SetTaskPriorityCmd", "AddGroupIdentityLinkCmd", "AddUserIdentityLinkCmd", "DeleteGroupIdentityLinkCmd",
        "DeleteUserIdentityLinkCmd", "UpdateCommentCmd", "DeleteTaskCommentCmd", "DeleteProcessInstanceCommentCmd");
    // Deadlines are Camunda jobs: nobody executes, re-dates, suspends or deletes them by hand.
    cmd(Rule.REFUSED, "ExecuteJobsCmd", "SetJobDuedateCmd", "RecalculateJobDuedateCmd", "SetJobPriorityCmd",
        "SetJobDefinitionPriorityCmd", "SuspendJobCmd", "ActivateJobCmd", "SuspendJobDefinitionCmd",
        "ActivateJobDefinitionCmd", "DeleteJobCmd", "DeleteJobsCmd", "UnlockJobCmd", "SetJobsRetriesBatchCmd",
        "HistoryCleanupCmd", "CreateIncidentCmd", "ResolveIncidentCmd", "SetAnnotationForIncidentCmd");
    full(Rule.REFUSED, IMPL + "SetJobsRetriesByProcessBatchCmd", IMPL + "TablePageQueryImpl");
    // The models, their history and the audit trail are the application's: no deployment, deletion or annotation.
    cmd(Rule.REFUSED, "DeployCmd", "DeleteDeploymentCmd", "DeleteProcessDefinitionsByIdsCmd",
        "DeleteProcessDefinitionsByKeyCmd", "SuspendProcessDefinitionCmd", "ActivateProcessDefinitionCmd",
        "AddIdentityLinkForProcessDefinitionCmd", "DeleteIdentityLinkForProcessDefinitionCmd",
        "UpdateProcessDefinitionHistoryTimeToLiveCmd", "UpdateCaseDefinitionHistoryTimeToLiveCmd",
        "UpdateDecisionDefinitionHistoryTimeToLiveCmd", "DeleteHistoricProcessInstancesCmd",
        "batch.DeleteHistoricProcessInstancesBatchCmd", "DeleteHistoricTaskInstanceCmd",
        "DeleteHistoricVariableInstanceCmd", "DeleteHistoricVariableInstancesByProcessInstanceIdCmd",
        "DeleteHistoricCaseInstanceCmd", "DeleteHistoricCaseInstancesBulkCmd",
        "DeleteHistoricDecisionInstanceByDefinitionIdCmd", "DeleteHistoricDecisionInstanceByInstanceIdCmd",
        "DeleteHistoricDecisionInstancesBatchCmd", "DeleteHistoricDecisionInstancesBulkCmd",
        "batch.removaltime.SetRemovalTimeToHistoricBatchesCmd", "batch.removaltime.SetRemovalTimeToHistoricDecisionInstancesCmd",
        "batch.removaltime.SetRemovalTimeToHistoricProcessInstancesCmd", "DeleteUserOperationLogEntryCmd",
        "ActivateBatchCmd", "SuspendBatchCmd");
    full(Rule.REFUSED, IMPL + "SetAnnotationForOperationLog", IMPL + "batch.DeleteBatchCmd",
        IMPL + "batch.history.DeleteHistoricBatchCmd", IMPL + "batch.RestartProcessInstancesBatchCmd",
        IMPL + "migration.MigrateProcessInstanceCmd", IMPL + "migration.batch.MigrateProcessInstanceBatchCmd");
    // Shared Tasklist filters are made by the application; engine settings are the operator's, not a user's.
    cmd(Rule.REFUSED, "CreateFilterCmd", "SaveFilterCmd", "DeleteFilterCmd", "SetPropertyCmd", "DeletePropertyCmd",
        "SetLicenseKeyCmd", "DeleteLicenseKeyCmd", "DeleteMetricsCmd", "DeleteTaskMetricsCmd", "TelemetryConfigureCmd",
        "PurgeDatabaseAndCacheCmd");
    // Not used by these processes: external tasks, cases (CMMN), decisions (DMN).
    cmd(Rule.REFUSED, "CompleteExternalTaskCmd", "ExtendLockOnExternalTaskCmd", "FetchExternalTasksCmd",
        "HandleExternalTaskBpmnErrorCmd", "HandleExternalTaskFailureCmd", "LockExternalTaskCmd", "UnlockExternalTaskCmd",
        "SetExternalTaskPriorityCmd", "SetExternalTaskRetriesCmd", "SetExternalTasksRetriesBatchCmd",
        "SetExternalTasksRetriesCmd", "CaseExecutionVariableCmd", "CloseCaseInstanceCmd", "CompleteCaseExecutionCmd",
        "CreateCaseInstanceCmd", "DisableCaseExecutionCmd", "ManualStartCaseExecutionCmd", "ReenableCaseExecutionCmd",
        "TerminateCaseExecutionCmd", "EvaluateDecisionCmd", "EvaluateDecisionTableCmd");
    full(Rule.SKIP_FOR_USERS, IMPL + "jobexecutor.FailedJobListener", IMPL + "jobexecutor.SuccessfulJobListener");
    cmd(Rule.ENGINE, "AcquireJobsCmd", "GetNextIdBlockCmd", "ReportDbMetricsCmd", "RegisterProcessApplicationCmd",
        "UnregisterProcessApplicationCmd", "RegisterDeploymentCmd", "UnregisterDeploymentCmd", "DefaultJobRetryCmd");
    full(Rule.ENGINE, IMPL + "db.DbSchemaPrune$1", IMPL + "db.DbSchemaExecuteFile$1", IMPL + "db.DbSchemaDrop$1",
        IMPL + "test.AbstractProcessEngineTestCase$1");
    full(Rule.ENGINE, IMPL + "BootstrapEngineCommand", IMPL + "SchemaOperationsProcessEngineBuild",
        IMPL + "SchemaOperationProcessEngineClose", IMPL + "HistoryLevelSetupCommand",
        IMPL + "ManagementServiceImpl$DbSchemaUpgradeCmd", IMPL + "metrics.reporter.DbMetricsReporter$ReportDbMetricsValueCmd",
        IMPL + "metrics.reporter.MetricsCollectionTask$MetricsCollectionCmd",
        IMPL + "jobexecutor.RepeatingFailedJobListener$CreateNewTimerJobCommand",
        IMPL + "jobexecutor.GetUnlockedTimersByDuedateCmd", IMPL + "jobexecutor.historycleanup.HistoryCleanupSchedulerCmd",
        IMPL + "jobexecutor.historycleanup.HistoryCleanupHandler$HistoryCleanupHandlerCmd",
        IMPL + "jobexecutor.FailedJobListener$FailedJobListenerCmd",
        IMPL + "persistence.deploy.DeploymentFailListener$DeleteDeploymentListenerCmd",
        IMPL + "persistence.deploy.DeleteDeploymentFailListener$DeleteDeploymentFailCmd");
  }

  private EngineCommands() {}

  /** The rule for a command class; refused when the table does not know it. */
  static Rule ruleFor(Class<?> type) {
    Rule rule = RULES.get(type.getName());
    if (rule != null) {
      return rule;
    }
    if (AbstractQuery.class.isAssignableFrom(type)) {
      return Rule.READ;
    }
    if (type.getName().startsWith(APPLICATION)) {
      return Rule.ENGINE;
    }
    if (isEngineCommand(type) && type.getSimpleName().startsWith("Get")) {
      return Rule.READ;
    }
    return Rule.REFUSED; // native (SQL) queries, Optimize's exports, and anything new
  }

  /** Whether the table decides this class, by name or by kind, rather than refusing it as unknown. */
  static boolean classifies(Class<?> type) {
    return RULES.containsKey(type.getName()) || AbstractQuery.class.isAssignableFrom(type)
        || AbstractNativeQuery.class.isAssignableFrom(type) || type.getName().startsWith(OPTIMIZE)
        || isEngineCommand(type) && type.getSimpleName().startsWith("Get");
  }

  private static boolean isEngineCommand(Class<?> type) {
    return type.getPackageName().length() > 0 && COMMAND_PACKAGES.contains(type.getPackageName() + ".");
  }

  private static void cmd(Rule rule, String... names) {
    for (String name : names) {
      for (String commandPackage : COMMAND_PACKAGES) {
        RULES.put(commandPackage + name, rule);
      }
    }
  }

  private static void full(Rule rule, String... names) {
    for (String name : names) {
      RULES.put(name, rule);
    }
  }
}
