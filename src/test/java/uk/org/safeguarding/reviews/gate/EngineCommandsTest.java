package uk.org.safeguarding.reviews.gate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

import org.camunda.bpm.engine.impl.cmd.AddCommentCmd;
import org.camunda.bpm.engine.impl.cmd.AssignTaskCmd;
import org.camunda.bpm.engine.impl.cmd.ClaimTaskCmd;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.GetProcessInstanceCommentsCmd;
import org.camunda.bpm.engine.impl.cmd.GetTaskCommentCmd;
import org.camunda.bpm.engine.impl.cmd.GetTaskCommentsCmd;
import org.camunda.bpm.engine.impl.cmd.GetTaskEventsCmd;
import org.camunda.bpm.engine.impl.cmd.SaveUserCmd;
import org.camunda.bpm.engine.impl.cmd.SetJobRetriesCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitStartFormCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.junit.jupiter.api.Test;

/** The gate's table knows every command of the engine and web apps on the classpath. */
class EngineCommandsTest {

  @Test
  void everyEngineAndWebAppCommandIsDecided() throws Exception {
    List<String> unknown = new ArrayList<>();
    int seen = 0;
    for (Class<?> type : commandClasses()) {
      seen++;
      if (!EngineCommands.classifies(type)) {
        unknown.add(type.getName());
      }
    }
    assertThat(seen).as("command classes found").isGreaterThan(300);
    assertThat(unknown).as("commands the gate has not decided on (they are refused until it does)").isEmpty();
  }

  @Test
  void whatChangesTheRecordOutsideTheStepsIsRefused() {
    for (String name : List.of("SetTaskVariablesCmd", "RemoveExecutionVariablesCmd", "ModifyProcessInstanceCmd",
        "StartProcessInstanceAtActivitiesCmd", "ExecuteJobsCmd", "SetJobDuedateCmd", "DeleteJobCmd", "HistoryCleanupCmd",
        "HandleTaskBpmnErrorCmd", "AddGroupIdentityLinkCmd", "GetTaskAttachmentsCmd", "DeleteUserOperationLogEntryCmd")) {
      assertThat(EngineCommands.ruleFor(load("org.camunda.bpm.engine.impl.cmd." + name))).as(name).isEqualTo(Rule.REFUSED);
    }
    assertThat(EngineCommands.ruleFor(load("org.camunda.bpm.engine.impl.cmd.optimize.OptimizeHistoricVariableUpdateQueryCmd")))
        .isEqualTo(Rule.REFUSED);
    assertThat(EngineCommands.ruleFor(java.util.concurrent.Callable.class)).as("a command the table does not know").isEqualTo(Rule.REFUSED);
    assertThat(EngineCommands.ruleFor(ApplicationCommand.class)).as("the application's own, after its own checks").isEqualTo(Rule.ENGINE);
  }

  @Test
  void theFieldsTheGateReadsExist() {
    CommandFields.find(StartProcessInstanceCmd.class, "instantiationBuilder");
    CommandFields.find(SubmitStartFormCmd.class, "processDefinitionId");
    CommandFields.find(SubmitStartFormCmd.class, "variables");
    CommandFields.find(CompleteTaskCmd.class, "taskId");
    CommandFields.find(CompleteTaskCmd.class, "variables");
    CommandFields.find(SubmitTaskFormCmd.class, "taskId");
    CommandFields.find(SubmitTaskFormCmd.class, "properties");
    CommandFields.find(ClaimTaskCmd.class, "userId");
    CommandFields.find(AssignTaskCmd.class, "userId");
    CommandFields.find(AssignTaskCmd.class, "taskId");
    for (String field : List.of("taskId", "processInstanceId", "message")) {
      CommandFields.find(AddCommentCmd.class, field);
    }
    CommandFields.find(GetTaskCommentsCmd.class, "taskId");
    CommandFields.find(GetTaskCommentCmd.class, "taskId");
    CommandFields.find(GetTaskEventsCmd.class, "taskId");
    CommandFields.find(GetProcessInstanceCommentsCmd.class, "processInstanceId");
    for (String field : List.of("retries", "jobId", "jobIds", "jobDefinitionId")) {
      CommandFields.find(SetJobRetriesCmd.class, field);
    }
    CommandFields.find(SaveUserCmd.class, "user");
  }

  static class ApplicationCommand implements Command<Void> {
    @Override
    public Void execute(org.camunda.bpm.engine.impl.interceptor.CommandContext commandContext) {
      return null;
    }
  }

  private static List<Class<?>> commandClasses() throws IOException {
    List<Class<?>> commands = new ArrayList<>();
    for (Class<?> anchor : List.of(Command.class, org.camunda.bpm.webapp.impl.db.QueryServiceImpl.class)) {
      File jar = new File(anchor.getProtectionDomain().getCodeSource().getLocation().getPath());
      try (JarFile file = new JarFile(jar)) {
        for (JarEntry entry : Collections.list(file.entries())) {
          String name = entry.getName();
          if (!name.endsWith(".class")) {
            continue;
          }
          Class<?> type = tryLoad(name.substring(0, name.length() - ".class".length()).replace('/', '.'));
          if (type != null && Command.class.isAssignableFrom(type) && !type.isInterface() && !Modifier.isAbstract(type.getModifiers())) {
            commands.add(type);
          }
        }
      }
    }
    return commands;
  }

  private static Class<?> tryLoad(String name) {
    try {
      return Class.forName(name, false, EngineCommandsTest.class.getClassLoader());
    } catch (Throwable notLoadable) {
      return null; // optional dependencies of classes we do not use
    }
  }

  private static Class<?> load(String name) {
    try {
      return Class.forName(name);
    } catch (ClassNotFoundException e) {
      throw new AssertionError(e);
    }
  }
}
