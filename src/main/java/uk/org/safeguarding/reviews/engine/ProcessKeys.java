package uk.org.safeguarding.reviews.engine;

import java.util.List;

/**
 * The key of every process in {@code bpmn/}, in one place: each process package's ids class and
 * the access rules refer to these. {@code ProcessKeysTest} checks them against the models.
 */
public final class ProcessKeys {

  public static final String SAFEGUARDING_REFERRAL = "safeguarding-referral";
  public static final String SERIOUS_CASE_REVIEW = "serious-case-review";
  public static final String CASE_AUDIT = "case-audit";
  public static final String AGENCY_CONTRIBUTION = "agency-contribution";
  public static final String ACTION_PLAN = "action-plan";
  public static final String ACTION_DELIVERY = "action-delivery";
  public static final String RAPID_REVIEW = "rapid-review";
  public static final String LOCAL_LEARNING_REVIEW = "local-learning-review";
  public static final String LADO_ALLEGATION = "lado-allegation";
  public static final String LADO_INVESTIGATION_STRAND = "lado-investigation-strand";
  public static final String LADO_ESCALATION = "lado-escalation";
  public static final String LADO_RETENTION_REVIEW = "lado-retention-review";

  /** The partnership's review processes: referrals, reviews, audits and what they call. */
  public static final List<String> REVIEWS = List.of(SAFEGUARDING_REFERRAL, SERIOUS_CASE_REVIEW, CASE_AUDIT, AGENCY_CONTRIBUTION,
      ACTION_PLAN, ACTION_DELIVERY, RAPID_REVIEW, LOCAL_LEARNING_REVIEW);
  /** LADO allegations management: confidential to the LADO service, case by case. */
  public static final List<String> LADO = List.of(LADO_ALLEGATION, LADO_INVESTIGATION_STRAND, LADO_ESCALATION, LADO_RETENTION_REVIEW);

  /** Every process deployed from {@code bpmn/}. */
  public static final List<String> ALL = java.util.stream.Stream.concat(REVIEWS.stream(), LADO.stream()).toList();

  /** Whether a process is LADO work (no one outside the LADO service sees its case). */
  public static boolean isLado(String processDefinitionKey) {
    return LADO.contains(processDefinitionKey);
  }

  private ProcessKeys() {}
}
