package uk.org.safeguarding.reviews.gate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

import uk.org.safeguarding.reviews.forms.CaseFormSchemas;
import uk.org.safeguarding.reviews.support.RestClient;
import uk.org.safeguarding.reviews.support.RestClient.Reply;
import uk.org.safeguarding.reviews.support.TestDatabase;
import uk.org.safeguarding.reviews.support.WebAppClient;

/**
 * For every user task and every start form of every model (read from {@code bpmn/}, not listed
 * here), a submission carrying one variable its form does not write is refused with 400 naming the
 * variable, and changes nothing — over {@code /engine-rest} and over the web apps' own API, as the
 * user the step is offered to. Three kinds of stray variable: a made-up one, a field of another
 * form, and a variable the process computes itself (a due date the model reads).
 *
 * <p>Each task is put in place by the test itself, as the application (no user), by starting its
 * process before that activity: the gate judges a completion by the task's form alone.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "test.database=postgres")
@ActiveProfiles("test")
@Import(TestDatabase.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EveryStepAcceptsOnlyItsFormIT {

  static final String AGENCY = "dorset-police";

  @Autowired org.camunda.bpm.engine.RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired HistoryService historyService;
  @Autowired IdentityService identityService;
  @Autowired AuthorizationService authorizationService;
  @Autowired CaseFormSchemas forms;
  @LocalServerPort int port;

  RestClient rest;
  int caseNumber;

  @BeforeAll
  void client() {
    rest = new RestClient(port);
  }

  @TestFactory
  Stream<DynamicTest> everyTaskAcceptsOnlyWhatItsFormWrites() {
    List<ModelSteps.TaskStep> steps = ModelSteps.userTasks();
    assertThat(steps).as("user tasks found in bpmn/").hasSizeGreaterThan(30);
    return steps.stream().map(step -> DynamicTest.dynamicTest(step.toString(), () -> inACaseOfItsOwn(() -> refusesStrayVariables(step))));
  }

  @TestFactory
  Stream<DynamicTest> everyStartFormAcceptsOnlyWhatItWrites() {
    List<ModelSteps.StartStep> steps = ModelSteps.startForms();
    assertThat(steps).as("start forms found in bpmn/").hasSizeGreaterThanOrEqualTo(5);
    return steps.stream().map(step -> DynamicTest.dynamicTest(step.toString(), () -> refusesStrayStartVariables(step)));
  }

  void refusesStrayVariables(ModelSteps.TaskStep step) {
    Task task = taskAt(step);
    String user = memberOf(candidateGroup(task));
    WebAppClient tasklist = WebAppClient.signIn(port, user);
    Set<String> fields = fieldsOf(step.formRef());
    for (String stray : strayNames(fields, step.computed())) {
      Object before = runtimeService.getVariable(task.getProcessInstanceId(), stray);
      Map<String, Object> body = Map.of("variables", Map.of(stray, Map.of("value", "2030-01-01", "type", "String")));

      refusedNaming(stray, "REST: " + step, rest.post("/engine-rest/task/" + task.getId() + "/complete", user, body));
      refusedNaming(stray, "Tasklist: " + step, tasklist.post(WebAppClient.ENGINE + "/task/" + task.getId() + "/submit-form", body));

      assertThat(taskService.createTaskQuery().taskId(task.getId()).count()).as("the task is still open").isOne();
      assertThat(runtimeService.getVariable(task.getProcessInstanceId(), stray)).as("nothing written").isEqualTo(before);
    }
  }

  @TestFactory
  Stream<DynamicTest> everyFieldOfEveryTaskTakesAnyValueWithoutAServerError() {
    return ModelSteps.userTasks().stream().map(step -> DynamicTest.dynamicTest(step.toString(), () -> inACaseOfItsOwn(() -> fuzzFields(step))));
  }

  /**
   * Each field of the step's form, sent alone with each kind of value its form never writes: never
   * a 5xx, always refused, and the refusal writes nothing (the task stays open, the variable is as
   * it was).
   */
  void fuzzFields(ModelSteps.TaskStep step) {
    Task task = taskAt(step);
    String user = memberOf(candidateGroup(task));
    Map<String, String> types = fieldTypes(step.formRef());
    for (String field : types.keySet()) {
      Map<String, Map<String, Object>> values = new java.util.LinkedHashMap<>(HOSTILE);
      if (Set.of("checklist", "taglist", "dynamiclist").contains(types.get(field))) {
        values.put("a list as text", Map.of("type", "String", "value", "[\"dorset-police\"]"));
      }
      for (Map.Entry<String, Map<String, Object>> hostile : values.entrySet()) {
        Object before = runtimeService.getVariable(task.getProcessInstanceId(), field);
        Reply reply = rest.post("/engine-rest/task/" + task.getId() + "/complete", user, Map.of("variables", Map.of(field, hostile.getValue())));
        assertThat(reply.status()).as("%s: '%s' as %s: %s", step, field, hostile.getKey(), reply.text()).isLessThan(500);
        assertThat(reply.status()).as("%s: '%s' as %s is not what the form writes: %s", step, field, hostile.getKey(), reply.text())
            .isGreaterThanOrEqualTo(400);
        assertThat(taskService.createTaskQuery().taskId(task.getId()).count()).as("%s stays open", step).isOne();
        assertThat(runtimeService.getVariable(task.getProcessInstanceId(), field)).as("nothing written").isEqualTo(before);
      }
    }
  }

  @TestFactory
  Stream<DynamicTest> everyFieldOfEveryStartFormTakesAnyValueWithoutAServerError() {
    return ModelSteps.startForms().stream().map(step -> DynamicTest.dynamicTest(step.toString(), () -> {
      String user = memberOf(starterGroup(step.processKey()));
      long instances = historyService.createHistoricProcessInstanceQuery().processDefinitionKey(step.processKey()).count();
      for (String field : fieldTypes(step.formRef()).keySet()) {
        for (Map.Entry<String, Map<String, Object>> hostile : HOSTILE.entrySet()) {
          Reply reply = rest.post("/engine-rest/process-definition/key/" + step.processKey() + "/start", user,
              Map.of("variables", Map.of(field, hostile.getValue())));
          assertThat(reply.status()).as("%s: '%s' as %s: %s", step, field, hostile.getKey(), reply.text()).isBetween(400, 499);
        }
      }
      assertThat(historyService.createHistoricProcessInstanceQuery().processDefinitionKey(step.processKey()).count())
          .as("no case was opened").isEqualTo(instances);
    }));
  }

  /** Values no form produces, or produces only within limits: each type the REST API knows, and sizes past the limits. */
  static final Map<String, Map<String, Object>> HOSTILE = new java.util.LinkedHashMap<>();

  static {
    HOSTILE.put("Object", Map.of("type", "Object", "value", "[1]",
        "valueInfo", Map.of("objectTypeName", "java.util.ArrayList", "serializationDataFormat", "application/json")));
    HOSTILE.put("File", Map.of("type", "File", "value", "aGVsbG8=", "valueInfo", Map.of("filename", "x.txt")));
    HOSTILE.put("Bytes", Map.of("type", "Bytes", "value", "aGVsbG8="));
    HOSTILE.put("Date", Map.of("type", "Date", "value", "2026-12-01T09:00:00.000+0000"));
    HOSTILE.put("Long", Map.of("type", "Long", "value", 9_223_372_036_854_775_807L));
    HOSTILE.put("Double", Map.of("type", "Double", "value", 1e308));
    HOSTILE.put("broken Json", Map.of("type", "Json", "value", "[\"unclosed"));
    HOSTILE.put("Json object", Map.of("type", "Json", "value", "{\"$ne\":1}"));
    HOSTILE.put("Xml", Map.of("type", "Xml", "value", "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><x>&e;</x>"));
    HOSTILE.put("unknown type", Map.of("type", "Nonsense", "value", "x"));
    HOSTILE.put("20,001 characters", Map.of("type", "String", "value", "x".repeat(20_001)));
    HOSTILE.put("markup", Map.of("type", "String", "value", "<script>alert(1)</script>${7*7}"));
  }

  void refusesStrayStartVariables(ModelSteps.StartStep step) {
    String user = memberOf(starterGroup(step.processKey()));
    WebAppClient tasklist = WebAppClient.signIn(port, user);
    Set<String> fields = fieldsOf(step.formRef());
    long instances = historyService.createHistoricProcessInstanceQuery().processDefinitionKey(step.processKey()).count();
    for (String stray : strayNames(fields, step.computed())) {
      Map<String, Object> body = Map.of("variables", Map.of(stray, Map.of("value", "2030-01-01", "type", "String")));

      refusedNaming(stray, "REST: " + step, rest.post("/engine-rest/process-definition/key/" + step.processKey() + "/start", user, body));
      refusedNaming(stray, "Tasklist: " + step,
          tasklist.post(WebAppClient.ENGINE + "/process-definition/key/" + step.processKey() + "/submit-form", body));
    }
    assertThat(historyService.createHistoricProcessInstanceQuery().processDefinitionKey(step.processKey()).count())
        .as("no case was opened").isEqualTo(instances);
  }

  static void refusedNaming(String stray, String where, Reply reply) {
    assertThat(reply.status()).as("%s with '%s': %s", where, stray, reply.text()).isEqualTo(400);
    assertThat(reply.text()).as(where).contains(stray);
  }

  /**
   * Runs a check on a task put in place by {@link #taskAt}, then removes that case (and whatever it
   * started), so the other tests sharing this application never meet a case without its context.
   */
  void inACaseOfItsOwn(Runnable check) {
    try {
      check.run();
    } finally {
      for (String id : synthetic) {
        if (runtimeService.createProcessInstanceQuery().processInstanceId(id).count() > 0) {
          runtimeService.deleteProcessInstance(id, "test case removed", true, true);
        }
      }
      synthetic.clear();
    }
  }

  final List<String> synthetic = new java.util.ArrayList<>();

  /** A made-up name, a field of another form, and a variable the process computes. */
  List<String> strayNames(Set<String> fields, Set<String> computed) {
    String otherFormsField = forms.ids().stream().sorted()
        .flatMap(id -> fieldsOf(id).stream().sorted()).filter(key -> !fields.contains(key)).findFirst().orElseThrow();
    // a variable the process computes; in a process that computes none here, the case reference it was given
    String processComputed = computed.stream().filter(name -> !fields.contains(name)).findFirst()
        .orElse("caseReference");
    return List.of("notOnThisForm", otherFormsField, processComputed);
  }

  Map<String, String> fieldTypes(String formId) {
    Map<String, String> types = new java.util.TreeMap<>();
    CaseFormSchemas.inputFields(forms.form(formId).orElseThrow()).forEach(field -> types.put(
        field.path("type").asText().equals("dynamiclist") ? field.path("path").asText() : field.path("key").asText(),
        field.path("type").asText()));
    return types;
  }

  Set<String> fieldsOf(String formId) {
    Set<String> keys = new TreeSet<>();
    CaseFormSchemas.inputFields(forms.form(formId).orElseThrow()).forEach(field ->
        keys.add(field.path("type").asText().equals("dynamiclist") ? field.path("path").asText() : field.path("key").asText()));
    return keys;
  }

  /** The step's task in a case of its own, put there by the application (no user), its dates set. */
  Task taskAt(ModelSteps.TaskStep step) {
    Map<String, Object> seed = new HashMap<>();
    String caseReference = "Gate " + (++caseNumber);
    seed.put("caseReference", caseReference);
    seed.put("agency", AGENCY);
    seed.put("actionAgency", AGENCY);
    seed.put("contributionLabel", "IMR");
    for (String name : ModelSteps.variablesIn(step.candidateGroups())) {
      seed.put(name, step.candidateGroups().contains("partner-${" + name) ? "police"
          : step.candidateGroups().equals("${" + name + "}") ? "lado" // a whole group chosen at run time (a LADO strand)
          : AGENCY);
    }
    java.util.regex.Matcher argument = java.util.regex.Pattern.compile("[(,]\\s*([a-z]\\w*)\\s*[,)]")
        .matcher(String.valueOf(step.dueDate()));
    while (argument.find()) {
      seed.putIfAbsent(argument.group(1), new Date()); // what the due date counts from, e.g. referredOn
    }
    for (String name : step.computed()) {
      if (name.endsWith("Date")) {
        seed.putIfAbsent(name, new Date(System.currentTimeMillis() + 86_400_000L * 30));
      }
    }
    // the dates the process's timers wait for (e.g. a mark on the sub-process around the step), a month ahead
    String definitionId = repositoryService.createProcessDefinitionQuery().processDefinitionKey(step.processKey())
        .latestVersion().singleResult().getId();
    for (org.camunda.bpm.model.bpmn.instance.TimeDate timeDate : repositoryService.getBpmnModelInstance(definitionId)
        .getModelElementsByType(org.camunda.bpm.model.bpmn.instance.TimeDate.class)) {
      java.util.regex.Matcher variable = java.util.regex.Pattern.compile("^\\$\\{(\\w+)\\}$").matcher(timeDate.getTextContent().trim());
      if (variable.matches()) {
        seed.putIfAbsent(variable.group(1), new Date(System.currentTimeMillis() + 86_400_000L * 30));
      }
    }
    ProcessInstance instance = runtimeService.createProcessInstanceByKey(step.processKey()).businessKey(caseReference)
        .setVariables(seed).startBeforeActivity(step.activityId()).execute(true, true);
    synthetic.add(instance.getId());
    List<Task> tasks = taskService.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(step.activityId()).list();
    assertThat(tasks).as("task of %s", step).hasSize(1);
    return tasks.get(0);
  }

  String candidateGroup(Task task) {
    return taskService.getIdentityLinksForTask(task.getId()).stream()
        .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
        .map(IdentityLink::getGroupId).findFirst().orElseThrow(() -> new AssertionError("no candidate group on " + task.getName()));
  }

  String starterGroup(String processKey) {
    return authorizationService.createAuthorizationQuery().resourceType(Resources.PROCESS_DEFINITION).resourceId(processKey)
        .authorizationType(Authorization.AUTH_TYPE_GRANT).list().stream()
        .filter(a -> a.getGroupId() != null && a.isPermissionGranted(ProcessDefinitionPermissions.CREATE_INSTANCE))
        .map(Authorization::getGroupId).sorted().findFirst().orElseThrow(() -> new AssertionError("nobody starts " + processKey));
  }

  String memberOf(String group) {
    List<User> members = identityService.createUserQuery().memberOfGroup(group).orderByUserId().asc().list();
    assertThat(members).as("a demo user in %s", group).isNotEmpty();
    return members.get(0).getId();
  }
}
