package uk.org.safeguarding.reviews.localreview;

import uk.org.safeguarding.reviews.calendar.UkDates;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Service;

import uk.org.safeguarding.reviews.calendar.Deadlines;
import uk.org.safeguarding.reviews.cases.CaseOpening;
import uk.org.safeguarding.reviews.register.Register;

/**
 * The rules of a local learning review: what it opens with on the register, and the 7-minute
 * briefing (its publication date not in the future; what it records on the register). Knows nothing
 * of Camunda: {@link LocalReviewDelegates} read the process variables and call it with plain values.
 * Appointing the reviewer and closing the review are the serious case review's steps, shared.
 */
@Service
public class LocalLearningReview {

  /** What a refusal to open the review says. */
  public static final String OPENING_REFUSAL = "Cannot open the local learning review";

  /** The milestone the review starts with on the register, and the status it gives the entry. */
  public static final CaseOpening.Start STARTED =
      new CaseOpening.Start("local-review-started", "Local learning review started", "in-progress");

  /** The register's status once the briefing is published. */
  static final String STATUS_AFTER_BRIEFING = "action-plan-monitoring";

  /** The longest milestone description the register holds. */
  static final int DESCRIPTION_LENGTH = 200;

  private final Register register;
  private final Deadlines deadlines;

  public LocalLearningReview(Register register, Deadlines deadlines) {
    this.register = register;
    this.deadlines = deadlines;
  }

  /** What is wrong with the briefing's publication date: it cannot be in the future. */
  public List<String> briefingProblems(LocalDate publishedOn) {
    List<String> problems = new ArrayList<>();
    if (publishedOn.isAfter(deadlines.today())) {
      problems.add("'Date the briefing was published' cannot be in the future (" + UkDates.day(publishedOn) + ")");
    }
    return problems;
  }

  /**
   * The published 7-minute briefing goes on the register, dated the day it was published, with where
   * it was published (cut to the register's 200 characters), the briefing itself and the review's
   * findings as its learning points; the review moves to monitoring its action plan.
   */
  public void recordBriefing(String processInstanceId, LocalDate publishedOn, String publishedWhere, String briefing,
      String findings) {
    String description = "7-minute briefing published: " + publishedWhere.trim();
    register.reach(processInstanceId, LocalLearningReviewProcess.MILESTONE_BRIEFING_PUBLISHED,
        description.length() > DESCRIPTION_LENGTH ? description.substring(0, DESCRIPTION_LENGTH - 3) + "..." : description,
        STATUS_AFTER_BRIEFING, publishedOn);
    register.recordBriefing(processInstanceId, briefing, publishedOn, publishedWhere.trim(), findings);
  }
}
