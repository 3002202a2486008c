package uk.org.safeguarding.reviews.lado;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.org.safeguarding.reviews.support.RestClient.encode;
import static uk.org.safeguarding.reviews.support.RestClient.paged;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricDetail;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import uk.org.safeguarding.reviews.calendar.Deadlines;
import uk.org.safeguarding.reviews.support.AsyncContinuations;
import uk.org.safeguarding.reviews.support.RestClient;
import uk.org.safeguarding.reviews.support.RestClient.Reply;
import uk.org.safeguarding.reviews.support.TestDatabase;
import uk.org.safeguarding.reviews.support.WebAppClient;

/**
 * A LADO case over HTTP, by every route of the engine REST API and of the web apps' own engine API,
 * lists and single records by id: the LADOs see it; every other role sees nothing of it; a LADO the
 * manager excludes sees nothing from then on, including tasks created after the exclusion; an
 * agency sees only the strand task addressed to it, without the person, the allegation or the
 * employer; a referral with a variable its form does not write is refused and creates nothing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "test.database=postgres")
@ActiveProfiles("test")
@Import(TestDatabase.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LadoAccessIT {

  static final String LADO = "lado";
  static final String LADO_TWO = "lado.two";
  static final String MANAGER = "lado.manager";
  static final String POLICE = "dorset-police";
  static final List<String> OTHER_ROLES = List.of("scr.chair", "scr.member", "board.chair", "business.manager", "admin",
      "la.partner", "police.partner", "health.partner", POLICE);

  static final long UNIQUE = System.nanoTime() % 1_000_000_000L;
  static final String PERSON = "Quillon Marchbanks " + UNIQUE;
  static final String ALLEGATION = "Pupil says the coach shoved her into the lockers " + UNIQUE;
  static final String EMPLOYER = "Larkspur Swimming Club " + UNIQUE;

  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired HistoryService historyService;
  @Autowired ManagementService managementService;
  @Autowired Deadlines deadlines;
  @Autowired JdbcTemplate jdbc;
  @LocalServerPort int port;

  RestClient rest;
  String instance;
  String reference;
  String considerationTask;
  String meetingTask;

  static Map<String, Object> typed(Object value, String type) {
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("value", value);
    if (type != null) {
      v.put("type", type);
    }
    return v;
  }

  /** Camunda REST variables, each {"value": ...} unless already a typed map. */
  static Map<String, Object> vars(Object... keyValues) {
    Map<String, Object> vars = new LinkedHashMap<>();
    for (int i = 0; i < keyValues.length; i += 2) {
      Object value = keyValues[i + 1];
      vars.put((String) keyValues[i], value instanceof Map<?, ?> ? value : typed(value, null));
    }
    return vars;
  }

  static Map<String, Object> body(Map<String, Object> vars) {
    return Map.of("variables", vars);
  }

  Map<String, Object> referral() {
    LocalDate today = deadlines.today();
    return vars("referrerName", "Head of safeguarding", "referrerOrganisation", EMPLOYER, "sector", "sport",
        "personName", PERSON, "personDateOfBirth", "1981-03-04", "personRole", "Swimming coach", "employerName", EMPLOYER,
        "allegation", ALLEGATION, "allegationWhen", "Last week", "childrenInvolved", "Child K",
        "employerAwareOn", today.minusDays(1).toString(), "referredOn", today.toString(), "leadAuthority", "this-authority");
  }

  Reply start(String user, Map<String, Object> vars) {
    Reply reply = rest.post("/engine-rest/process-definition/key/" + LadoAllegationProcess.KEY + "/start", user, body(vars));
    AsyncContinuations.run(managementService);
    return reply;
  }

  Task openTask(String processInstance, String definitionKey) {
    return taskService.createTaskQuery().processInstanceId(processInstance).taskDefinitionKey(definitionKey).singleResult();
  }

  @BeforeAll
  void aCaseRecordedByTheLado() {
    rest = new RestClient(port, () -> AsyncContinuations.run(managementService));
    Reply started = start(LADO, referral());
    assertThat(started.status()).as(started.text()).isEqualTo(200);
    instance = started.body().path("id").asText();
    reference = (String) historyService.createHistoricVariableInstanceQuery().processInstanceId(instance)
        .variableName("ladoReference").singleResult().getValue();
    considerationTask = openTask(instance, LadoAllegationProcess.TASK_INITIAL_CONSIDERATION).getId();
  }

  /** The engine REST API with Basic credentials, or the web apps' API in a signed-in session. */
  interface Route extends Function<String, Reply> {}

  Route restAs(String user) {
    return path -> rest.get("/engine-rest" + path, user);
  }

  Route webappsAs(String user) {
    WebAppClient session = WebAppClient.signIn(port, user);
    return path -> session.get(WebAppClient.ENGINE + path);
  }

  /** Both APIs for the user; the web apps only if the user may sign in to them at all. */
  final java.util.Set<String> signedInToWebapps = new java.util.TreeSet<>();

  Map<String, Route> apis(String user) {
    Map<String, Route> apis = new LinkedHashMap<>();
    apis.put("engine-rest", restAs(user));
    try {
      apis.put("webapps", webappsAs(user));
      signedInToWebapps.add(user);
    } catch (IllegalStateException cannotSignIn) {
      // a user who cannot sign in to the web apps reads nothing there
    }
    return apis;
  }

  static String raw(String path) {
    return path + (path.contains("?") ? "&" : "?") + "deserializeValues=false&deserializeValue=false";
  }

  /** Every route to the given LADO process instances and tasks, lists and by id, runtime and history. */
  List<String> routes(List<String> instances, List<String> taskIds) {
    List<String> routes = new ArrayList<>(List.of(
        "/process-instance", "/process-instance?processDefinitionKey=" + LadoAllegationProcess.KEY,
        "/process-instance?businessKey=" + encode(reference), "/process-instance/count",
        "/variable-instance", "/variable-instance?variableName=personName", "/variable-instance?variableName=allegation",
        "/history/process-instance", "/history/process-instance?processDefinitionKey=" + LadoAllegationProcess.KEY,
        "/history/process-instance?processInstanceBusinessKey=" + encode(reference),
        "/history/variable-instance", "/history/variable-instance?variableName=personName",
        "/history/variable-instance?variableName=allegation",
        "/task", "/task?processDefinitionKey=" + LadoAllegationProcess.KEY, "/task?candidateGroup=lado",
        "/task?processInstanceBusinessKey=" + encode(reference),
        "/history/task", "/history/task?processInstanceBusinessKey=" + encode(reference),
        "/history/detail", "/history/detail?variableUpdates=true",
        "/history/activity-instance?processDefinitionKey=" + LadoAllegationProcess.KEY,
        "/execution?processDefinitionKey=" + LadoAllegationProcess.KEY));
    for (String pi : instances) {
      routes.addAll(List.of(
          "/process-instance?processInstanceIds=" + pi, "/process-instance/" + pi, "/process-instance/" + pi + "/variables",
          "/process-instance/" + pi + "/variables/personName", "/process-instance/" + pi + "/variables/allegation",
          "/process-instance/" + pi + "/activity-instances", "/variable-instance?processInstanceIdIn=" + pi,
          "/history/process-instance?processInstanceId=" + pi, "/history/process-instance/" + pi,
          "/history/variable-instance?processInstanceId=" + pi, "/history/task?processInstanceId=" + pi,
          "/history/detail?processInstanceId=" + pi, "/history/activity-instance?processInstanceId=" + pi,
          "/task?processInstanceId=" + pi, "/execution?processInstanceId=" + pi));
      runtimeService.createVariableInstanceQuery().processInstanceIdIn(pi).list()
          .forEach(v -> routes.add("/variable-instance/" + v.getId()));
      for (HistoricVariableInstance v : historyService.createHistoricVariableInstanceQuery().processInstanceId(pi).list()) {
        routes.add("/history/variable-instance/" + v.getId());
        routes.add("/history/detail?variableInstanceId=" + v.getId());
      }
      for (HistoricDetail detail : historyService.createHistoricDetailQuery().processInstanceId(pi).list()) {
        routes.add("/history/detail/" + detail.getId());
      }
    }
    for (String task : taskIds) {
      routes.addAll(List.of("/task/" + task, "/task/" + task + "/variables", "/task/" + task + "/form-variables",
          "/task/" + task + "/localVariables", "/task?taskId=" + task, "/history/task?taskId=" + task));
    }
    return routes;
  }

  /** What any route shows of the case: the name and allegation never; a 200 naming an instance or task of it. */
  List<String> leaks(Route route, List<String> routes, List<String> ids, List<String> ownInstances) {
    List<String> leaks = new ArrayList<>();
    for (String path : routes) {
      // values unconverted matter only where values are returned: variables, details, tasks' variables
      boolean values = path.contains("variable") || path.contains("detail") || path.contains("/variables");
      for (String asked : values ? List.of(path, raw(path)) : List.of(path)) {
        Reply reply = RestClient.everyPage(route, asked);
        assertThat(reply.status()).as(asked + ": " + reply.text()).isLessThan(500);
        String text = reply.text();
        if (reply.body() != null && reply.body().isArray()) {
          // records of the caller's own instances (an agency's strand) may name the case as their root: not a leak
          StringBuilder others = new StringBuilder();
          reply.body().forEach(row -> {
            if (!ownInstances.contains(row.path("processInstanceId").asText())) {
              others.append(row);
            }
          });
          text = others.toString();
        }
        String all = reply.text();
        boolean secret = all.contains(PERSON) || all.contains(ALLEGATION) || all.contains(EMPLOYER);
        boolean shown = reply.status() == 200 && ids.stream().anyMatch(text::contains);
        if (secret || shown) {
          leaks.add(asked + " -> " + reply.status() + " " + (text.length() > 300 ? text.substring(0, 300) + "…" : text));
        }
      }
    }
    return leaks;
  }

  List<String> leaksToUser(String user, List<String> instances, List<String> taskIds) {
    return leaksToUser(user, instances, taskIds, List.of());
  }

  List<String> leaksToUser(String user, List<String> instances, List<String> taskIds, List<String> ownInstances) {
    List<String> routes = routes(instances, taskIds);
    List<String> ids = new ArrayList<>(instances);
    ids.addAll(taskIds);
    List<String> leaks = new ArrayList<>();
    apis(user).forEach((api, route) -> leaks(route, routes, ids, ownInstances).forEach(leak -> leaks.add(user + " via " + api + ": " + leak)));
    return leaks;
  }

  void assertTheCaseIsVisibleTo(String user) {
    Map<String, Route> apis = apis(user);
    assertThat(apis).as(user + " signs in to the web apps").containsKey("webapps");
    apis.forEach((api, route) -> {
      String as = user + " via " + api + " ";
      Reply pi = route.apply("/process-instance/" + instance);
      assertThat(pi.status()).as(as + pi.text()).isEqualTo(200);
      Reply variables = route.apply("/process-instance/" + instance + "/variables");
      assertThat(variables.status()).as(as + variables.text()).isEqualTo(200);
      assertThat(variables.text()).as(as).contains(PERSON).contains(ALLEGATION);
      Reply list = route.apply(paged("/process-instance?processDefinitionKey=" + LadoAllegationProcess.KEY));
      assertThat(list.body().findValuesAsText("id")).as(as).contains(instance);
      Reply tasks = route.apply(paged("/task?processInstanceId=" + instance));
      assertThat(tasks.body().findValuesAsText("id")).as(as + tasks.text()).containsExactly(considerationTask);
      Reply task = route.apply("/task/" + considerationTask);
      assertThat(task.status()).as(as + task.text()).isEqualTo(200);
      Reply taskVariables = route.apply("/task/" + considerationTask + "/variables");
      assertThat(taskVariables.status()).as(as + taskVariables.text()).isEqualTo(200);
      assertThat(taskVariables.text()).as(as).contains(ALLEGATION);
      Reply history = route.apply("/history/process-instance/" + instance);
      assertThat(history.status()).as(as + history.text()).isEqualTo(200);
      Reply historyList = route.apply(paged("/history/process-instance?processInstanceId=" + instance));
      assertThat(historyList.body().findValuesAsText("id")).as(as).containsExactly(instance);
      Reply historicVariables = route.apply(paged("/history/variable-instance?processInstanceId=" + instance));
      assertThat(historicVariables.text()).as(as).contains(PERSON);
    });
  }

  @Test
  @Order(1)
  void bothLadosSeeTheCaseItsVariablesItsTaskAndItsHistory() {
    assertThat(reference).matches("LADO-\\d{4}-\\d{4}");
    assertTheCaseIsVisibleTo(LADO);
    assertTheCaseIsVisibleTo(LADO_TWO);
  }

  @Test
  @Order(2)
  void everyOtherRoleSeesNothingOfTheCaseByAnyRoute() {
    List<String> leaks = new ArrayList<>();
    for (String role : OTHER_ROLES) {
      leaks.addAll(leaksToUser(role, List.of(instance), List.of(considerationTask)));
    }
    assertThat(leaks).isEmpty();
    assertThat(signedInToWebapps).as("the web apps' API was tried too").contains("scr.chair", "board.chair", "admin", POLICE);
  }

  @Test
  @Order(3)
  void onlyTheLadoManagerExcludesAndOnlyALadoWithAReason() {
    String path = "/api/lado/cases/" + encode(reference) + "/exclusions";
    Map<String, Object> good = Map.of("userId", LADO_TWO, "reason", "knows the person");
    for (String user : List.of(LADO, "scr.chair", LADO_TWO)) {
      Reply reply = rest.post(path, user, good);
      assertThat(reply.status()).as(user + ": " + reply.text()).isEqualTo(403);
    }
    assertThat(rest.post(path, null, good).status()).isEqualTo(401);
    for (Map<String, Object> bad : List.of(Map.<String, Object>of("reason", "knows the person"), Map.<String, Object>of("userId", LADO_TWO),
        Map.<String, Object>of("userId", LADO_TWO, "reason", "  "), Map.<String, Object>of("userId", "scr.chair", "reason", "knows the person"),
        Map.<String, Object>of("userId", "no.such.user", "reason", "knows the person"))) {
      Reply reply = rest.post(path, MANAGER, bad);
      assertThat(reply.status()).as(bad + ": " + reply.text()).isEqualTo(400);
    }
    Reply unknown = rest.post("/api/lado/cases/LADO-1999-9999/exclusions", MANAGER, good);
    assertThat(unknown.status()).as(unknown.text()).isEqualTo(404);
    assertThat(rest.get(path, MANAGER).body().findValuesAsText("userId")).isEmpty();
    assertThat(rest.get(path, MANAGER).text()).doesNotContain(LADO_TWO);
  }

  @Test
  @Order(4)
  void anExcludedLadoSeesNothingOfTheCaseAndCannotWorkOnIt() {
    // lado.two claims the task first: the exclusion takes it back
    Reply claimed = rest.post("/engine-rest/task/" + considerationTask + "/claim", LADO_TWO, Map.of("userId", LADO_TWO));
    assertThat(claimed.status()).as(claimed.text()).isEqualTo(204);

    String path = "/api/lado/cases/" + encode(reference) + "/exclusions";
    Reply excluded = rest.post(path, MANAGER, Map.of("userId", LADO_TWO, "reason", "knows the person"));
    assertThat(excluded.status()).as(excluded.text()).isEqualTo(201);
    assertThat(rest.get(path, MANAGER).text()).contains(LADO_TWO);
    Reply again = rest.post(path, MANAGER, Map.of("userId", LADO_TWO, "reason", "knows the person"));
    assertThat(again.status()).as(again.text()).isEqualTo(400);
    assertThat(taskService.createTaskQuery().taskId(considerationTask).singleResult().getAssignee()).as("back to the group").isNull();

    assertThat(leaksToUser(LADO_TWO, List.of(instance), List.of(considerationTask))).isEmpty();

    Map<String, Object> consideration = body(vars("initialConsideration", LadoAllegationProcess.THRESHOLD_MET,
        "considerationNotes", "Physical harm alleged"));
    for (String action : List.of("claim", "complete", "submit-form")) {
      Object sent = action.equals("claim") ? Map.of("userId", LADO_TWO) : consideration;
      Reply overRest = rest.post("/engine-rest/task/" + considerationTask + "/" + action, LADO_TWO, sent);
      assertThat(overRest.status()).as(action + ": " + overRest.text()).isIn(403, 404);
      Reply inTasklist = WebAppClient.signIn(port, LADO_TWO).post(WebAppClient.ENGINE + "/task/" + considerationTask + "/" + action, sent);
      assertThat(inTasklist.status()).as(action + " in Tasklist: " + inTasklist.text()).isIn(403, 404);
    }
    assertThat(openTask(instance, LadoAllegationProcess.TASK_INITIAL_CONSIDERATION)).as("still open").isNotNull();

    // a task created after the exclusion is hidden from lado.two too
    Reply done = rest.post("/engine-rest/task/" + considerationTask + "/complete", LADO, consideration);
    assertThat(done.status()).as(done.text()).isEqualTo(204);
    AsyncContinuations.run(managementService);
    meetingTask = openTask(instance, LadoAllegationProcess.TASK_ALLEGATION_MEETING).getId();
    for (Route lado : apis(LADO).values()) {
      Reply task = lado.apply("/task/" + meetingTask);
      assertThat(task.status()).as(task.text()).isEqualTo(200);
      assertThat(lado.apply(paged("/task?processInstanceId=" + instance)).body().findValuesAsText("id")).containsExactly(meetingTask);
    }
    assertThat(leaksToUser(LADO_TWO, List.of(instance), List.of(considerationTask, meetingTask))).isEmpty();
    Reply claimMeeting = rest.post("/engine-rest/task/" + meetingTask + "/claim", LADO_TWO, Map.of("userId", LADO_TWO));
    assertThat(claimMeeting.status()).as(claimMeeting.text()).isIn(403, 404);
    // the other LADOs still see it
    assertThat(rest.get("/engine-rest/task/" + meetingTask, MANAGER).status()).isEqualTo(200);
  }

  @Test
  @Order(5)
  void anAgencySeesOnlyItsStrandTaskAndNothingOfThePersonOrTheCase() {
    LocalDate today = deadlines.today();
    Reply met = rest.post("/engine-rest/task/" + meetingTask + "/complete", LADO, body(vars(
        "meetingHeldOn", today.toString(), "attendees", "LADO, police, club welfare officer",
        "suspensionDecision", "alternative-arrangements", "suspensionReasons", "Moved to a role without children",
        "route", LadoAllegationProcess.ROUTE_INVESTIGATE, "policeAction", "Interview the coach under caution",
        "policeAgency", POLICE, "actionsDueOn", today.plusDays(30).toString(), "reviewMeetingWeeks", typed(4, "Long"))));
    assertThat(met.status()).as(met.text()).isEqualTo(204);
    AsyncContinuations.run(managementService);

    ProcessInstance strand = runtimeService.createProcessInstanceQuery().processDefinitionKey(InvestigationStrandProcess.KEY)
        .superProcessInstanceId(instance).singleResult();
    if (strand == null) {
      strand = runtimeService.createProcessInstanceQuery().processDefinitionKey(InvestigationStrandProcess.KEY)
          .processInstanceBusinessKey(reference).variableValueEquals("strand", InvestigationStrandProcess.POLICE).singleResult();
    }
    assertThat(strand).isNotNull();
    String strandTask = openTask(strand.getId(), InvestigationStrandProcess.TASK_REPORT_STRAND_OUTCOME).getId();

    for (Map.Entry<String, Route> api : apis(POLICE).entrySet()) {
      Route police = api.getValue();
      String as = POLICE + " via " + api.getKey() + " ";
      Reply tasks = police.apply(paged("/task?processInstanceBusinessKey=" + encode(reference)));
      assertThat(tasks.body().findValuesAsText("id")).as(as + tasks.text()).containsExactly(strandTask);
      Reply task = police.apply("/task/" + strandTask);
      assertThat(task.status()).as(as + task.text()).isEqualTo(200);
      for (String path : List.of("/task/" + strandTask + "/variables", "/task/" + strandTask + "/form-variables")) {
        Reply variables = police.apply(path);
        assertThat(variables.status()).as(as + path + variables.text()).isEqualTo(200);
        assertThat(variables.text()).as(as + path).contains("Interview the coach under caution")
            .doesNotContain(PERSON).doesNotContain(ALLEGATION).doesNotContain(EMPLOYER).doesNotContain("Child K");
        assertThat(variables.body().has("personName")).isFalse();
        assertThat(variables.body().has("allegation")).isFalse();
        assertThat(variables.body().has("employerName")).isFalse();
      }
    }
    // nothing of the case itself, by any route, nor its meeting task's history
    List<String> caseTasks = historyService.createHistoricTaskInstanceQuery().processInstanceId(instance).list().stream()
        .map(t -> t.getId()).toList();
    assertThat(leaksToUser(POLICE, List.of(instance), caseTasks, List.of(strand.getId()))).isEmpty();
    // and the strand's own records hold nothing of the person either
    assertThat(leaksToUser(POLICE, List.of(strand.getId()), List.of()).stream()
        .filter(leak -> leak.contains(PERSON) || leak.contains(ALLEGATION) || leak.contains(EMPLOYER))).isEmpty();
    // the excluded LADO sees neither the strand nor its task
    assertThat(leaksToUser(LADO_TWO, List.of(instance, strand.getId()), List.of(strandTask))).isEmpty();
  }

  @Test
  @Order(6)
  void aReferralWithAVariableItsFormDoesNotWriteIsRefusedAndCreatesNothing() {
    long instances = historyService.createHistoricProcessInstanceQuery().processDefinitionKey(LadoAllegationProcess.KEY).count();
    Integer cases = jdbc.queryForObject("SELECT count(*) FROM lado_case", Integer.class);

    Map<String, Object> recordedBy = referral();
    recordedBy.put("recordedBy", typed("scr.chair", null));
    Map<String, Object> extra = referral();
    extra.put("personAddress", typed("1 High Street", null));
    Map<String, Object> wrongType = referral();
    wrongType.put("sector", typed(7, "Integer"));
    Map<String, Map<String, Object>> refusals = new LinkedHashMap<>();
    refusals.put("recordedBy", recordedBy);
    refusals.put("personAddress", extra);
    refusals.put("Sector the person works or volunteers in' must be sent as String", wrongType);
    for (Map.Entry<String, Map<String, Object>> refused : refusals.entrySet()) {
      Reply reply = start(LADO, refused.getValue());
      assertThat(reply.status()).as(reply.text()).isEqualTo(400);
      assertThat(reply.text()).as("names the variable refused").contains(refused.getKey());
      assertThat(reply.text()).doesNotContain(PERSON);
    }
    assertThat(historyService.createHistoricProcessInstanceQuery().processDefinitionKey(LadoAllegationProcess.KEY).count())
        .isEqualTo(instances);
    assertThat(jdbc.queryForObject("SELECT count(*) FROM lado_case", Integer.class)).isEqualTo(cases);
  }

  /**
   * The conflict of interest is with the person: a later case about the same person (whose earlier concerns
   * name this one) is kept from the excluded LADO from its first moment, even when they open it themself; a
   * new exclusion covers every case about the person; and the manager cannot exclude the last LADO left.
   */
  @Test
  @Order(7)
  void anExclusionFollowsThePersonToEveryCaseAboutThemAndLeavesSomeoneToWorkOnIt() {
    Reply started = start(LADO_TWO, referral());
    assertThat(started.status()).as(started.text()).isEqualTo(200);
    String later = started.body().path("id").asText();
    String laterReference = (String) historyService.createHistoricVariableInstanceQuery().processInstanceId(later)
        .variableName("ladoReference").singleResult().getValue();
    List<String> laterTasks = taskService.createTaskQuery().processInstanceId(later).list().stream().map(Task::getId).toList();
    assertThat(laterTasks).as("the initial consideration waits").isNotEmpty();
    assertThat(leaksToUser(LADO_TWO, List.of(later), laterTasks)).isEmpty();
    Reply concerns = rest.get("/engine-rest/process-instance/" + later + "/variables/earlierConcerns", LADO);
    assertThat(concerns.text()).as("another LADO reads the earlier concerns").contains(reference);
    String exclusions = "/api/lado/cases/" + encode(laterReference) + "/exclusions";
    assertThat(rest.get(exclusions, MANAGER).text()).contains(LADO_TWO);

    // excluded from the later case, lado is kept from the earlier one too
    Reply excluded = rest.post(exclusions, MANAGER, Map.of("userId", LADO, "reason", "a neighbour of the person"));
    assertThat(excluded.status()).as(excluded.text()).isEqualTo(201);
    assertThat(rest.get("/api/lado/cases/" + encode(reference) + "/exclusions", MANAGER).text()).contains("\"" + LADO + "\"");
    assertThat(leaksToUser(LADO, List.of(instance, later), laterTasks)).isEmpty();

    Reply lastOne = rest.post(exclusions, MANAGER, Map.of("userId", MANAGER, "reason", "knows the person"));
    assertThat(lastOne.status()).as(lastOne.text()).isEqualTo(400);
    assertThat(lastOne.text()).contains("nobody in the LADO service would be left");
    Reply markup = rest.post("/api/lado/cases/" + encode(laterReference) + "/exclusions", MANAGER,
        Map.of("userId", MANAGER, "reason", "<script>alert(1)</script>"));
    assertThat(markup.status()).as(markup.text()).isEqualTo(400);
    assertThat(markup.text()).contains("markup or expression syntax");
    assertThat(rest.get(exclusions, MANAGER).text()).doesNotContain(MANAGER);
    assertThat(rest.get("/engine-rest/process-instance/" + later, MANAGER).status()).as("the manager still works on it").isEqualTo(200);
  }
}
