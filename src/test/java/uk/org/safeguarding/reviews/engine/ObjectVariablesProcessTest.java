package uk.org.safeguarding.reviews.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import uk.org.safeguarding.reviews.engine.JsonVariables;
import uk.org.safeguarding.reviews.referral.ReferralProcess;
import uk.org.safeguarding.reviews.support.CaseSteps;
import uk.org.safeguarding.reviews.support.ProcessTest;

/**
 * No {@code Object} variable is stored, whoever asks and however it is typed, and none would be
 * built from stored data; the application's own variables (Json, String, Boolean, Date, numbers,
 * long text) are stored as before.
 */
@ProcessTest
class ObjectVariablesProcessTest extends CaseSteps {

  @Autowired ProcessEngineConfigurationImpl configuration;

  static final Map<String, TypedValue> OBJECTS = Map.of(
      "serialized JSON list", Variables.serializedObjectValue("[1,2]").objectTypeName("java.util.ArrayList")
          .serializationDataFormat("application/json").create(),
      "serialized JSON of a generic type", Variables.serializedObjectValue("[\"a\"]")
          .objectTypeName("java.util.ArrayList<java.lang.String>").serializationDataFormat("application/json").create(),
      "serialized in a data format no one registered", Variables.serializedObjectValue("<a/>")
          .objectTypeName("java.lang.String").serializationDataFormat("application/x-unknown").create(),
      "serialized without a type name", Variables.serializedObjectValue(null).serializationDataFormat("application/json").create(),
      "built Java map", Variables.objectValue(new HashMap<>(Map.of("a", "b"))).create(),
      "untyped Java list", Variables.untypedValue(new ArrayList<>(List.of("a"))),
      "untyped Java class of no collection", Variables.untypedValue(java.net.URI.create("https://example.org")));

  @Test
  void anObjectIsRefusedAtStartAndNothingIsWritten() {
    long instances = runtimeService.createProcessInstanceQuery().count();
    OBJECTS.forEach((what, object) -> {
      Map<String, Object> variables = referral(newCase("Child O"));
      variables.put("smuggled", object);
      Throwable refused = catchThrowable(() -> runtimeService.startProcessInstanceByKey(ReferralProcess.KEY, variables));
      assertThat(refused).as(what).isInstanceOf(BadUserRequestException.class)
          .hasMessageContaining("Variable 'smuggled' cannot be stored: values of type Object")
          .hasMessageContaining("send text and dates as String");
    });
    assertThat(runtimeService.createProcessInstanceQuery().count()).isEqualTo(instances);
  }

  @Test
  void anObjectIsRefusedOnARunningCaseAndOnCompletion() {
    ProcessInstance pi = refer(newCase("Child P"), false, "dorset-police");
    String triage = task(pi, ReferralProcess.TASK_TRIAGE_REFERRAL).getId();
    OBJECTS.forEach((what, object) -> {
      assertThat(catchThrowable(() -> runtimeService.setVariable(pi.getId(), "smuggled", object))).as(what)
          .isInstanceOf(BadUserRequestException.class).hasMessageContaining("'smuggled'");
      assertThat(catchThrowable(() -> taskService.setVariableLocal(triage, "smuggled", object))).as(what)
          .isInstanceOf(BadUserRequestException.class);
      assertThat(catchThrowable(() -> taskService.complete(triage, vars("agenciesInvolved", json(List.of("dorset-police")),
          "smuggled", object)))).as(what).isInstanceOf(BadUserRequestException.class);
    });
    assertThat(runtimeService.getVariable(pi.getId(), "smuggled")).isNull();
    assertThat(taskService.getVariable(triage, "smuggled")).isNull();
    assertThat(task(pi, ReferralProcess.TASK_TRIAGE_REFERRAL).getId()).isEqualTo(triage);
  }

  @Test
  void javaSerializationIsRefused() {
    ProcessInstance pi = refer(newCase("Child Q"), false, "dorset-police");
    TypedValue javaSerialized = Variables.serializedObjectValue("rO0ABXQAA2Zvbw==").objectTypeName("java.lang.String")
        .serializationDataFormat(Variables.SerializationDataFormats.JAVA).create();
    assertThat(catchThrowable(() -> runtimeService.setVariable(pi.getId(), "smuggled", javaSerialized)))
        .isInstanceOf(ProcessEngineException.class).hasMessageContaining("smuggled");
    assertThat(runtimeService.getVariable(pi.getId(), "smuggled")).isNull();
  }

  @Test
  void storedObjectsWouldBeBuiltOnlyFromAllowedTypes_andNoneAreAllowed() {
    assertThat(configuration.isDeserializationTypeValidationEnabled()).isTrue();
    assertThat(configuration.isJavaSerializationFormatEnabled()).isFalse();
    assertThat(configuration.getDeserializationTypeValidator()).isInstanceOf(AllowedObjectTypes.class);
    for (String type : List.of("java.util.ArrayList", "java.util.HashMap", "java.lang.String", "java.lang.Runtime",
        "uk.org.safeguarding.reviews.actionplan.Action")) {
      assertThat(configuration.getDeserializationTypeValidator().validate(type)).as(type).isFalse();
    }
    assertThat(configuration.getVariableSerializers().getSerializers())
        .filteredOn(serializer -> serializer.getType().equals(org.camunda.bpm.engine.variable.type.ValueType.OBJECT))
        .isNotEmpty().allSatisfy(serializer -> assertThat(serializer).isInstanceOf(AllowListedObjectSerializer.class));
  }

  @Test
  void theApplicationsOwnTypesAreStoredAsBefore() {
    ProcessInstance pi = refer(newCase("Child R"), false, "dorset-police");
    Map<String, Object> own = new HashMap<>();
    own.put("aString", "text");
    own.put("aLongText", "x".repeat(20_000));
    own.put("aBoolean", true);
    own.put("aDate", new java.util.Date());
    own.put("aLong", 7L);
    own.put("anInteger", 7);
    own.put("aDouble", 7.5);
    own.put("aNull", null);
    runtimeService.setVariables(pi.getId(), own);
    runtimeService.setVariable(pi.getId(), "aJsonList", json(List.of("dorset-police")));
    Map<String, Object> read = runtimeService.getVariables(pi.getId(), own.keySet());
    own.forEach((name, value) -> assertThat(String.valueOf(read.get(name))).as(name).isEqualTo(String.valueOf(value)));
    assertThat(JsonVariables.strings(runtimeService.getVariable(pi.getId(), "aJsonList"))).containsExactly("dorset-police");
    assertThat(runtimeService.getVariableTyped(pi.getId(), "aLongText").getType().getName()).isEqualTo("string");
  }

  private static Map<String, Object> referral(String caseReference) {
    return vars("caseReference", caseReference, "incidentSummary", "Child injured", "referringAgency", "Dorset Police",
        "boardAwareOn", "2026-10-30", "agenciesInvolved", json(List.of("dorset-police")), "mediaInterest", false);
  }
}
