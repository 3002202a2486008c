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

  /** A form's "dates" mark is the server's rule too, counted on the engine's clock, in London. */
  @Test
  void aDateFieldTakesOnlyTheDaysItsFormMarks() throws Exception {
    FormSubmissionValidator onTuesday = new FormSubmissionValidator(java.time.Clock.fixed(
        java.time.Instant.parse("2026-12-01T10:00:00Z"), java.time.ZoneId.of("Europe/London")));
    Map<String, Object> referral = new java.util.HashMap<>(Map.of("caseReference", "Child Q", "incidentSummary", "Seen at A&E",
        "referringAgency", "Dorset Police", "agenciesInvolved", List.of("dorset-police")));
    referral.put("boardAwareOn", "2026-12-01");
    assertThat(validator(onTuesday, "referral", referral)).isEmpty();
    referral.put("boardAwareOn", "2026-12-02");
    assertThat(validator(onTuesday, "referral", referral))
        .containsExactly("'Date the board became aware' cannot be in the future (2 Dec 2026)");

    Map<String, Object> meeting = Map.of("actionsDueOn", "2026-11-30");
    assertThat(onTuesday.validate(form("lado-meeting"), meeting)).contains("'Actions due by' cannot be in the past (30 Nov 2026)");
    Map<String, Object> rework = Map.of("imrPanelDecision", "rework", "reworkRequest", "More", "reworkDueDate", "2026-12-01");
    assertThat(onTuesday.validate(form("imr-panel-review"), rework)).contains("'Rework due by' must be after today (1 Dec 2026)");
    assertThat(onTuesday.validate(form("imr-panel-review"), Map.of("imrPanelDecision", "rework", "reworkRequest", "More",
        "reworkDueDate", "2026-12-02"))).isEmpty();
  }

  private static List<String> validator(FormSubmissionValidator validator, String form, Map<String, Object> values) throws Exception {
    return validator.validate(form(form), values);
  }

  @Test
  void aFieldHiddenByItsConditionIsNotRequired() throws Exception {
    JsonNode decision = form("scr-decision");
    assertThat(validator.validate(decision, Map.of("scrDecision", "initiate", "decisionReasons", "Met"))).isEmpty();
    assertThat(validator.validate(decision, Map.of("scrDecision", "decline", "decisionReasons", "Not met")))
        .containsExactly("'Instead' is required");
  }

  /** Not required while hidden, but a value sent for it anyway is stored, so it is checked as if shown. */
  @Test
  void aValueSentForAHiddenFieldIsCheckedLikeAnyOther() throws Exception {
    JsonNode recommendation = form("scr-recommendation");
    Map<String, Object> caseAudit = Map.of("recommendation", "case-audit", "recommendationReasons", "Close to the criteria");
    assertThat(validator.validate(recommendation, caseAudit)).isEmpty();
    Map<String, Object> hostile = new java.util.HashMap<>(caseAudit);
    hostile.put("scrCriteria", "${7*7} <script>alert(1)</script> not-a-choice");
    assertThat(validator.validate(recommendation, hostile)).anySatisfy(p -> assertThat(p).contains("must be one of"));
    assertThat(validator.validate(form("scr-decision"), Map.of("scrDecision", "initiate", "decisionReasons", "Met",
        "alternative", "x".repeat(3_000_000)))).anySatisfy(p -> assertThat(p).contains("must be one of"));
    assertThat(validator.validate(form("imr-panel-review"), Map.of("imrPanelDecision", "accept", "reworkRequest",
        "<img src=x onerror=alert(1)>"))).anySatisfy(p -> assertThat(p).contains("markup or expression syntax"));
    assertThat(validator.validate(form("imr-panel-review"), Map.of("imrPanelDecision", "accept", "reworkRequest",
        "y".repeat(20_001)))).anySatisfy(p -> assertThat(p).contains("is too long"));
  }

  @Test
  void aListsRowsHoldOnlyItsColumns() throws Exception {
    Map<String, Object> action = new java.util.LinkedHashMap<>(Map.of("recommendation", "Train staff", "agency", "dorset-police",
        "owner", "DI Smith", "dueDate", "2027-03-01", "measureOfSuccess", "All trained"));
    assertThat(validator.validate(form("action-plan"), Map.of("actions", List.of(action)))).isEmpty();
    action.put("signedOffBy", "board.chair");
    assertThat(validator.validate(form("action-plan"), Map.of("actions", List.of(action))))
        .containsExactly("'Actions' item 1: 'signedOffBy' is not a column of this list");
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
        "#{1+1}", "<img src=x onerror=alert(1)>", "javascript:alert(1)", "<a href=\"data:text/html;base64,PHNjcmlwdD4=\">file</a>",
        "<style>body{display:none}</style>", "vbscript:msgbox(1)")) {
      assertThat(validator.validate(form("media-interest"), Map.of("mediaHandlingNotes", attack)))
          .as(attack).anySatisfy(p -> assertThat(p).contains("markup or expression syntax"));
    }
    for (String plain : List.of("Costs £1,000 (approx.) & rising; see item #3", "Data: police/health records, 2009-2011",
        "Children aged <5 and a baby <a year old", "x < y > z",
        // a plain link is shown as text wherever it is read (TasklistInTheBrowserIT), never made clickable
        "Referred on: <a href=\"https://example.org/a\">the referral</a>")) {
      assertThat(validator.validate(form("media-interest"), Map.of("mediaHandlingNotes", plain))).as(plain).isEmpty();
    }
  }

  @Test
  void datesNumbersAndListsAreChecked() throws Exception {
    assertThat(validator.validate(form("imr-panel-review"), Map.of("imrPanelDecision", "rework", "reworkRequest", "More analysis",
        "reworkDueDate", "next month")))
        .containsExactly("'Rework due by' must be a date (YYYY-MM-DD), not 'next month'");
    assertThat(validator.validate(form("imr-panel-review"), Map.of("imrPanelDecision", "rework", "reworkRequest", "More analysis",
        "reworkDueDate", "2099-03-01T00:00:00")))
        .containsExactly("'Rework due by' must be a date (YYYY-MM-DD), not '2099-03-01T00:00:00'");
    assertThat(validator.validate(form("triage-referral"), Map.of("agenciesInvolved", "dorset-police")))
        .containsExactly("'Agencies involved with the child or family' must be a list");
    assertThat(validator.validate(form("triage-referral"), Map.of("agenciesInvolved", List.of("dorset-police", "dorset-police"))))
        .containsExactly("'Agencies involved with the child or family': 'dorset-police' is chosen more than once");
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
