package uk.org.safeguarding.reviews.rapidreview;

import uk.org.safeguarding.reviews.calendar.UkDates;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import uk.org.safeguarding.reviews.calendar.Deadlines;
import uk.org.safeguarding.reviews.calendar.Timescales;
import uk.org.safeguarding.reviews.register.Register;

/**
 * The rapid review's rules: the notification and its clock, the 15 working days and their anchor,
 * the partners' sign-off rounds, the Panel's response, and what goes on the register. Knows nothing
 * of Camunda: {@link RapidReviewDelegates} calls it with plain values and sets what it returns.
 */
@Component
public class RapidReviewRules {

  /** The 15-working-day clock: where it counts from ({@code notification} / {@code awareness}) and what falls due. */
  public record Clock(String anchor, Date rapidReviewDue, Date agencySummaryDue) {}

  private final Deadlines deadlines;
  private final Timescales timescales;
  private final Register register;

  public RapidReviewRules(Deadlines deadlines, Timescales timescales, Register register) {
    this.deadlines = deadlines;
    this.timescales = timescales;
    this.register = register;
  }

  /** The notification cannot predate the local authority's awareness, nor be in the future. */
  public List<String> notificationProblems(LocalDate awareOn, LocalDate notifiedOn, LocalDate today) {
    List<String> problems = new ArrayList<>();
    if (notifiedOn.isBefore(awareOn)) {
      problems.add("the notification (" + UkDates.day(notifiedOn) + ") cannot be before the local authority became aware (" + UkDates.day(awareOn) + ")");
    }
    if (notifiedOn.isAfter(today)) {
      problems.add("the notification date cannot be in the future (" + UkDates.day(notifiedOn) + ")");
    }
    return problems;
  }

  /** The notification is due this many working days ({@code notification-working-days}) after the awareness. */
  public Date notificationDue(LocalDate awareOn) {
    return deadlines.workingDaysAfter(awareOn, timescales.getNotificationWorkingDays());
  }

  /** Puts the rapid review on the register, with the awareness and the notification clock. */
  public void open(String caseReference, String processInstanceId, String incidentSummary, String childArea,
      LocalDate awareOn, Date notificationDue, LocalDate today) {
    register.open(caseReference, RapidReviewProcess.REGISTER_TYPE, processInstanceId, today, entry -> {
      entry.setSummary(incidentSummary);
      entry.setReferringAgency(childArea);
      entry.reach("la-aware", "Local authority became aware", "notification", awareOn);
      entry.clockDue(RapidReviewProcess.CLOCK_NOTIFICATION, "Serious incident notification to the Panel within "
          + timescales.getNotificationWorkingDays() + " working days of becoming aware", awareOn, Deadlines.toLocalDate(notificationDue));
    });
  }

  /**
   * Starts the 15 working days, counted from the notification or from the local authority's
   * awareness ({@code safeguarding.timescales.rapid-review-anchor}); agencies' summaries fall due
   * earlier in the same count. The notification clock stops on the register.
   */
  public Clock startClock(String processInstanceId, LocalDate awareOn, LocalDate notifiedOn) {
    boolean fromNotification = "notification".equals(timescales.getRapidReviewAnchor());
    LocalDate anchor = fromNotification ? notifiedOn : awareOn;
    Clock clock = new Clock(fromNotification ? "notification" : "awareness",
        deadlines.workingDaysAfter(anchor, timescales.getRapidReviewWorkingDays()),
        deadlines.workingDaysAfter(anchor, timescales.getAgencySummaryWorkingDays()));
    LocalDate due = deadlines.calendar().addWorkingDays(anchor, timescales.getRapidReviewWorkingDays());
    register.update(processInstanceId, entry -> {
      entry.clockDone(RapidReviewProcess.CLOCK_NOTIFICATION, notifiedOn);
      entry.reach("notification-submitted", "Serious incident notification submitted to the Panel", "rapid-review", notifiedOn);
      entry.clockDue(RapidReviewProcess.CLOCK_RAPID_REVIEW, "Rapid review to the Panel within " + timescales.getRapidReviewWorkingDays()
          + " working days of the " + (fromNotification ? "notification" : "local authority becoming aware"), anchor, due);
      entry.setDueOn(due);
    });
    return clock;
  }

  /** The rapid review meeting, on the day it was held, with its immediate safeguarding actions recorded on the case. */
  public void recordMeeting(String processInstanceId, LocalDate heldOn) {
    register.reach(processInstanceId, "rapid-review-meeting", "Rapid review meeting held; immediate safeguarding actions recorded",
        null, heldOn);
  }

  /** Sign-off rounds are numbered from 1; {@code previous} is 0 before the first. */
  public int nextSignOffRound(int previous) {
    return previous + 1;
  }

  /** The partners sign off one working day before the rapid review is due with the Panel. */
  public Date signOffDue(Object rapidReviewDue) {
    return deadlines.dueWorkingDaysBefore(rapidReviewDue, 1);
  }

  public String partnerName(String partner) {
    return switch (partner) {
      case "local-authority" -> "Local authority";
      case "police" -> "Police";
      case "health" -> "Health (ICB)";
      default -> partner;
    };
  }

  public boolean agreed(Object partnerDecision) {
    return "agreed".equals(partnerDecision);
  }

  /** One partner's decision as kept in {@code partnerSignOffs}: round, partner, decision, comments, by, on. */
  public Map<String, Object> signOff(Object round, String partner, boolean agreed, Object comments, Object by, LocalDate on) {
    Map<String, Object> signOff = new LinkedHashMap<>();
    signOff.put("round", round);
    signOff.put("partner", partner);
    signOff.put("decision", agreed ? "agreed" : "not-agreed");
    signOff.put("comments", comments);
    signOff.put("by", by);
    signOff.put("on", on.toString());
    return signOff;
  }

  /** A partner that did not agree adds a line with its comments to the notes the summary's author sees. */
  public String withNotAgreedNote(Object notes, String partner, Object comments) {
    return notes + partnerName(partner) + ": " + comments + "\n";
  }

  /** The partner's decision as a milestone on the case. */
  public void recordSignOff(String processInstanceId, String partner, boolean agreed, LocalDate on) {
    register.reach(processInstanceId, (agreed ? "signed-off-by-" : "not-agreed-by-") + partner,
        (agreed ? "Signed off by the safeguarding partner: " : "Not agreed by the safeguarding partner: ") + partnerName(partner),
        null, on);
  }

  /** The rapid review cannot reach the Panel before the notification, nor in the future. */
  public List<String> submissionProblems(LocalDate submitted, LocalDate notifiedOn, LocalDate today) {
    List<String> problems = new ArrayList<>();
    if (submitted.isBefore(notifiedOn)) {
      problems.add("the rapid review cannot reach the Panel (" + UkDates.day(submitted) + ") before the notification (" + UkDates.day(notifiedOn) + ")");
    }
    if (submitted.isAfter(today)) {
      problems.add("the submission date cannot be in the future (" + UkDates.day(submitted) + ")");
    }
    return problems;
  }

  /** The submission stops the 15-working-day clock. */
  public void recordSubmission(String processInstanceId, LocalDate submitted) {
    register.update(processInstanceId, entry -> {
      entry.clockDone(RapidReviewProcess.CLOCK_RAPID_REVIEW, submitted);
      entry.reach("submitted-to-panel", "Rapid review submitted to the National Panel", null, submitted);
    });
  }

  /** The Panel responds between the submission and today. */
  public List<String> panelResponseProblems(LocalDate on, LocalDate submitted, LocalDate today) {
    List<String> problems = new ArrayList<>();
    if (on.isBefore(submitted) || on.isAfter(today)) {
      problems.add("'Date of the response' must be between the submission (" + UkDates.day(submitted) + ") and today");
    }
    return problems;
  }

  /** The Panel's response is the case's outcome, its comments the reason. */
  public void recordPanelResponse(String processInstanceId, String response, LocalDate on, String comments) {
    register.update(processInstanceId, entry -> {
      entry.reach("panel-response-" + response, "National Panel: " + response.replace('_', ' '), null, on);
      entry.setOutcome(response);
      entry.setOutcomeReason(comments);
    });
  }

  /** Closes the rapid review on the register with the Panel's response as its outcome. */
  public void close(String processInstanceId, String panelResponse, LocalDate today) {
    register.update(processInstanceId, entry -> {
      entry.reach("rapid-review-closed", "Rapid review closed", "closed", today);
      entry.close(panelResponse, null, today);
    });
  }

  /** Why the local review starts: the Panel's comments, or else the partners' reasons. */
  public Object localReviewReasons(Object panelComments, Object recommendationReasons) {
    return panelComments == null || panelComments.toString().isBlank()
        ? "Following the rapid review: " + recommendationReasons : panelComments;
  }
}
