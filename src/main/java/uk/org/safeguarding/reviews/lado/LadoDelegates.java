package uk.org.safeguarding.reviews.lado;

import static uk.org.safeguarding.reviews.lado.LadoAllegationProcess.MALICIOUS;

import java.time.LocalDate;
import java.util.List;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import uk.org.safeguarding.reviews.calendar.Deadlines;
import uk.org.safeguarding.reviews.engine.JsonVariables;
import uk.org.safeguarding.reviews.engine.SystemActions;
import uk.org.safeguarding.reviews.forms.InvalidCaseDataException;
import uk.org.safeguarding.reviews.identity.Agencies;

/**
 * The {@code lado-allegation} process's service tasks and listeners, under the names its model uses:
 * each reads the process variables, calls {@link LadoAllegation} (the rules) or {@link LadoRecords}
 * (the LADO's own records), and writes back what the model needs.
 */
@Configuration
public class LadoDelegates {

  /** What a consultation is kept without (reference §5.6: logged without the staff member's name). */
  static final List<String> PERSON_VARIABLES = List.of("personName", "personDateOfBirth");

  private final LadoAllegation rules;
  private final LadoRecords records;
  private final Deadlines deadlines;
  private final LadoCaseAccess access;

  public LadoDelegates(LadoAllegation rules, LadoRecords records, Deadlines deadlines, LadoCaseAccess access) {
    this.access = access;
    this.rules = rules;
    this.records = records;
    this.deadlines = deadlines;
  }

  /**
   * {@code ServiceTask_OpenAllegation}: the referral checked; the case given its LADO reference (the
   * business key) and kept in the LADO's records; the earlier allegations and consultations about the
   * same person shown at initial consideration; the 1-week, 1-, 3- and 12-month marks set.
   */
  @Bean("openAllegation")
  public JavaDelegate openAllegation(Agencies agencies) {
    return execution -> {
      LocalDate referredOn = date(execution, "referredOn");
      LocalDate awareOn = date(execution, "employerAwareOn");
      LocalDate dateOfBirth = optionalDate(execution, "personDateOfBirth");
      List<String> problems = rules.referralProblems(new LadoAllegation.Referral(referredOn, awareOn, dateOfBirth,
          text(execution, "leadAuthority"), text(execution, "otherAuthority")));
      if (!problems.isEmpty()) {
        throw new InvalidCaseDataException(LadoAllegation.OPENING_REFUSAL, problems);
      }
      String reference = records.nextReference(deadlines.today());
      execution.setProcessBusinessKey(reference);
      execution.setVariable("ladoReference", reference);
      execution.setVariable("caseReference", reference);
      LadoCase opened = new LadoCase(reference, execution.getProcessInstanceId(), referredOn, awareOn,
          text(execution, "sector"), LadoCase.REFERRAL);
      String name = text(execution, "personName");
      opened.setPersonRole(text(execution, "personRole"));
      opened.setPersonKey(LadoRecords.personKey(name, dateOfBirth, text(execution, "personReference")));
      opened.setPersonLabel(LadoAllegation.blank(name) ? null : name.strip());
      opened.setLeadAuthority(LadoAllegation.blank(text(execution, "otherAuthority"))
          ? text(execution, "leadAuthority") : text(execution, "leadAuthority") + ": " + text(execution, "otherAuthority").strip());
      records.open(opened);
      // before anything of the case is shown: it names the earlier cases, kept from whoever is kept from them
      access.carryOverExclusions(reference, execution.getProcessInstanceId());
      execution.setVariable("earlierConcerns",
          records.earlierConcernsText(records.earlierConcerns(opened.getPersonKey(), reference)));
      LadoAllegation.Marks marks = rules.marks(awareOn);
      execution.setVariable("oneWeekMarkDue", marks.oneWeek());
      execution.setVariable("oneMonthMarkDue", marks.oneMonth());
      execution.setVariable("threeMonthMarkDue", marks.threeMonths());
      execution.setVariable("twelveMonthMarkDue", marks.twelveMonths());
      execution.setVariable("agencyOptions", agencies.formOptionsVariable());
    };
  }

  /**
   * {@code ServiceTask_RecordConsultation}: advice only. The consultation is kept, counted apart from
   * referrals, without the person's name or date of birth: removed from the case and its history.
   */
  @Bean("recordConsultation")
  public JavaDelegate recordConsultation(SystemActions system) {
    return execution -> {
      String reference = execution.getProcessBusinessKey();
      records.recordConsultation(reference, text(execution, "initialConsideration"), deadlines.today());
      HistoryService history = execution.getProcessEngineServices().getHistoryService();
      for (String variable : PERSON_VARIABLES) {
        execution.removeVariable(variable);
        system.run(() -> {
          for (HistoricVariableInstance kept : history.createHistoricVariableInstanceQuery()
              .processInstanceId(execution.getProcessInstanceId()).variableName(variable).list()) {
            history.deleteHistoricVariableInstance(kept.getId());
          }
        });
      }
    };
  }

  /** {@code ServiceTask_CloseBelowThreshold} and {@code ServiceTask_CloseHandedOver}: closed with no outcome of its own. */
  @Bean("closeWithoutOutcome")
  public JavaDelegate closeWithoutOutcome() {
    return execution -> records.closeWithoutOutcome(execution.getProcessBusinessKey(), deadlines.today(),
        text(execution, "initialConsideration"),
        records.retentionUntil(date(execution, "employerAwareOn"), optionalDate(execution, "personDateOfBirth")));
  }

  /**
   * On completing {@code UserTask_AllegationMeeting}: the actions agreed are checked and each strand
   * addressed (a member agency's group, or the LADO); the strands' due date and the first review
   * meeting are set.
   */
  @Bean("planInvestigations")
  public TaskListener planInvestigations() {
    return task -> {
      LadoAllegation.Meeting meeting = new LadoAllegation.Meeting(date(task, "meetingHeldOn"), text(task, "route"),
          text(task, "policeAction"), text(task, "policeAgency"), text(task, "socialCareAction"), text(task, "socialCareAgency"),
          text(task, "employerAction"), text(task, "employerAgency"), optionalDate(task, "actionsDueOn"),
          ((Number) task.getVariable("reviewMeetingWeeks")).intValue());
      refuseIfAny(task, rules.meetingProblems(meeting));
      LadoAllegation.Plan plan = rules.plan(meeting);
      task.setVariable("policeStrand", plan.police().runs());
      task.setVariable("policeStrandGroup", plan.police().group());
      task.setVariable("socialCareStrand", plan.socialCare().runs());
      task.setVariable("socialCareStrandGroup", plan.socialCare().group());
      task.setVariable("employerStrand", plan.employer().runs());
      task.setVariable("employerStrandGroup", plan.employer().group());
      task.setVariable("strandDueDate", plan.strandsDue());
      task.setVariable("nextReviewMeetingDue", plan.nextReviewMeeting());
    };
  }

  /** On completing {@code UserTask_ReviewMeeting}: the next review meeting, at the interval the LADO set. */
  @Bean("scheduleReviewMeeting")
  public TaskListener scheduleReviewMeeting() {
    return task -> {
      refuseIfAny(task, rules.reviewMeetingProblems(date(task, "reviewHeldOn")));
      task.setVariable("nextReviewMeetingDue", rules.nextReviewMeeting(((Number) task.getVariable("reviewMeetingWeeks")).intValue()));
    };
  }

  /** On creating {@code UserTask_RecordOutcome}: what the strands reported, shown to the LADO. */
  @Bean("showFindings")
  public TaskListener showFindings() {
    return task -> task.setVariable("investigationFindings", LadoAllegation.findings(text(task, "policeStrandOutcome"),
        text(task, "socialCareStrandOutcome"), text(task, "employerStrandOutcome")));
  }

  /** On completing {@code UserTask_RecordOutcome} or {@code UserTask_ResolvePlainly}: the outcome and its actions agree. */
  @Bean("checkOutcome")
  public TaskListener checkOutcome() {
    return task -> refuseIfAny(task, rules.outcomeProblems(text(task, "outcomeCategory"),
        JsonVariables.strings(task.getVariable("conclusionActions")), text(task, "regulator")));
  }

  /** On completing {@code UserTask_ConsiderChildReferral}: an action the child's referral needs is said. */
  @Bean("checkChildReferral")
  public TaskListener checkChildReferral() {
    return task -> refuseIfAny(task, rules.childReferralProblems(text(task, "childReferralNeedsAction"),
        text(task, "childReferralAction")));
  }

  /**
   * {@code ServiceTask_ConcludeAllegation}: the outcome and conclusion actions go into the LADO's
   * records with the retention date (normal retirement age or 10 years from the allegation, whichever
   * is longer); a malicious allegation is marked for removal from the employment record.
   */
  @Bean("concludeAllegation")
  public JavaDelegate concludeAllegation() {
    return execution -> {
      String reference = execution.getProcessBusinessKey();
      String outcome = text(execution, "outcomeCategory");
      LocalDate retention = records.retentionUntil(date(execution, "employerAwareOn"), optionalDate(execution, "personDateOfBirth"));
      records.conclude(reference, outcome, JsonVariables.strings(execution.getVariable("conclusionActions")), deadlines.today(),
          retention, MALICIOUS.equals(outcome));
      execution.setVariable("retentionUntil", deadlines.closeOfBusinessOn(retention));
      execution.setVariable("removeFromEmploymentRecord", MALICIOUS.equals(outcome));
    };
  }

  private static void refuseIfAny(DelegateTask task, List<String> problems) {
    if (!problems.isEmpty()) {
      throw new InvalidCaseDataException("Cannot complete '" + task.getName() + "'", problems);
    }
  }

  private static String text(VariableScope scope, String name) {
    Object value = scope.getVariable(name);
    return value == null ? null : value.toString();
  }

  private static LocalDate date(VariableScope scope, String name) {
    return Deadlines.toLocalDate(scope.getVariable(name));
  }

  private static LocalDate optionalDate(VariableScope scope, String name) {
    Object value = scope.getVariable(name);
    return value == null || value.toString().isBlank() ? null : Deadlines.toLocalDate(value);
  }
}
