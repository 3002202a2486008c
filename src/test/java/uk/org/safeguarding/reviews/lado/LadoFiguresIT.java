package uk.org.safeguarding.reviews.lado;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import uk.org.safeguarding.reviews.identity.Groups;
import uk.org.safeguarding.reviews.support.RestClient;
import uk.org.safeguarding.reviews.support.RestClient.Reply;
import uk.org.safeguarding.reviews.support.TestDatabase;

/**
 * The LADO's figures and a case's earlier concerns over HTTP: the LADO and the LADO manager read
 * them, as JSON or a CSV download; every other role is refused; a year out of range is a 400. The
 * cases are put in through {@link LadoRecords} (as the lado-allegation process will) and removed
 * afterwards, since other tests share the database.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "test.database=postgres")
@ActiveProfiles("test")
@Import(TestDatabase.class)
class LadoFiguresIT {

  static final int YEAR = 2071;
  static final String MANAGER = "lado.manager.it";
  static final String MANAGER_PASSWORD = "Str0ng enough, 2026!";
  static final List<String> OTHER_ROLES = List.of("scr.chair", "scr.member", "board.chair", "business.manager", "admin",
      "la.partner", "police.partner", "health.partner", "dorset-police");

  @LocalServerPort int port;
  @Autowired LadoRecords records;
  @Autowired JdbcTemplate jdbc;
  @Autowired IdentityService identityService;
  RestClient rest;
  boolean createdManagerGroup;
  String person;
  LadoCase earlier;
  LadoCase current;

  @BeforeEach
  void seed() {
    rest = new RestClient(port);
    person = LadoRules.personKey("Jo Bloggs " + System.nanoTime(), LocalDate.of(1980, 2, 1), null);
    earlier = open(LocalDate.of(YEAR, 4, 10), LocalDate.of(YEAR, 4, 1), "education", LadoCase.REFERRAL);
    records.recordInitialOutcome(earlier.getReference(), "threshold-met");
    records.conclude(earlier.getReference(), "unsubstantiated", List.of("training"), LocalDate.of(YEAR, 4, 30),
        LocalDate.of(2081, 4, 1), false);
    open(LocalDate.of(YEAR, 8, 1), LocalDate.of(YEAR, 7, 28), "health", LadoCase.CONSULTATION);
    current = open(LocalDate.of(YEAR, 11, 2), LocalDate.of(YEAR, 10, 30), "sport, leisure", LadoCase.REFERRAL);
    records.exclude(current.getReference(), "lado.excluded.it", "Knows the person", "lado", LocalDate.of(YEAR, 11, 2));

    if (identityService.createGroupQuery().groupId(Groups.LADO_MANAGER).singleResult() == null) {
      Group group = identityService.newGroup(Groups.LADO_MANAGER);
      group.setName("LADO manager");
      identityService.saveGroup(group);
      createdManagerGroup = true;
    }
    User manager = identityService.newUser(MANAGER);
    manager.setFirstName("Lado");
    manager.setLastName("Manager");
    manager.setPassword(MANAGER_PASSWORD);
    identityService.saveUser(manager);
    identityService.createMembership(MANAGER, Groups.LADO_MANAGER);
  }

  LadoCase open(LocalDate referredOn, LocalDate allegationOn, String sector, String kind) {
    LadoCase c = new LadoCase(records.nextReference(referredOn), "pi-it-" + System.nanoTime(), referredOn, allegationOn,
        sector, kind);
    c.setPersonKey(person);
    c.setPersonLabel("Jo Bloggs, born 1 Feb 1980");
    return records.open(c);
  }

  @AfterEach
  void removeTheCasesAndTheManager() {
    jdbc.update("DELETE FROM lado_exclusion WHERE case_reference LIKE 'LADO-" + YEAR + "-%'");
    jdbc.update("DELETE FROM lado_case WHERE reference LIKE 'LADO-" + YEAR + "-%'");
    identityService.deleteUser(MANAGER);
    if (createdManagerGroup) {
      identityService.deleteGroup(Groups.LADO_MANAGER);
    }
  }

  @Test
  void theLadoReadsTheYearsFiguresAsJson() {
    Reply reply = rest.get("/api/lado/figures?year=" + YEAR, "lado");
    assertThat(reply.status()).as(reply.text()).isEqualTo(200);
    assertThat(reply.body().path("label").asText()).isEqualTo("2071/72");
    assertThat(reply.body().path("from").asText()).isEqualTo("2071-04-01");
    assertThat(reply.body().path("referrals").asInt()).isEqualTo(2);
    assertThat(reply.body().path("consultations").asInt()).isEqualTo(1);
    assertThat(reply.body().path("referralsByQuarter").path("Q1").asInt()).isEqualTo(1);
    assertThat(reply.body().path("referralsByQuarter").path("Q3").asInt()).isEqualTo(1);
    assertThat(reply.body().path("referralsBySector").path("sport, leisure").asInt()).isEqualTo(1);
    assertThat(reply.body().path("outcomes").path("unsubstantiated").asInt()).isEqualTo(1);
    assertThat(reply.body().path("resolution").path("withinOneMonth").asInt()).isEqualTo(1);
    assertThat(reply.body().path("resolution").path("stillOpen").asInt()).isEqualTo(1);
    assertThat(reply.body().path("resolution").path("percentResolvedWithinOneMonth").asDouble()).isEqualTo(100.0);

    Reply manager = rest.call("GET", "/api/lado/figures?year=" + YEAR, MANAGER, MANAGER_PASSWORD, null);
    assertThat(manager.status()).as(manager.text()).isEqualTo(200);

    Reply thisYear = rest.get("/api/lado/figures", "lado");
    assertThat(thisYear.status()).as(thisYear.text()).isEqualTo(200);
    assertThat(thisYear.body().path("year").asInt()).as("the current financial year by default")
        .isEqualTo(LadoRules.financialYearOf(LocalDate.now()));
  }

  @Test
  void theLadoDownloadsTheFiguresAsCsv() {
    Reply reply = rest.get("/api/lado/figures.csv?year=" + YEAR, "lado");
    assertThat(reply.status()).as(reply.text()).isEqualTo(200);
    assertThat(reply.header("Content-Type")).startsWith("text/csv");
    assertThat(reply.header("Content-Disposition")).isEqualTo("attachment; filename=lado-figures-2071-72.csv");
    assertThat(reply.text()).startsWith("year,measure,category,count\r\n")
        .contains("2071/72,referrals,total,2\r\n")
        .contains("2071/72,referrals-by-sector,\"sport, leisure\",1\r\n");
  }

  @Test
  void theLadoReadsACasesEarlierConcernsUnlessKeptAwayFromIt() {
    Reply reply = rest.get("/api/lado/cases/" + current.getReference() + "/earlier-concerns", "lado");
    assertThat(reply.status()).as(reply.text()).isEqualTo(200);
    assertThat(reply.body().size()).isEqualTo(2);
    assertThat(reply.body().get(1).path("reference").asText()).isEqualTo(earlier.getReference());
    assertThat(reply.body().get(1).path("outcome").asText()).isEqualTo("unsubstantiated");
    assertThat(reply.body().get(1).path("referredOn").asText()).isEqualTo("2071-04-10");

    assertThat(rest.get("/api/lado/cases/LADO-2071-9999/earlier-concerns", "lado").status()).isEqualTo(404);

    records.exclude(current.getReference(), "lado", "Line manager of the person", "lado.manager.it", LocalDate.of(YEAR, 11, 3));
    assertThat(rest.get("/api/lado/cases/" + current.getReference() + "/earlier-concerns", "lado").status()).isEqualTo(403);
    Reply fromTheEarlierCase = rest.get("/api/lado/cases/" + earlier.getReference() + "/earlier-concerns", "lado");
    assertThat(fromTheEarlierCase.status()).as("kept away from one case only").isEqualTo(200);
    assertThat(fromTheEarlierCase.text()).as("the case kept away from is left out of the list")
        .doesNotContain(current.getReference());
    assertThat(fromTheEarlierCase.body().size()).isEqualTo(1);
  }

  @Test
  void everyOtherRoleIsRefused() {
    for (String user : OTHER_ROLES) {
      for (String path : List.of("/api/lado/figures?year=" + YEAR, "/api/lado/figures.csv?year=" + YEAR, "/api/lado/figures",
          "/api/lado/cases/" + current.getReference() + "/earlier-concerns")) {
        Reply reply = rest.get(path, user);
        assertThat(reply.status()).as(user + " " + path + ": " + reply.text()).isEqualTo(403);
        assertThat(reply.text()).doesNotContain("Jo Bloggs").doesNotContain(earlier.getReference());
      }
    }
    assertThat(rest.get("/api/lado/figures?year=" + YEAR, null).status()).as("anonymous").isEqualTo(401);
  }

  @Test
  void aYearOutOfRangeIsRefusedWithWhy() {
    for (String year : List.of("1999", "2101", "-5")) {
      Reply json = rest.get("/api/lado/figures?year=" + year, "lado");
      assertThat(json.status()).as(json.text()).isEqualTo(400);
      assertThat(json.body().path("message").asText()).contains("2000 to 2100");
      Reply csv = rest.get("/api/lado/figures.csv?year=" + year, "lado");
      assertThat(csv.status()).as(csv.text()).isEqualTo(400);
    }
    assertThat(rest.get("/api/lado/figures?year=twenty", "lado").status()).isEqualTo(400);
  }
}
