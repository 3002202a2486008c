package uk.org.safeguarding.reviews.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;

/** The server applies each form's own rules; these use the real forms in forms/. */
class FormSubmissionValidatorTest {

  private final FormSubmissionValidator validator = new FormSubmissionValidator();

  private static JsonNode form(String id) throws Exception {
    return new ObjectMapper().readTree(new File("forms/" + id + ".form"));
  }

  @Test
  void requiredFieldsAreNamedByTheirLabels() throws Exception {
    assertThat(validator.validate(form("briefing-note"), Map.of()))
        .contains("'Your agency's involvement with the child and family' is required",
            "'Briefing note: concerns, and how agencies worked together' is required");
  }

  @Test
  void aFieldHiddenByItsConditionIsNotRequired() throws Exception {
    JsonNode decision = form("scr-decision");
    assertThat(validator.validate(decision, Map.of("scrDecision", "initiate", "decisionReasons", "Met"))).isEmpty();
    assertThat(validator.validate(decision, Map.of("scrDecision", "decline", "decisionReasons", "Not met")))
        .containsExactly("'Instead' is required");
  }

  @Test
  void choicesMustBeAmongTheFormsOptions() throws Exception {
    assertThat(validator.validate(form("scr-decision"), Map.of("scrDecision", "maybe", "decisionReasons", "x")))
        .anySatisfy(p -> assertThat(p).contains("'Decision' must be one of [decline, initiate]"));
  }

  @Test
  void textLongerThanTheFormAllowsIsRefused() throws Exception {
    String longSummary = "x".repeat(4001);
    List<String> problems = validator.validate(form("media-interest"), Map.of("mediaHandlingNotes", longSummary));
    assertThat(problems).containsExactly("'Notes on media handling (media strategy, Gold group)' is too long (4001 characters, at most 4000)");
  }

  @Test
  void markupAndExpressionsAreRefused() throws Exception {
    for (String attack : List.of("<script>alert(1)</script>", "${runtimeService.deleteProcessInstance('x','y')}",
        "#{1+1}", "<img src=x onerror=alert(1)>", "javascript:alert(1)")) {
      assertThat(validator.validate(form("media-interest"), Map.of("mediaHandlingNotes", attack)))
          .as(attack).anySatisfy(p -> assertThat(p).contains("markup or expression syntax"));
    }
    assertThat(validator.validate(form("media-interest"), Map.of("mediaHandlingNotes", "Costs £1,000 (approx.) & rising; see item #3")))
        .isEmpty();
  }

  @Test
  void datesNumbersAndListsAreChecked() throws Exception {
    assertThat(validator.validate(form("imr-panel-review"), Map.of("imrPanelDecision", "rework", "reworkRequest", "More analysis",
        "reworkDueDate", "next month")))
        .containsExactly("'Rework due by' must be a date (YYYY-MM-DD), not 'next month'");
    assertThat(validator.validate(form("triage-referral"), Map.of("agenciesInvolved", "dorset-police")))
        .containsExactly("'Agencies involved with the child or family' must be a list");
  }

  @Test
  void aDisabledFieldOnlyShowsItsVariable_itIsNeitherAnInputNorChecked() throws Exception {
    JsonNode review = form("imr-panel-review");
    assertThat(CaseFormSchemas.inputFields(review)).extracting(f -> f.path("key").asText())
        .containsExactly("imrPanelDecision", "reworkRequest", "reworkDueDate");
    // the IMR shown to the panel is the agency's, checked when the agency submitted it: not the panel's to answer for
    assertThat(validator.validate(review, Map.of("imrPanelDecision", "accepted", "caseReference", "x".repeat(600),
        "imrChronology", "<script>alert(1)</script>"))).isEmpty();
  }
}
