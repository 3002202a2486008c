package uk.org.safeguarding.reviews.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.db.AuthorizationCheck;
import org.camunda.bpm.engine.impl.db.CompositePermissionCheck;
import org.camunda.bpm.engine.impl.db.PermissionCheck;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import uk.org.safeguarding.reviews.support.ProcessTest;
import uk.org.safeguarding.reviews.support.ProcessTestBase;

/**
 * Whether someone may work on a task (or do anything else checked on a named resource) is answered
 * by {@link PermissionAnswers} exactly as by the engine's own statement: over random grants and
 * revokes of users, groups and everyone, on the resource and on all of its type, and random checks
 * of one to four permissions (any of them, or all), with and without revokes looked at. Everything
 * is written in a transaction that is rolled back.
 */
@ProcessTest
class PermissionAnswersProcessTest extends ProcessTestBase {

  private static final int SCENARIOS = 150;
  private static final int CHECKS_PER_SCENARIO = 12;
  private static final String ANY = Authorization.ANY;

  @Autowired ProcessEngineConfigurationImpl engine;
  @Autowired PlatformTransactionManager transactions;

  private final String task = "pa-task-" + UUID.randomUUID();
  private final String otherTask = "pa-task-" + UUID.randomUUID();
  private final String definition = "pa-definition-" + UUID.randomUUID();
  private final String user = "pa-user-" + UUID.randomUUID();
  private final String colleague = "pa-user-" + UUID.randomUUID();
  private final List<String> groups = List.of("pa-group-1-" + UUID.randomUUID(), "pa-group-2-" + UUID.randomUUID());

  /** The permissions a check may ask, with the resource each is asked on. */
  private record Asked(Resource resource, String resourceId, Permission permission) {}

  private List<Asked> askable() {
    return List.of(
        new Asked(Resources.TASK, task, TaskPermissions.TASK_WORK),
        new Asked(Resources.TASK, task, Permissions.UPDATE),
        new Asked(Resources.TASK, task, Permissions.READ),
        new Asked(Resources.TASK, otherTask, Permissions.READ),
        new Asked(Resources.TASK, ANY, Permissions.READ),
        new Asked(Resources.TASK, null, Permissions.CREATE),
        new Asked(Resources.PROCESS_DEFINITION, definition, ProcessDefinitionPermissions.TASK_WORK),
        new Asked(Resources.PROCESS_DEFINITION, definition, Permissions.UPDATE_TASK),
        new Asked(Resources.PROCESS_DEFINITION, definition, Permissions.READ_TASK));
  }

  private static final Permission[] TASK_BITS = {Permissions.READ, Permissions.UPDATE, TaskPermissions.TASK_WORK, Permissions.CREATE};
  private static final Permission[] DEFINITION_BITS = {Permissions.READ_TASK, Permissions.UPDATE_TASK, ProcessDefinitionPermissions.TASK_WORK};

  @Test
  void theAnswerIsTheEnginesForRandomGrantsAndChecks() {
    // the engine decides once per command whether revokes are looked at, for whoever is signed in then: nobody here
    identityService.clearAuthentication();
    Random random = new Random(20261202L);
    int[] answers = new int[2];
    new TransactionTemplate(transactions).executeWithoutResult(status -> {
      // the everyone-grants on all tasks and definitions already there would decide too many checks
      jdbc.update("delete from ACT_RU_AUTHORIZATION where TYPE_ = 0 and RESOURCE_TYPE_ in (?, ?)",
          Resources.TASK.resourceType(), Resources.PROCESS_DEFINITION.resourceType());
      for (int scenario = 0; scenario < SCENARIOS; scenario++) {
        List<String> written = writeRandomGrants(random);
        for (int i = 0; i < CHECKS_PER_SCENARIO; i++) {
          CompositePermissionCheck check = randomCheck(random);
          String who = switch (random.nextInt(4)) {
            case 0 -> colleague;
            case 1 -> null;
            default -> user;
          };
          List<String> theirGroups = switch (random.nextInt(4)) {
            case 0 -> List.of();
            case 1 -> groups;
            default -> List.of(groups.get(random.nextInt(2)));
          };
          boolean[] both = compare(who, theirGroups, check, scenario);
          answers[both[0] ? 1 : 0]++;
          answers[both[1] ? 1 : 0]++;
        }
        jdbc.update("delete from ACT_RU_AUTHORIZATION where ID_ in (" + String.join(",", written.stream().map(id -> "'" + id + "'").toList()) + ")");
      }
      status.setRollbackOnly();
    });
    // the comparisons were not all of one answer: both a yes and a no were compared often
    assertThat(answers[0]).as("checks refused").isGreaterThan(SCENARIOS);
    assertThat(answers[1]).as("checks granted").isGreaterThan(SCENARIOS);
  }

  /** Ours and the engine's, through the authorization manager as the engine calls it, and with revokes looked at or not. */
  private boolean[] compare(String who, List<String> theirGroups, CompositePermissionCheck check, int scenario) {
    return engine.getCommandExecutorTxRequired().execute((CommandContext context) -> {
      AuthorizationChecksWithoutGroupScan manager = (AuthorizationChecksWithoutGroupScan) context.getAuthorizationManager();
      // the first check of the command finds out too whether revokes are looked at (the engine asks separately)
      boolean ours = manager.isAuthorized(who, theirGroups, check);
      Map<String, Object> holder = new HashMap<>();
      holder.put("userId", who);
      holder.put("authGroupIds", theirGroups);
      boolean revokesInUse = context.getDbEntityManager().selectBoolean("selectRevokeAuthorization", holder);
      assertThat(manager.revokesLookedAt(who, theirGroups)).as("revokes looked at").isEqualTo(revokesInUse);
      boolean engines = enginesAnswer(context, who, theirGroups, check, revokesInUse);
      String what = "scenario " + scenario + ", " + who + " in " + theirGroups + ", " + describe(check) + ", grants "
          + jdbc.queryForList("select TYPE_, USER_ID_, GROUP_ID_, RESOURCE_TYPE_, RESOURCE_ID_, PERMS_ from ACT_RU_AUTHORIZATION where USER_ID_ like 'pa-%' or GROUP_ID_ like 'pa-%' or RESOURCE_ID_ like 'pa-%'");
      assertThat(ours).as(what).isEqualTo(engines);
      assertThat(manager.isAuthorized(who, theirGroups, check)).as("asked again in the same command: " + what).isEqualTo(engines);
      boolean otherMode = !revokesInUse;
      List<PermissionAnswers.Grant> grants = PermissionAnswers.decidingGrants(context, who, theirGroups, check, false);
      assertThat(PermissionAnswers.answer(check, who, theirGroups, otherMode, grants)).as(what + ", revokes looked at: " + otherMode)
          .isEqualTo(enginesAnswer(context, who, theirGroups, check, otherMode));
      return new boolean[] {ours, enginesAnswer(context, who, theirGroups, check, otherMode)};
    });
  }

  private static boolean enginesAnswer(CommandContext context, String who, List<String> theirGroups, CompositePermissionCheck check,
      boolean revokes) {
    return context.getDbEntityManager().selectBoolean("isUserAuthorizedForResource", new AuthorizationCheck(who, theirGroups, check, revokes));
  }

  private List<String> writeRandomGrants(Random random) {
    List<String> ids = new ArrayList<>();
    Set<String> taken = new HashSet<>();
    int rows = random.nextInt(9);
    for (int i = 0; i < rows; i++) {
      int type = random.nextInt(3); // 0 everyone, 1 grant, 2 revoke
      String userId = null;
      String groupId = null;
      if (type == Authorization.AUTH_TYPE_GLOBAL) {
        userId = ANY;
      } else if (random.nextBoolean()) {
        userId = random.nextInt(3) == 0 ? colleague : user;
      } else {
        groupId = groups.get(random.nextInt(2));
      }
      boolean onTask = random.nextBoolean();
      Resource resource = onTask ? Resources.TASK : Resources.PROCESS_DEFINITION;
      String resourceId = random.nextInt(3) == 0 ? ANY : onTask ? (random.nextInt(4) == 0 ? otherTask : task) : definition;
      if (!taken.add(type + "|" + userId + "|" + groupId + "|" + resource.resourceType() + "|" + resourceId)) {
        continue;
      }
      int bits = 0;
      for (Permission permission : onTask ? TASK_BITS : DEFINITION_BITS) {
        if (random.nextBoolean()) {
          bits |= permission.getValue();
        }
      }
      // a revoke holds every permission but those it takes away, as Camunda writes it
      int perms = type == Authorization.AUTH_TYPE_REVOKE ? Permissions.ALL.getValue() & ~bits : bits;
      String id = "pa-" + UUID.randomUUID();
      jdbc.update("insert into ACT_RU_AUTHORIZATION (ID_, REV_, TYPE_, USER_ID_, GROUP_ID_, RESOURCE_TYPE_, RESOURCE_ID_, PERMS_)"
          + " values (?, 1, ?, ?, ?, ?, ?, ?)", id, type, userId, groupId, resource.resourceType(), resourceId, perms);
      ids.add(id);
    }
    if (ids.isEmpty()) {
      ids.add("none");
    }
    return ids;
  }

  private CompositePermissionCheck randomCheck(Random random) {
    List<Asked> askable = askable();
    CompositePermissionCheck check = new CompositePermissionCheck(random.nextInt(4) != 0);
    int size = 1 + random.nextInt(4);
    for (int i = 0; i < size; i++) {
      Asked asked = askable.get(random.nextInt(askable.size()));
      PermissionCheck permission = new PermissionCheck();
      permission.setPermission(asked.permission());
      permission.setResource(asked.resource());
      permission.setResourceId(asked.resourceId());
      int notFound = random.nextInt(10);
      if (notFound == 0) {
        permission.setAuthorizationNotFoundReturnValue(1L);
      } else if (notFound == 1) {
        permission.setAuthorizationNotFoundReturnValue(0L);
      }
      check.addAtomicCheck(permission);
    }
    return check;
  }

  private static String describe(CompositePermissionCheck check) {
    StringBuilder text = new StringBuilder(check.isDisjunctive() ? "any of" : "all of");
    for (PermissionCheck permission : check.getAtomicChecks()) {
      text.append(' ').append(permission.getPermission().getName()).append(" on ").append(permission.getResource().resourceName())
          .append(' ').append(permission.getResourceId()).append(permission.getAuthorizationNotFoundReturnValue() == null ? ""
              : " (else " + permission.getAuthorizationNotFoundReturnValue() + ")");
    }
    return text.toString();
  }
}
