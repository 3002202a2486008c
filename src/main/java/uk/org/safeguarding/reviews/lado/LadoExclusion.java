package uk.org.safeguarding.reviews.lado;

import java.time.LocalDate;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** A member of staff kept away from one LADO case (e.g. they know the person the allegation is about). */
@Table("lado_exclusion")
public class LadoExclusion {

  @Id
  private Long id;
  private String caseReference;
  private String userId;
  private String reason;
  private String excludedBy;
  private LocalDate excludedOn;

  protected LadoExclusion() {}

  public LadoExclusion(String caseReference, String userId, String reason, String excludedBy, LocalDate excludedOn) {
    this.caseReference = caseReference;
    this.userId = userId;
    this.reason = reason;
    this.excludedBy = excludedBy;
    this.excludedOn = excludedOn;
  }

  public Long getId() { return id; }
  public String getCaseReference() { return caseReference; }
  public String getUserId() { return userId; }
  public String getReason() { return reason; }
  public String getExcludedBy() { return excludedBy; }
  public LocalDate getExcludedOn() { return excludedOn; }
}
