package uk.org.safeguarding.reviews.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.org.safeguarding.reviews.contribution.ContributionProcess.TASK_ESCALATE_OVERDUE_CONTRIBUTION;
import static uk.org.safeguarding.reviews.contribution.ContributionProcess.TASK_SUBMIT_BRIEFING_NOTE;
import static uk.org.safeguarding.reviews.contribution.ContributionProcess.TIMER_CONTRIBUTION_ESCALATION;
import static uk.org.safeguarding.reviews.contribution.ContributionProcess.TIMER_CONTRIBUTION_OVERDUE;
import static uk.org.safeguarding.reviews.contribution.ContributionProcess.TIMER_CONTRIBUTION_REMINDER;
import static uk.org.safeguarding.reviews.referral.ReferralProcess.KEY;
import static uk.org.safeguarding.reviews.referral.ReferralProcess.TASK_TRIAGE_REFERRAL;

import java.util.Arrays;
import java.util.List;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;

import jakarta.mail.internet.MimeMessage;

import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import uk.org.safeguarding.reviews.lado.LadoAllegationProcess;
import uk.org.safeguarding.reviews.support.ProcessTest;
import uk.org.safeguarding.reviews.support.ProcessTestBase;

/**
 * Notices arrive by real SMTP (GreenMail) at the demo users' addresses, only for committed work: a
 * step writes each notice as an engine job, and the job executor (here: the test, through the job
 * API) sends it.
 */
@ProcessTest
class NoticesTest extends ProcessTestBase {

  static final String INCIDENT = "Child injured during an incident of domestic violence";

  @RegisterExtension
  static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort()).withPerMethodLifecycle(false);

  @DynamicPropertySource
  static void mailServer(DynamicPropertyRegistry registry) {
    registry.add("spring.mail.host", () -> "127.0.0.1");
    registry.add("spring.mail.port", () -> smtp.getSmtp().getPort());
  }

  @BeforeEach
  void emptyMailboxes() throws Exception {
    // notices another test context left (its mail server is not this one)
    noticeJobs().forEach(job -> managementService.deleteJob(job.getId()));
    smtp.purgeEmailFromAllMailboxes();
  }

  ProcessInstance refer(String caseReference, String... agencies) {
    return runtimeService.startProcessInstanceByKey(KEY, vars(
        "caseReference", caseReference,
        "incidentSummary", INCIDENT,
        "referringAgency", "Borough of Poole children's social care",
        "boardAwareOn", "2026-10-30",
        "agenciesInvolved", json(List.of(agencies)),
        "mediaInterest", false));
  }

  ProcessInstance referAndTriage(String caseReference, String... agencies) {
    ProcessInstance referral = refer(caseReference, agencies);
    complete(referral, TASK_TRIAGE_REFERRAL, vars("agenciesInvolved", json(List.of(agencies))));
    sendNotices();
    return referral;
  }

  /** The notices waiting to be sent: jobs of the engine. */
  List<Job> noticeJobs() {
    return managementService.createJobQuery().list().stream()
        .filter(job -> NoticeJob.TYPE.equals(((JobEntity) job).getJobHandlerType())).toList();
  }

  /** What the job executor does on a running node: executes each notice job (once). */
  void sendNotices() {
    noticeJobs().forEach(job -> managementService.executeJob(job.getId()));
    assertThat(noticeJobs()).as("a sent notice's job is done").isEmpty();
  }

  Task briefingNoteTask(String caseReference, String agency) {
    return taskService.createTaskQuery().processInstanceBusinessKey(caseReference)
        .taskDefinitionKey(TASK_SUBMIT_BRIEFING_NOTE).taskCandidateGroup("agency-" + agency).singleResult();
  }

  static List<MimeMessage> mailTo(String userId) {
    return Arrays.asList(smtp.getReceivedMessagesForDomain(userId + "@demo.invalid"));
  }

  static List<String> subjects(String userId) {
    return mailTo(userId).stream().map(m -> {
      try {
        return m.getSubject();
      } catch (jakarta.mail.MessagingException e) {
        throw new IllegalStateException(e);
      }
    }).toList();
  }

  static String text(MimeMessage message) {
    try {
      return message.getContent().toString();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void theStepOnlyWritesTheNoticeAsAJobAndTheJobExecutorSendsIt() throws Exception {
    String caseRef = newCase("Child J");
    ProcessInstance referral = refer(caseRef, "dorset-police");
    complete(referral, TASK_TRIAGE_REFERRAL, vars("agenciesInvolved", json(List.of("dorset-police"))));

    assertThat(subjects("dorset-police")).as("nothing is sent on the step's thread").isEmpty();
    List<Job> waiting = noticeJobs();
    assertThat(waiting).isNotEmpty()
        .allSatisfy(job -> assertThat(job.getRetries()).isEqualTo(3))
        .anySatisfy(job -> assertThat(job.getProcessDefinitionKey()).isEqualTo(
            uk.org.safeguarding.reviews.contribution.ContributionProcess.KEY));

    sendNotices();
    assertThat(subjects("dorset-police")).containsExactly("Task for you: Briefing note — " + caseRef + " — Dorset Police");
  }

  @Test
  void aCaseCancelledBeforeItsNoticeIsSentTellsNobody() {
    String caseRef = newCase("Child K");
    ProcessInstance referral = refer(caseRef, "dorset-police");
    assertThat(noticeJobs()).isNotEmpty();

    runtimeService.deleteProcessInstance(referral.getId(), "Entered in error");

    assertThat(noticeJobs()).as("the notice went with its process instance").isEmpty();
    assertThat(subjects("scr.member")).isEmpty();
  }

  @Test
  void eachAgencyIsEmailedItsOwnTaskWithTheDueDateAndALinkButNoCaseDetails() {
    String caseRef = newCase("Child G");
    referAndTriage(caseRef, "dorset-police", "poole-council");
    Task policeTask = briefingNoteTask(caseRef, "dorset-police");

    assertThat(subjects("dorset-police")).containsExactly("Task for you: Briefing note — " + caseRef + " — Dorset Police");
    assertThat(subjects("poole-council")).containsExactly("Task for you: Briefing note — " + caseRef + " — Borough of Poole");
    String body = text(mailTo("dorset-police").get(0));
    assertThat(body)
        .contains("Due: Monday 16 November 2026, 17:00")
        .contains("http://localhost:8080/camunda/app/tasklist/default/#/?task=" + policeTask.getId())
        .doesNotContain("domestic violence");
    // the SCR group heard of the referral to triage; the board chair heard nothing (no media interest)
    assertThat(subjects("scr.member")).contains("Task for you: Triage referral — " + caseRef);
    assertThat(subjects("board.chair")).isEmpty();
  }

  @Test
  void aStepRefusedForBadInputEmailsNobody() {
    String caseRef = newCase("Child R");
    ProcessInstance referral = refer(caseRef, "dorset-police");
    sendNotices();
    int before = smtp.getReceivedMessages().length;

    assertRefused(() -> complete(referral, TASK_TRIAGE_REFERRAL,
        vars("agenciesInvolved", json(List.of("dorset-police", "no-such-agency")))), "no-such-agency");

    assertThat(noticeJobs()).as("a refused step leaves no notice to send").isEmpty();
    assertThat(smtp.getReceivedMessages()).hasSize(before);
    assertThat(subjects("dorset-police")).isEmpty();
  }

  @Test
  void theAgencyIsRemindedBeforeItsDeadlineAndTheBoardChairToldWhenItIsEscalated() {
    String caseRef = newCase("Child E");
    referAndTriage(caseRef, "dorset-police");
    ProcessInstance contribution = runtimeService.createProcessInstanceQuery()
        .processInstanceId(briefingNoteTask(caseRef, "dorset-police").getProcessInstanceId()).singleResult();

    fireTimer(contribution, TIMER_CONTRIBUTION_REMINDER);
    sendNotices();
    assertThat(subjects("dorset-police")).contains(
        "Reminder: Briefing note — " + caseRef + " — Dorset Police — due Monday 16 November 2026, 17:00");

    fireTimer(contribution, TIMER_CONTRIBUTION_OVERDUE);
    sendNotices();
    assertThat(subjects("scr.chair")).anyMatch(s -> s.startsWith("Task for you: Chase overdue briefing note — " + caseRef));
    assertThat(subjects("board.chair")).isEmpty();

    fireTimer(contribution, TIMER_CONTRIBUTION_ESCALATION);
    sendNotices();
    assertThat(task(contribution, TASK_ESCALATE_OVERDUE_CONTRIBUTION)).isNotNull();
    assertThat(subjects("board.chair")).containsExactly(
        "Task for you: Escalated: overdue briefing note — " + caseRef + " — Dorset Police");
    // the police heard of their own task and the reminder, never of the chase or escalation about them
    assertThat(subjects("dorset-police")).hasSize(2);

    complete(task(contribution, TASK_ESCALATE_OVERDUE_CONTRIBUTION), vars("escalationAction", "Wrote to the chief constable"));
    assertThat(tasks(contribution, TASK_ESCALATE_OVERDUE_CONTRIBUTION)).isEmpty();
    assertThat(briefingNoteTask(caseRef, "dorset-police")).as("the agency's task stays open").isNotNull();
  }

  @Test
  void aLadoTaskIsAnnouncedWithoutTheReferenceThePersonOrTheChild() throws Exception {
    String person = "Ottoline Braithwaite " + System.nanoTime() % 100000;
    String child = "Child Zeta-" + System.nanoTime() % 100000;
    ProcessInstance pi = runtimeService.startProcessInstanceByKey(LadoAllegationProcess.KEY, vars(
        "referrerName", "Head teacher", "referrerOrganisation", "Oak Primary School", "sector", "education",
        "personName", person, "personDateOfBirth", "1980-02-01", "personRole", "Teaching assistant",
        "employerName", "Oak Primary School", "allegation", "Pupil says the assistant grabbed her arm hard",
        "allegationWhen", "29 October 2026", "childrenInvolved", child, "employerAwareOn", "2026-10-30",
        "referredOn", "2026-11-02", "leadAuthority", LadoAllegationProcess.THIS_AUTHORITY));
    sendNotices();
    Task consideration = task(pi, LadoAllegationProcess.TASK_INITIAL_CONSIDERATION);
    String reference = (String) runtimeService.getVariable(pi.getId(), "ladoReference");

    for (String lado : List.of("lado", "lado.two")) {
      assertThat(subjects(lado)).as(lado).containsExactly(TaskArrivalNotice.LADO_SUBJECT);
      assertThat(TaskArrivalNotice.LADO_SUBJECT).isEqualTo("A LADO task is waiting");
      MimeMessage mail = mailTo(lado).get(0);
      String body = text(mail);
      assertThat(body).contains("http://localhost:8080/camunda/app/tasklist/default/#/?task=" + consideration.getId());
      for (String secret : List.of(reference, person, child, "Oak Primary School", "grabbed", consideration.getName())) {
        assertThat(mail.getSubject()).as(lado + " subject").doesNotContain(secret);
        assertThat(body).as(lado + " body").doesNotContain(secret);
      }
    }
    assertThat(subjects("scr.member")).as("no one outside the LADO service hears of it").isEmpty();
    assertThat(subjects("board.chair")).isEmpty();
  }
}
