package uk.org.safeguarding.reviews.lado;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * One allegation against an adult who works with children (a referral to the LADO) or a
 * consultation about one. Dates are calendar dates; the 1, 3 and 12-month marks run from
 * {@link #getAllegationOn()}, the day the allegation came to the employer's attention.
 */
@Table("lado_case")
public class LadoCase {

  public static final String REFERRAL = "referral";
  public static final String CONSULTATION = "consultation";

  @Id
  private Long id;
  /** Saving a case someone else saved since it was read fails instead of overwriting their change. */
  @Version
  private Integer version;
  private String reference;
  private String processInstanceId;
  private LocalDate referredOn;
  private LocalDate allegationOn;
  private String sector;
  private String personRole;
  private String personKey;
  private String personLabel;
  private String kind;
  private String initialOutcome;
  private String outcome;
  private String conclusionActions;
  private LocalDate concludedOn;
  private LocalDate retentionUntil;
  private boolean removeFromEmploymentRecord;
  private String leadAuthority;

  protected LadoCase() {}

  /** {@code kind} is {@link #REFERRAL} or {@link #CONSULTATION}. */
  public LadoCase(String reference, String processInstanceId, LocalDate referredOn, LocalDate allegationOn,
      String sector, String kind) {
    if (!REFERRAL.equals(kind) && !CONSULTATION.equals(kind)) {
      throw new IllegalArgumentException("kind must be '" + REFERRAL + "' or '" + CONSULTATION + "', not " + kind);
    }
    this.reference = reference;
    this.processInstanceId = processInstanceId;
    this.referredOn = referredOn;
    this.allegationOn = allegationOn;
    this.sector = sector;
    this.kind = kind;
  }

  public boolean isReferral() { return REFERRAL.equals(kind); }

  /** A referral found at initial consideration to be a consultation (advice only). */
  public void becomeConsultation() { this.kind = CONSULTATION; }

  /** The conclusion actions, in the order recorded; empty when none. */
  public List<String> conclusionActionList() {
    return conclusionActions == null || conclusionActions.isBlank() ? List.of()
        : Arrays.stream(conclusionActions.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
  }

  public Long getId() { return id; }
  public Integer getVersion() { return version; }
  public String getReference() { return reference; }
  public String getProcessInstanceId() { return processInstanceId; }
  public LocalDate getReferredOn() { return referredOn; }
  public LocalDate getAllegationOn() { return allegationOn; }
  public String getSector() { return sector; }
  public String getPersonRole() { return personRole; }
  public void setPersonRole(String personRole) { this.personRole = personRole; }
  public String getPersonKey() { return personKey; }
  public void setPersonKey(String personKey) { this.personKey = personKey; }
  public String getPersonLabel() { return personLabel; }
  public void setPersonLabel(String personLabel) { this.personLabel = personLabel; }
  public String getKind() { return kind; }
  public String getInitialOutcome() { return initialOutcome; }
  public void setInitialOutcome(String initialOutcome) { this.initialOutcome = initialOutcome; }
  public String getOutcome() { return outcome; }
  public void setOutcome(String outcome) { this.outcome = outcome; }
  public String getConclusionActions() { return conclusionActions; }
  public void setConclusionActions(String conclusionActions) { this.conclusionActions = conclusionActions; }
  public LocalDate getConcludedOn() { return concludedOn; }
  public void setConcludedOn(LocalDate concludedOn) { this.concludedOn = concludedOn; }
  public LocalDate getRetentionUntil() { return retentionUntil; }
  public void setRetentionUntil(LocalDate retentionUntil) { this.retentionUntil = retentionUntil; }
  public boolean isRemoveFromEmploymentRecord() { return removeFromEmploymentRecord; }
  public void setRemoveFromEmploymentRecord(boolean remove) { this.removeFromEmploymentRecord = remove; }
  public String getLeadAuthority() { return leadAuthority; }
  public void setLeadAuthority(String leadAuthority) { this.leadAuthority = leadAuthority; }
}
