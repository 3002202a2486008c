package uk.org.safeguarding.reviews.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.org.safeguarding.reviews.support.RestClient.encode;
import static uk.org.safeguarding.reviews.support.RestClient.paged;
import static uk.org.safeguarding.reviews.support.RestClient.variables;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricDetail;
import org.camunda.bpm.engine.runtime.Execution;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

import uk.org.safeguarding.reviews.actionplan.ActionDeliveryProcess;
import uk.org.safeguarding.reviews.actionplan.ActionPlanProcess;
import uk.org.safeguarding.reviews.support.AsyncContinuations;
import uk.org.safeguarding.reviews.support.RestClient;
import uk.org.safeguarding.reviews.support.RestClient.Reply;
import uk.org.safeguarding.reviews.support.TestDatabase;
import uk.org.safeguarding.reviews.support.WebAppClient;

/**
 * What each party sees of a shared action plan is its own. The police and the council each own
 * actions of one plan; the police try every route there is to the council's actions and progress
 * notes — the engine REST API and the web apps' own API, lists and single records by id, runtime
 * and history — and get none of it, while still reporting their own progress as Tasklist does. An
 * agency taking no part (CAFCASS) gets nothing at all. The SCR group chair, who reads every review,
 * reads each route, so every route and id asked for is a real one.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "test.database=postgres")
@ActiveProfiles("test")
@Import(TestDatabase.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ActionPlanAccessIT {

  static final String CASE = "Child Actions";
  static final String POLICE = "dorset-police";
  static final String COUNCIL = "poole-council";
  static final String UNINVOLVED_AGENCY = "cafcass";
  static final String SCR_CHAIR = "scr.chair";
  /** In every one of the council's recommendations and notes, and in nothing of the police's. */
  static final String COUNCIL_ONLY = "COUNCIL-ONLY";

  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired HistoryService historyService;
  @Autowired ManagementService managementService;
  @LocalServerPort int port;

  RestClient rest;
  ProcessInstance plan;
  String policeTask;
  String councilDelivery;
  String councilTask;
  String councilSignOffTask;
  /** Routes to the council's actions and notes (engine API paths, without /engine-rest). */
  final List<String> councilRoutes = new ArrayList<>();

  static Map<String, Object> action(String agency, String recommendation) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("recommendation", recommendation);
    row.put("agency", agency);
    row.put("owner", "Named lead");
    row.put("dueDate", "2027-03-01");
    row.put("measureOfSuccess", "Audit shows it done");
    return row;
  }

  /**
   * A plan of three actions: one for the police, two for the council. The police report progress on
   * theirs; the council report one in progress and one completed, which awaits the chair's sign-off.
   */
  @BeforeAll
  void aPlanWithActionsOfPoliceAndCouncil() {
    rest = new RestClient(port, () -> AsyncContinuations.run(managementService));
    plan = runtimeService.startProcessInstanceByKey(ActionPlanProcess.KEY, CASE,
        Map.of("caseReference", CASE, "reviewType", ActionPlanProcess.CASE_AUDIT));
    rest.complete("scr.member", rest.onlyTask("scr.member", CASE, "taskDefinitionKey=" + ActionPlanProcess.TASK_DRAFT_ACTION_PLAN),
        variables("actions", List.of(action(POLICE, "Police share domestic abuse notifications"),
            action(COUNCIL, COUNCIL_ONLY + " audit strategy meetings"), action(COUNCIL, COUNCIL_ONLY + " train social workers"))));

    JsonNode police = rest.onlyTask(POLICE, CASE, "taskDefinitionKey=" + ActionDeliveryProcess.TASK_REPORT_ACTION_PROGRESS);
    policeTask = police.path("id").asText();
    rest.complete(POLICE, police, variables("actionStatus", "in-progress", "progressNote", "Police note: training planned"));
    policeTask = rest.onlyTask(POLICE, CASE, "taskDefinitionKey=" + ActionDeliveryProcess.TASK_REPORT_ACTION_PROGRESS).path("id").asText();

    JsonNode councilTasks = rest.tasks(COUNCIL, CASE, "taskDefinitionKey=" + ActionDeliveryProcess.TASK_REPORT_ACTION_PROGRESS);
    assertThat(councilTasks.size()).isEqualTo(2);
    rest.complete(COUNCIL, councilTasks.get(0), variables("actionStatus", "in-progress", "progressNote", COUNCIL_ONLY + " note: half audited"));
    rest.complete(COUNCIL, councilTasks.get(1), variables("actionStatus", "completed", "progressNote", COUNCIL_ONLY + " note: all trained"));
    Task open = taskService.createTaskQuery().processInstanceBusinessKey(CASE).taskCandidateGroup("agency-" + COUNCIL).singleResult();
    councilTask = open.getId();
    councilDelivery = open.getProcessInstanceId();
    councilSignOffTask = taskService.createTaskQuery().processInstanceId(plan.getId())
        .taskDefinitionKey(ActionPlanProcess.TASK_SIGN_OFF_ACTION).singleResult().getId();

    councilRoutes.addAll(List.of(
        "/variable-instance",
        "/variable-instance?variableName=progressNote",
        "/variable-instance?variableName=actions",
        "/variable-instance?processInstanceIdIn=" + councilDelivery + "," + plan.getId(),
        "/process-instance/" + councilDelivery + "/variables",
        "/process-instance/" + councilDelivery + "/variables/progressNote",
        "/process-instance/" + plan.getId() + "/variables",
        "/process-instance/" + plan.getId() + "/variables/actions",
        "/task/" + councilTask + "/variables",
        "/task/" + councilTask + "/form-variables",
        "/task/" + councilSignOffTask + "/variables",
        "/task/" + councilSignOffTask + "/form-variables",
        "/history/variable-instance",
        "/history/variable-instance?processInstanceId=" + councilDelivery,
        "/history/variable-instance?variableName=progressNote",
        "/history/detail",
        "/history/detail?processInstanceId=" + councilDelivery,
        "/history/detail?processInstanceId=" + plan.getId()));
    for (VariableInstance variable : runtimeService.createVariableInstanceQuery().processInstanceIdIn(councilDelivery, plan.getId()).list()) {
      if (String.valueOf(variable.getValue()).contains(COUNCIL_ONLY)) {
        councilRoutes.add("/variable-instance/" + variable.getId());
        councilRoutes.add("/history/variable-instance/" + variable.getId());
        councilRoutes.add("/history/detail?variableInstanceId=" + variable.getId());
      }
    }
    for (HistoricDetail detail : historyService.createHistoricDetailQuery().processInstanceId(councilDelivery).variableUpdates().list()) {
      councilRoutes.add("/history/detail/" + detail.getId());
    }
    for (Execution execution : runtimeService.createExecutionQuery().processInstanceId(plan.getId()).list()) {
      councilRoutes.add("/execution/" + execution.getId() + "/localVariables");
    }
  }

  /** The engine REST API with Basic credentials, or the web apps' API in a signed-in session. */
  interface Route extends Function<String, Reply> {}

  Route rest(String user) {
    return path -> rest.get("/engine-rest" + path, user);
  }

  Route webapps(String user) {
    WebAppClient session = WebAppClient.signIn(port, user);
    return path -> session.get(WebAppClient.ENGINE + path);
  }

  static boolean shows(Reply reply, String text) {
    return reply.status() == 200 && reply.text().contains(text);
  }

  /**
   * The path asking for variables' values as stored: without it, a Json value (the plan's
   * {@code actions}) is answered as its Jackson node's properties, not its text.
   */
  static String raw(String path) {
    return path + (path.contains("?") ? "&" : "?") + "deserializeValues=false&deserializeValue=false";
  }

  /** Every route to the council's work, asked by the given user on one API, as is and raw: which of them show any of it. */
  List<String> leaks(Route route) {
    List<String> leaks = new ArrayList<>();
    for (String path : councilRoutes) {
      for (String asked : List.of(path, raw(path))) {
        Reply reply = RestClient.everyPage(route, asked);
        assertThat(reply.status()).as(asked + ": " + reply.text()).isLessThan(500);
        if (shows(reply, COUNCIL_ONLY)) {
          leaks.add(asked + " -> " + reply.status() + " " + reply.text());
        }
      }
    }
    return leaks;
  }

  @Test
  void theRoutesAreRealOnesTheChairReadsTheCouncilsWorkByEach() {
    assertThat(councilRoutes.stream().filter(p -> p.contains("/variable-instance/")).count())
        .as("the council's recommendations and notes, by id").isGreaterThanOrEqualTo(4);
    for (Route route : List.of(rest(SCR_CHAIR), webapps(SCR_CHAIR))) {
      for (String path : List.of("/variable-instance?variableName=progressNote", "/process-instance/" + councilDelivery + "/variables",
          "/process-instance/" + plan.getId() + "/variables", "/task/" + councilTask + "/variables",
          "/task/" + councilSignOffTask + "/form-variables", "/history/variable-instance?processInstanceId=" + councilDelivery,
          "/history/detail?processInstanceId=" + councilDelivery)) {
        Reply reply = RestClient.everyPage(route, raw(path));
        assertThat(shows(reply, COUNCIL_ONLY)).as(SCR_CHAIR + " " + path + ": " + reply.status() + " " + reply.text()).isTrue();
      }
    }
  }

  @Test
  void anotherAgencyReadsNothingOfTheCouncilsActionsOrNotesOverRest() {
    assertThat(leaks(rest(POLICE))).isEmpty();
    assertThat(leaks(rest(UNINVOLVED_AGENCY))).isEmpty();
  }

  @Test
  void anotherAgencyReadsNothingOfTheCouncilsActionsOrNotesInTheWebApps() {
    assertThat(leaks(webapps(POLICE))).isEmpty();
    assertThat(leaks(webapps(UNINVOLVED_AGENCY))).isEmpty();
  }

  @Test
  void anAgencySeesItsOwnActionOnlyAndNeverThePlan() {
    for (Route police : List.of(rest(POLICE), webapps(POLICE))) {
      Reply own = police.apply("/task/" + policeTask + "/variables");
      assertThat(shows(own, "Police note")).as(own.text()).isTrue();
      assertThat(own.text()).doesNotContain(COUNCIL_ONLY);
      Reply instances = police.apply(paged("/process-instance?businessKey=" + encode(CASE)));
      assertThat(instances.body().findValuesAsText("id")).as("only the delivery of its own action")
          .containsExactly(taskService.createTaskQuery().taskId(policeTask).singleResult().getProcessInstanceId());
      assertThat(police.apply(paged("/task?processInstanceBusinessKey=" + encode(CASE))).body().findValuesAsText("id"))
          .containsExactly(policeTask);
    }
    Reply plans = rest.get("/api/action-plans/" + encode(CASE), POLICE);
    assertThat(plans.body().findValuesAsText("agency")).containsExactly(POLICE);
    assertThat(plans.text()).doesNotContain(COUNCIL_ONLY);
  }

  @Test
  void theOwningAgencyStillReportsProgressInTasklist() {
    WebAppClient tasklist = WebAppClient.signIn(port, POLICE);
    Reply form = tasklist.get(WebAppClient.ENGINE + "/task/" + policeTask + "/form-variables");
    assertThat(shows(form, "Police share domestic abuse notifications")).as(form.text()).isTrue();
    assertThat(tasklist.get(WebAppClient.ENGINE + "/task/" + policeTask + "/deployed-form").status()).isEqualTo(200);

    Reply submitted = tasklist.post(WebAppClient.ENGINE + "/task/" + policeTask + "/submit-form",
        variables("actionStatus", "in-progress", "progressNote", "Police note: half the officers trained"));
    assertThat(submitted.status()).as(submitted.text()).isEqualTo(204);
    AsyncContinuations.run(managementService);
    Reply plans = rest.get("/api/action-plans/" + encode(CASE), POLICE);
    assertThat(plans.body().get(0).path("latestProgress").asText()).isEqualTo("Police note: half the officers trained");
    policeTask = rest.onlyTask(POLICE, CASE, "taskDefinitionKey=" + ActionDeliveryProcess.TASK_REPORT_ACTION_PROGRESS).path("id").asText();
  }
}
