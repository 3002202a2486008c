package uk.org.safeguarding.reviews.calendar;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The timescales the processes work to, each configurable under {@code safeguarding.timescales}.
 * Statutory ones carry their source; local-practice ones are marked so a partnership can set its own.
 * BPMN reads them as {@code timescales}, e.g. {@code ${timescales.imrWorkingDays}}.
 */
@ConfigurationProperties("safeguarding.timescales")
public class Timescales {

  /** The SCR group triages a referral (chooses agencies for briefing notes) (local practice). */
  private int triageWorkingDays = 5;
  /** Briefing notes from agencies after the SCR group asks (local practice). */
  private int briefingNoteWorkingDays = 10;
  /** The board chair's decision whether to initiate an SCR: "normally within one month" of notification (WT2013/2015). */
  private int scrDecisionMonths = 1;
  /** Chair and panel steps such as terms of reference and appointments (local practice). */
  private int chairStepWorkingDays = 10;
  /** IMRs due after they are commissioned (local practice; unverified nationally). */
  private int imrWorkingDays = 30;
  /** The overview author's report after the IMRs are accepted (local practice). */
  private int overviewReportWorkingDays = 30;
  /** Case audit information and chronologies from agencies (local practice). */
  private int auditContributionWorkingDays = 15;
  /** Reminder this many working days before an agency's deadline. */
  private int reminderWorkingDays = 5;
  /** The SCR group chair's chase, and the board chair's escalation, are due this many working days after they arise. */
  private int chaseWorkingDays = 2;
  /** After an agency's deadline passes the SCR group chair chases; after this many more working days the board chair is told. */
  private int escalationGraceWorkingDays = 5;
  /** An SCR is completed within 6 months of the decision to initiate (WT2010 ch. 8; WT2013/2015). */
  private int reviewCompletionMonths = 6;
  /** Reminder this many working days before the review's completion deadline. */
  private int reviewReminderWorkingDays = 20;
  /** The local authority notifies the National Panel (serious incident notification) within 5 working days of becoming aware (CA 2004 s.16C). */
  private int notificationWorkingDays = 5;
  /** The rapid review goes to the National Panel within 15 working days (WT2018/2023) of the anchor below. */
  private int rapidReviewWorkingDays = 15;
  /** Agencies' rapid review summaries and chronologies are due this many working days from the anchor (local practice: days 2-10). */
  private int agencySummaryWorkingDays = 10;
  /**
   * What the 15 working days count from. Sources conflict (reference §2.4): WT2023-era procedures and
   * the Panel count from the notification ({@code notification}, the default); WT2018 wording from
   * the local authority becoming aware ({@code awareness}).
   */
  private String rapidReviewAnchor = "notification";
  /** The business manager records the Panel's response; the Panel's own timescale is unverified (local practice). */
  private int panelResponseWorkingDays = 15;
  /** A local CSPR's final report goes to the Panel and the Secretary of State this many working days before publication (unverified: configurable). */
  private int prePublicationNoticeWorkingDays = 7;
  /** A local CSPR is published within 6 months of the decision to commission it (WT2018; Trafford 2020). */
  private int csprPublicationMonths = 6;
  /** An owning agency is asked for progress this many working days before an action is due. */
  private int actionProgressRequestWorkingDays = 10;
  /** National review: each agency's information for the national reviewer after the Panel's decision (local practice; the national reviewer may set their own). */
  private int nationalReviewInformationWorkingDays = 15;
  /** Local learning review: agencies' practice contributions after the terms are agreed (local practice; no national timescale). */
  private int localReviewContributionWorkingDays = 15;
  /** Local learning review: the SCR group's report after the contributions are in, and after each revision (local practice). */
  private int localReviewReportWorkingDays = 20;
  /** Local learning review: the 7-minute briefing is published after sign-off (local practice). */
  private int sevenMinuteBriefingWorkingDays = 10;
  /** LADO: the initial consideration of a referral, within 1 working day of it (WT2018; local procedures). */
  private int ladoInitialConsiderationWorkingDays = 1;
  /** LADO: the strategy discussion with the police where a crime may have been committed (local practice). */
  private int ladoStrategyDiscussionWorkingDays = 1;
  /** LADO: handing a cross-border case over to the leading authority's LADO (local practice). */
  private int ladoHandoverWorkingDays = 1;
  /** LADO: the allegation management meeting after the threshold is met (local practice). */
  private int ladoMeetingWorkingDays = 5;
  /** LADO: the outcome after every investigation strand has reported, and the malicious follow-up (local practice). */
  private int ladoOutcomeWorkingDays = 5;
  /** LADO: a plainly unsubstantiated or malicious allegation is resolved within 1 week (5 working days) of the allegation (KCSIE 2016 para 175). */
  private int ladoPlainResolutionWorkingDays = 5;
  /** LADO: 80% of cases resolved within 1 month of the allegation (KCSIE 2016 para 174; later editions unverified): the first review mark. */
  private int ladoFirstMarkMonths = 1;
  /** LADO: 90% within 3 months (KCSIE 2016 para 174): the second review mark. */
  private int ladoSecondMarkMonths = 3;
  /** LADO: all but the truly exceptional within 12 months (KCSIE 2016 para 174): the final mark, escalated to the board chair. */
  private int ladoFinalMarkMonths = 12;
  /** LADO: the LADO's review of a case that passed a mark without an outcome (local practice). */
  private int ladoMarkReviewWorkingDays = 2;

  public int getTriageWorkingDays() { return triageWorkingDays; }
  public void setTriageWorkingDays(int v) { triageWorkingDays = v; }
  public int getBriefingNoteWorkingDays() { return briefingNoteWorkingDays; }
  public void setBriefingNoteWorkingDays(int v) { briefingNoteWorkingDays = v; }
  public int getScrDecisionMonths() { return scrDecisionMonths; }
  public void setScrDecisionMonths(int v) { scrDecisionMonths = v; }
  public int getChairStepWorkingDays() { return chairStepWorkingDays; }
  public void setChairStepWorkingDays(int v) { chairStepWorkingDays = v; }
  public int getImrWorkingDays() { return imrWorkingDays; }
  public void setImrWorkingDays(int v) { imrWorkingDays = v; }
  public int getOverviewReportWorkingDays() { return overviewReportWorkingDays; }
  public void setOverviewReportWorkingDays(int v) { overviewReportWorkingDays = v; }
  public int getAuditContributionWorkingDays() { return auditContributionWorkingDays; }
  public void setAuditContributionWorkingDays(int v) { auditContributionWorkingDays = v; }
  public int getReminderWorkingDays() { return reminderWorkingDays; }
  public void setReminderWorkingDays(int v) { reminderWorkingDays = v; }
  public int getChaseWorkingDays() { return chaseWorkingDays; }
  public void setChaseWorkingDays(int v) { chaseWorkingDays = v; }
  public int getEscalationGraceWorkingDays() { return escalationGraceWorkingDays; }
  public void setEscalationGraceWorkingDays(int v) { escalationGraceWorkingDays = v; }
  public int getReviewCompletionMonths() { return reviewCompletionMonths; }
  public void setReviewCompletionMonths(int v) { reviewCompletionMonths = v; }
  public int getReviewReminderWorkingDays() { return reviewReminderWorkingDays; }
  public void setReviewReminderWorkingDays(int v) { reviewReminderWorkingDays = v; }
  public int getNotificationWorkingDays() { return notificationWorkingDays; }
  public void setNotificationWorkingDays(int v) { notificationWorkingDays = v; }
  public int getRapidReviewWorkingDays() { return rapidReviewWorkingDays; }
  public void setRapidReviewWorkingDays(int v) { rapidReviewWorkingDays = v; }
  public int getAgencySummaryWorkingDays() { return agencySummaryWorkingDays; }
  public void setAgencySummaryWorkingDays(int v) { agencySummaryWorkingDays = v; }
  public String getRapidReviewAnchor() { return rapidReviewAnchor; }
  public void setRapidReviewAnchor(String v) {
    if (!"notification".equals(v) && !"awareness".equals(v)) {
      throw new IllegalArgumentException("safeguarding.timescales.rapid-review-anchor must be 'notification' or 'awareness', not '" + v + "'");
    }
    rapidReviewAnchor = v;
  }
  public int getPanelResponseWorkingDays() { return panelResponseWorkingDays; }
  public void setPanelResponseWorkingDays(int v) { panelResponseWorkingDays = v; }
  public int getPrePublicationNoticeWorkingDays() { return prePublicationNoticeWorkingDays; }
  public void setPrePublicationNoticeWorkingDays(int v) { prePublicationNoticeWorkingDays = v; }
  public int getCsprPublicationMonths() { return csprPublicationMonths; }
  public void setCsprPublicationMonths(int v) { csprPublicationMonths = v; }
  public int getActionProgressRequestWorkingDays() { return actionProgressRequestWorkingDays; }
  public void setActionProgressRequestWorkingDays(int v) { actionProgressRequestWorkingDays = v; }
  public int getNationalReviewInformationWorkingDays() { return nationalReviewInformationWorkingDays; }
  public void setNationalReviewInformationWorkingDays(int v) { nationalReviewInformationWorkingDays = v; }
  public int getLocalReviewContributionWorkingDays() { return localReviewContributionWorkingDays; }
  public void setLocalReviewContributionWorkingDays(int v) { localReviewContributionWorkingDays = v; }
  public int getLocalReviewReportWorkingDays() { return localReviewReportWorkingDays; }
  public void setLocalReviewReportWorkingDays(int v) { localReviewReportWorkingDays = v; }
  public int getSevenMinuteBriefingWorkingDays() { return sevenMinuteBriefingWorkingDays; }
  public void setSevenMinuteBriefingWorkingDays(int v) { sevenMinuteBriefingWorkingDays = v; }
  public int getLadoInitialConsiderationWorkingDays() { return ladoInitialConsiderationWorkingDays; }
  public void setLadoInitialConsiderationWorkingDays(int v) { ladoInitialConsiderationWorkingDays = v; }
  public int getLadoStrategyDiscussionWorkingDays() { return ladoStrategyDiscussionWorkingDays; }
  public void setLadoStrategyDiscussionWorkingDays(int v) { ladoStrategyDiscussionWorkingDays = v; }
  public int getLadoHandoverWorkingDays() { return ladoHandoverWorkingDays; }
  public void setLadoHandoverWorkingDays(int v) { ladoHandoverWorkingDays = v; }
  public int getLadoMeetingWorkingDays() { return ladoMeetingWorkingDays; }
  public void setLadoMeetingWorkingDays(int v) { ladoMeetingWorkingDays = v; }
  public int getLadoOutcomeWorkingDays() { return ladoOutcomeWorkingDays; }
  public void setLadoOutcomeWorkingDays(int v) { ladoOutcomeWorkingDays = v; }
  public int getLadoPlainResolutionWorkingDays() { return ladoPlainResolutionWorkingDays; }
  public void setLadoPlainResolutionWorkingDays(int v) { ladoPlainResolutionWorkingDays = v; }
  public int getLadoFirstMarkMonths() { return ladoFirstMarkMonths; }
  public void setLadoFirstMarkMonths(int v) { ladoFirstMarkMonths = v; }
  public int getLadoSecondMarkMonths() { return ladoSecondMarkMonths; }
  public void setLadoSecondMarkMonths(int v) { ladoSecondMarkMonths = v; }
  public int getLadoFinalMarkMonths() { return ladoFinalMarkMonths; }
  public void setLadoFinalMarkMonths(int v) { ladoFinalMarkMonths = v; }
  public int getLadoMarkReviewWorkingDays() { return ladoMarkReviewWorkingDays; }
  public void setLadoMarkReviewWorkingDays(int v) { ladoMarkReviewWorkingDays = v; }
}
