package uk.org.safeguarding.reviews.support;

import static uk.org.safeguarding.reviews.contribution.ContributionProcess.*;
import static uk.org.safeguarding.reviews.referral.ReferralProcess.*;
import static uk.org.safeguarding.reviews.review.ReviewProcess.TASK_AGREE_TERMS_OF_REFERENCE;
import static uk.org.safeguarding.reviews.review.ReviewProcess.TASK_APPOINT_PANEL_CHAIR_AND_AUTHOR;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;

import uk.org.safeguarding.reviews.referral.ReferralProcess;

/**
 * A case driven step by step with what each form asks for: a referral triaged and briefed, an SCR
 * recommended, and the review's IMRs commissioned, written, signed off and accepted. Shared by the
 * process tests and the benchmark, so both drive a case the same way.
 */
public abstract class CaseSteps extends ProcessTestBase {

  protected ProcessInstance refer(String caseReference, boolean mediaInterest, String... agencies) {
    return runtimeService.startProcessInstanceByKey(ReferralProcess.KEY, vars(
        "caseReference", caseReference,
        "incidentSummary", "Child injured during an incident of domestic violence",
        "referringAgency", "Borough of Poole children's social care",
        "boardAwareOn", "2026-10-30",
        "agenciesInvolved", json(List.of(agencies)),
        "mediaInterest", mediaInterest));
  }

  protected void triageAndBrief(ProcessInstance referral, String... agencies) {
    complete(referral, TASK_TRIAGE_REFERRAL, vars("agenciesInvolved", json(List.of(agencies)), "triageNotes", "Ask both"));
    for (String agency : agencies) {
      complete(briefingNoteTask(referral, agency), vars("agencyInvolvement", "Known to " + agency, "briefingNote", "Note from " + agency));
    }
  }

  /** Each agency writes its briefing note in a process of its own, called by the referral. */
  protected Task briefingNoteTask(ProcessInstance referral, String agency) {
    return taskService.createTaskQuery().processInstanceBusinessKey(referral.getBusinessKey())
        .taskDefinitionKey(TASK_SUBMIT_BRIEFING_NOTE).taskCandidateGroup("agency-" + agency).singleResult();
  }

  protected static Map<String, Object> scrRecommendation() {
    return vars("recommendation", RECOMMEND_SCR, "scrCriteria", "discretionary",
        "recommendationReasons", "Serious harm; concerns about information sharing");
  }

  /** Terms of reference and appointments: IMRs are commissioned from the given agencies. */
  protected void commissionImrs(ProcessInstance review, List<String> agencies) {
    complete(review, TASK_AGREE_TERMS_OF_REFERENCE, vars("termsOfReference", "Agency involvement from birth",
        "periodUnderReview", "Birth to incident", "agenciesInvolved", json(agencies)));
    complete(review, TASK_APPOINT_PANEL_CHAIR_AND_AUTHOR, vars("panelChair", "Prity Patel", "overviewAuthor", "Karen Tudor",
        "independenceConfirmed", true));
  }

  protected void submitImr(ProcessInstance contribution) {
    complete(contribution, TASK_SUBMIT_IMR, vars("imrAuthor", "A. Author", "imrAuthorRole", "Line manager, not directly involved",
        "imrChronology", "2009-2011 contacts", "imrAnalysis", "Analysis", "imrLessons", "Share information sooner",
        "imrRecommendations", "Train staff in domestic abuse risk"));
  }

  protected void signOffImr(ProcessInstance contribution) {
    complete(contribution, TASK_SIGN_OFF_IMR, vars("seniorManagerName", "Chief Nurse", "imrSignOff", SIGNED_OFF));
  }

  protected void deliverAndAcceptImr(ProcessInstance review, String agency) {
    ProcessInstance contribution = contributionOf(review, agency);
    submitImr(contribution);
    signOffImr(contribution);
    complete(contribution, TASK_REVIEW_IMR, vars("imrPanelDecision", ACCEPTED));
  }
}
