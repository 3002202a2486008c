package uk.org.safeguarding.reviews.referral;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;

import uk.org.safeguarding.reviews.calendar.Deadlines;
import uk.org.safeguarding.reviews.cases.CaseOpening;
import uk.org.safeguarding.reviews.engine.ProcessKeys;
import uk.org.safeguarding.reviews.register.Register;

/**
 * The rules of a referral: how it starts on the register, what the SCR group chair's recommendation
 * records, and its three ends (a serious case review started, a case audit started, or no further
 * action), each closing the referral with its reasons and, for the first two, what the started
 * process is given. Knows nothing of Camunda: {@link ReferralDelegates} read the process variables,
 * call it with plain values, and start the next process.
 */
@Service
public class ReferralRules {

  /** The milestone a referral starts with: received, for triage. */
  public static final CaseOpening.Start RECEIVED = new CaseOpening.Start("referral-received", "Referral received", "triage");

  /** What every process a referral starts is given, under the same names. */
  public static final List<String> CASE_VARIABLES =
      List.of("caseReference", "incidentSummary", "boardAwareOn", "agenciesInvolved", "mediaInterest");

  /** The three ends of a referral: the status and outcome they leave, and the process they start (if any). */
  public enum Outcome {
    SERIOUS_CASE_REVIEW("scr-initiated", "scr", ProcessKeys.SERIOUS_CASE_REVIEW, List.of("scrCriteria", "decisionReasons")),
    CASE_AUDIT("case-audit", "case-audit", ProcessKeys.CASE_AUDIT, List.of()),
    NO_FURTHER_ACTION("no-further-action", "no-further-action", null, List.of());

    private final String status;
    private final String outcome;
    private final String processKey;
    private final List<String> passedOn;

    Outcome(String status, String outcome, String processKey, List<String> passedOn) {
      this.status = status;
      this.outcome = outcome;
      this.processKey = processKey;
      this.passedOn = passedOn;
    }

    public String status() { return status; }
    public String outcome() { return outcome; }
    /** The process this end starts, or null. */
    public String processKey() { return processKey; }
  }

  private final Register register;
  private final Deadlines deadlines;

  public ReferralRules(Register register, Deadlines deadlines) {
    this.register = register;
    this.deadlines = deadlines;
  }

  /** The day a referral is received, from which the triage deadline runs: today. */
  public LocalDate referredOn() {
    return deadlines.today();
  }

  /** The SCR group chair's recommendation on the register; a recommended SCR awaits the board chair. */
  public void recordRecommendation(String processInstanceId, String recommendation) {
    String status = ReferralProcess.RECOMMEND_SCR.equals(recommendation) ? "awaiting-board-chair-decision" : null;
    register.reach(processInstanceId, "recommendation-" + recommendation,
        "SCR group chair recommended: " + recommendation, status, deadlines.today());
  }

  /** The board chair's reasons where the board chair decided, otherwise the SCR group chair's. */
  public String reasons(String decisionReasons, String recommendationReasons) {
    return decisionReasons != null ? decisionReasons : String.valueOf(recommendationReasons);
  }

  /** Closes the referral on the register with its outcome and the reasons for it. */
  public void close(String processInstanceId, Outcome end, String reasons) {
    LocalDate today = deadlines.today();
    register.update(processInstanceId, entry -> {
      entry.reach("referral-closed-" + end.outcome(), "Referral closed: " + end.outcome(), end.status(), today);
      entry.close(end.outcome(), reasons, today);
    });
  }

  /** The referral's variables the started process is given: {@link #CASE_VARIABLES} and what the end adds. */
  public List<String> passedOn(Outcome end) {
    List<String> names = new ArrayList<>(CASE_VARIABLES);
    names.addAll(end.passedOn);
    return names;
  }

  /**
   * What the started process is given: the {@link #passedOn} values read from the referral, the
   * referral it came from, and, for a case audit, the reasons as {@code auditReasons}.
   */
  public Map<String, Object> startVariables(Outcome end, String referralProcessInstanceId, Map<String, Object> read,
      String reasons) {
    Map<String, Object> vars = new LinkedHashMap<>();
    for (String name : CASE_VARIABLES) {
      vars.put(name, read.get(name));
    }
    vars.put("referralProcessInstanceId", referralProcessInstanceId);
    for (String name : end.passedOn) {
      vars.put(name, read.get(name));
    }
    if (end == Outcome.CASE_AUDIT) {
      vars.put("auditReasons", reasons);
    }
    return vars;
  }
}
