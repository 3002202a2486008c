package uk.org.safeguarding.reviews.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;

/** Which Java types an Object variable may name, and how a value's types are read. */
class AllowedObjectTypesTest {

  @Test
  void nothingIsAllowedUnlessNamed_notEvenWhatCamundasDefaultListAllows() {
    AllowedObjectTypes allowed = new AllowedObjectTypes();
    for (String type : List.of("java.util.ArrayList", "java.util.HashMap", "java.lang.String", "java.lang.Runtime", "", " ")) {
      assertThat(allowed.validate(type)).as(type).isFalse();
    }
    assertThat(allowed.validate(null)).isFalse();
  }

  @Test
  void camundasSettingsNameWholeClassesAndPackages() {
    AllowedObjectTypes allowed = new AllowedObjectTypes();
    allowed.setAllowedClasses(" uk.org.example.Record , ,java.time.LocalDate");
    allowed.setAllowedPackages("uk.org.example.records.");
    assertThat(allowed.validate("uk.org.example.Record")).isTrue();
    assertThat(allowed.validate("java.time.LocalDate")).isTrue();
    assertThat(allowed.validate("uk.org.example.records.Imr")).isTrue();
    assertThat(allowed.validate("uk.org.example.RecordX")).isFalse();
    assertThat(allowed.validate("java.time.LocalDateTime")).isFalse();
    allowed.setAllowedClasses(null);
    assertThat(allowed.validate("uk.org.example.Record")).isFalse();
  }

  @Test
  void aValueNamesItsClass_orEveryClassInItsDeclaredType_withoutLoadingAny() {
    assertThat(AllowListedObjectSerializer.javaTypes(Variables.objectValue(new java.util.ArrayList<>()).create()))
        .containsExactly("java.util.ArrayList");
    assertThat(AllowListedObjectSerializer.javaTypes(Variables.serializedObjectValue("{}")
        .objectTypeName("java.util.HashMap<java.lang.String, java.util.List<no.such.Gadget>>").create()))
        .containsExactly("java.util.HashMap", "java.lang.String", "java.util.List", "no.such.Gadget");
    assertThat(AllowListedObjectSerializer.javaTypes(Variables.serializedObjectValue("[]").objectTypeName("no.such.Gadget[]").create()))
        .containsExactly("no.such.Gadget");
    assertThat(AllowListedObjectSerializer.javaTypes(Variables.serializedObjectValue("[]").create())).isEmpty();
  }
}
