package uk.org.safeguarding.reviews.lado;

import uk.org.safeguarding.reviews.calendar.UkDates;

import static uk.org.safeguarding.reviews.lado.LadoAllegationProcess.DBS_REFERRAL;
import static uk.org.safeguarding.reviews.lado.LadoAllegationProcess.NO_FURTHER_ACTION;
import static uk.org.safeguarding.reviews.lado.LadoAllegationProcess.REGULATOR_REFERRAL;
import static uk.org.safeguarding.reviews.lado.LadoAllegationProcess.ROUTE_INVESTIGATE;
import static uk.org.safeguarding.reviews.lado.LadoAllegationProcess.THIS_AUTHORITY;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

import uk.org.safeguarding.reviews.calendar.Deadlines;
import uk.org.safeguarding.reviews.calendar.Timescales;
import uk.org.safeguarding.reviews.identity.Agency;

/**
 * The rules of a LADO allegation, in plain values: what a referral, a meeting, a review meeting and an
 * outcome must hold, the marks a case is held to (1 week for the plainly unfounded route; 1, 3 and
 * 12 months) counted from the date the employer became aware of the allegation, and how the strands
 * agreed at a meeting are addressed.
 */
@Component
public class LadoAllegation {

  public static final String OPENING_REFUSAL = "Cannot record the allegation";
  /** Whoever a strand is addressed to when no member agency is named: the LADO records it. */
  public static final String LADO_TRACKS_IT = "lado";

  private static final Set<String> DISPROVED = Set.of(LadoAllegationProcess.FALSE, LadoAllegationProcess.MALICIOUS,
      LadoAllegationProcess.UNFOUNDED);

  public record Referral(LocalDate referredOn, LocalDate employerAwareOn, LocalDate personDateOfBirth, String leadAuthority,
      String otherAuthority) {}

  /** The dates a case is held to, from the allegation. */
  public record Marks(Date oneWeek, Date oneMonth, Date threeMonths, Date twelveMonths) {}

  /** What the allegation management meeting agreed. Agencies are member agencies' slugs, or null. */
  public record Meeting(LocalDate heldOn, String route, String policeAction, String policeAgency, String socialCareAction,
      String socialCareAgency, String employerAction, String employerAgency, LocalDate actionsDueOn, int reviewMeetingWeeks) {}

  /** A strand to run: whom it goes to (a candidate group) and what they are asked. */
  public record Strand(boolean runs, String group) {}

  public record Plan(Strand police, Strand socialCare, Strand employer, Date strandsDue, Date nextReviewMeeting) {}

  private final Deadlines deadlines;
  private final Timescales timescales;

  public LadoAllegation(Deadlines deadlines, Timescales timescales) {
    this.deadlines = deadlines;
    this.timescales = timescales;
  }

  public List<String> referralProblems(Referral referral) {
    LocalDate today = deadlines.today();
    List<String> problems = new ArrayList<>();
    if (referral.referredOn().isAfter(today)) {
      problems.add("'Date of referral to the LADO' cannot be in the future (" + UkDates.day(referral.referredOn()) + ")");
    }
    if (referral.employerAwareOn().isAfter(referral.referredOn())) {
      problems.add("'Date the employer became aware' (" + referral.employerAwareOn()
          + ") cannot be after the referral to the LADO (" + UkDates.day(referral.referredOn()) + ")");
    }
    if (referral.personDateOfBirth() != null && !referral.personDateOfBirth().isBefore(referral.employerAwareOn())) {
      problems.add("'Their date of birth' (" + referral.personDateOfBirth() + ") must be before the allegation");
    }
    if (!THIS_AUTHORITY.equals(referral.leadAuthority()) && blank(referral.otherAuthority())) {
      problems.add("'The other authority' is needed when the case is shared or another authority leads");
    }
    return problems;
  }

  public Marks marks(LocalDate employerAwareOn) {
    return new Marks(deadlines.workingDaysAfter(employerAwareOn, timescales.getLadoPlainResolutionWorkingDays()),
        deadlines.monthsAfter(employerAwareOn, timescales.getLadoFirstMarkMonths()),
        deadlines.monthsAfter(employerAwareOn, timescales.getLadoSecondMarkMonths()),
        deadlines.monthsAfter(employerAwareOn, timescales.getLadoFinalMarkMonths()));
  }

  public List<String> meetingProblems(Meeting meeting) {
    LocalDate today = deadlines.today();
    List<String> problems = new ArrayList<>();
    if (meeting.heldOn().isAfter(today)) {
      problems.add("'Date of the meeting' cannot be in the future (" + UkDates.day(meeting.heldOn()) + ")");
    }
    agencyWithoutAction(problems, "the police", meeting.policeAction(), meeting.policeAgency());
    agencyWithoutAction(problems, "children's social care", meeting.socialCareAction(), meeting.socialCareAgency());
    agencyWithoutAction(problems, "the employer", meeting.employerAction(), meeting.employerAgency());
    boolean anyAction = !blank(meeting.policeAction()) || !blank(meeting.socialCareAction()) || !blank(meeting.employerAction());
    if (ROUTE_INVESTIGATE.equals(meeting.route()) && !anyAction) {
      problems.add("to investigate, set at least one action for the police, children's social care or the employer");
    }
    if (anyAction && meeting.actionsDueOn() == null) {
      problems.add("'Actions due by' is needed when an action is set");
    } else if (anyAction && meeting.actionsDueOn().isBefore(today)) {
      problems.add("'Actions due by' cannot be in the past (" + UkDates.day(meeting.actionsDueOn()) + ")");
    }
    return problems;
  }

  public Plan plan(Meeting meeting) {
    return new Plan(strand(meeting.policeAction(), meeting.policeAgency()),
        strand(meeting.socialCareAction(), meeting.socialCareAgency()),
        strand(meeting.employerAction(), meeting.employerAgency()),
        meeting.actionsDueOn() == null ? null : deadlines.closeOfBusiness(meeting.actionsDueOn()),
        nextReviewMeeting(meeting.reviewMeetingWeeks()));
  }

  /** The first working day on or after the given number of weeks from today, at close of business. */
  public Date nextReviewMeeting(int weeks) {
    return deadlines.workingDaysAfter(deadlines.today().plusWeeks(weeks).minusDays(1), 1);
  }

  public List<String> reviewMeetingProblems(LocalDate heldOn) {
    return heldOn.isAfter(deadlines.today())
        ? List.of("'Date of the review meeting' cannot be in the future (" + UkDates.day(heldOn) + ")") : List.of();
  }

  public List<String> outcomeProblems(String outcome, List<String> actions, String regulator) {
    List<String> problems = new ArrayList<>();
    if (actions.contains(NO_FURTHER_ACTION) && actions.size() > 1) {
      problems.add("'No further action' cannot be chosen with other conclusion actions");
    }
    if (actions.contains(REGULATOR_REFERRAL) && blank(regulator)) {
      problems.add("'Regulator referred to' is needed for a referral to a regulator");
    }
    if (DISPROVED.contains(outcome) && (actions.contains(DBS_REFERRAL) || actions.contains(REGULATOR_REFERRAL))) {
      problems.add("a " + outcome + " allegation is not referred to the DBS or a regulator");
    }
    return problems;
  }

  public List<String> childReferralProblems(String needsAction, String action) {
    return "yes".equals(needsAction) && blank(action)
        ? List.of("'What action, and by whom' is needed when the child's referral needs its own action") : List.of();
  }

  /** What the strands reported, in plain words for the outcome form. */
  public static String findings(String police, String socialCare, String employer) {
    Map<String, String> reports = new LinkedHashMap<>();
    reports.put("Police", police);
    reports.put("Children's social care", socialCare);
    reports.put("Employer", employer);
    StringBuilder text = new StringBuilder();
    reports.forEach((who, report) -> {
      if (!blank(report)) {
        text.append(who).append(": ").append(report.strip()).append("\n\n");
      }
    });
    return text.isEmpty() ? "No investigation strand reported (the plainly unfounded route)." : text.toString().strip();
  }

  private static void agencyWithoutAction(List<String> problems, String who, String action, String agency) {
    if (blank(action) && !blank(agency)) {
      problems.add("an agency is chosen for " + who + " but no action is set for them");
    }
  }

  private static Strand strand(String action, String agency) {
    return new Strand(!blank(action), blank(agency) ? LADO_TRACKS_IT : Agency.GROUP_PREFIX + agency);
  }

  static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
