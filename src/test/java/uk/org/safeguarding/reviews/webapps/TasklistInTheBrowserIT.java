package uk.org.safeguarding.reviews.webapps;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import org.camunda.bpm.engine.ManagementService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

import uk.org.safeguarding.reviews.support.AsyncContinuations;
import uk.org.safeguarding.reviews.support.RestClient;
import uk.org.safeguarding.reviews.support.TestDatabase;

/**
 * Tasklist as people use it, in headless Chromium (installed by .ci/run): the SCR group chair
 * signs in and sees the referral start form; an agency signs in, sees its own IMR task and its
 * form, and nothing is kept in the browser's storage; the panel reads an agency's IMR as text,
 * links and all, and completing its review sends back only what the panel decided.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "test.database=postgres")
@ActiveProfiles("test")
@Import(TestDatabase.class)
class TasklistInTheBrowserIT {

  @Autowired ManagementService managementService;

  @LocalServerPort int port;
  WebDriver browser;
  WebDriverWait wait;

  static final Path CHROMIUM = Path.of(System.getProperty("chromium.binary", "/usr/bin/chromium"));
  static final Path CHROMEDRIVER = Path.of(System.getProperty("chromium.driver", "/usr/bin/chromedriver"));

  @BeforeEach
  void openBrowser() throws Exception {
    // CI installs Debian's chromium and chromium-driver (.ci/run) and must run this; a developer's
    // machine without them skips it, saying why.
    Assumptions.assumeTrue("true".equals(System.getenv("CI")) || (Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER)),
        "No Chromium at " + CHROMIUM + " / " + CHROMEDRIVER + ": apt-get install chromium chromium-driver to run the browser test");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--window-size=1400,1000",
        "--user-data-dir=" + Files.createTempDirectory("chromium"));
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
        .usingAnyFreePort().build();
    browser = new ChromeDriver(service, options);
    wait = new WebDriverWait(browser, Duration.ofSeconds(30));
  }

  @AfterEach
  void closeBrowser() {
    if (browser != null) {
      browser.quit();
    }
  }

  void signIn(String user) {
    signIn(user, "tasklist");
    try {
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.partialLinkText("Start process")));
    } catch (org.openqa.selenium.TimeoutException notSignedIn) {
      // what the page showed instead, for whoever reads the failure (target/browser)
      try {
        screenshot("sign-in-not-completed-" + user);
      } catch (Exception ignored) {
        // the failure below says enough
      }
      throw new AssertionError("Tasklist did not open for " + user + "; the page said: "
          + browser.findElement(By.tagName("body")).getText(), notSignedIn);
    }
  }

  void signIn(String user, String app) {
    browser.get("http://localhost:" + port + "/camunda/app/" + app + "/");
    WebElement username = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[ng-model='username']")));
    WebElement password = browser.findElement(By.cssSelector("input[ng-model='password']"));
    // the page moves the focus to the user name once it has loaded; keys typed before that can land in
    // the wrong field (CI once signed in as "scr.chairdemo" with no password), so type until both are right
    wait.until(d -> {
      username.clear();
      username.sendKeys(user);
      password.clear();
      password.sendKeys("demo");
      return user.equals(username.getDomProperty("value")) && "demo".equals(password.getDomProperty("value"));
    });
    wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("form[name='signinForm'] button[type='submit']"))).click();
  }

  /** The partnership's look: its name, no end-of-life banner. */
  void assertThePartnershipsLook() {
    wait.until(d -> d.getTitle().contains("Safeguarding Children Partnership"));
    assertThat(browser.getTitle()).contains("Safeguarding Children Partnership Safeguarding reviews");
    assertThat(browser.findElements(By.cssSelector(".ce-eol-banner"))).as("the Camunda 8 banner")
        .allSatisfy(banner -> assertThat(banner.isDisplayed()).isFalse());
    assertThat(browser.findElement(By.tagName("body")).getText()).doesNotContain("migrate to Camunda 8");
  }

  /** Visible error notifications (a refused request shows as a red alert in the web apps). */
  List<String> errorsShown() {
    return browser.findElements(By.cssSelector(".alert-danger, .alert-error, .notifications .alert.error")).stream()
        .filter(WebElement::isDisplayed).map(WebElement::getText).toList();
  }

  /** Opens a task from the list (scrolled into view: the list is long, in due-date order). */
  void openTask(String name) {
    WebElement link = wait.until(ExpectedConditions.presenceOfElementLocated(By.partialLinkText(name)));
    ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", link);
    wait.until(ExpectedConditions.elementToBeClickable(link)).click();
  }

  /**
   * Tasklist's <em>Start process</em> dialog, the process chosen, and its start form. The dialog's
   * list can be drawn again just after it opens, and a click on the old link is then lost (CI once
   * waited 30 s for a form), so the process is clicked again while its link is still shown.
   */
  WebElement startForm(String process) {
    browser.findElement(By.partialLinkText("Start process")).click();
    return wait.until(d -> {
      List<WebElement> forms = d.findElements(By.cssSelector(".fjs-form"));
      if (!forms.isEmpty() && forms.get(0).isDisplayed()) {
        return forms.get(0);
      }
      for (WebElement link : d.findElements(By.partialLinkText(process))) {
        try {
          if (link.isDisplayed()) {
            link.click();
            break;
          }
        } catch (org.openqa.selenium.WebDriverException redrawn) {
          // drawn again meanwhile: found afresh on the next try
        }
      }
      return null;
    });
  }

  WebElement form() {
    return wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".fjs-form")));
  }

  @Test
  void theScrGroupChairSeesTheReferralFormToStartACase_withAnAgencyAddedToday() throws Exception {
    RestClient.Reply added = new RestClient(port).post("/api/agencies", "business.manager",
        java.util.Map.of("slug", "bcp-housing", "name", "BCP Council Housing", "sector", "local-authority"));
    assertThat(added.status()).as(added.text()).isEqualTo(201);
    signIn("scr.chair");
    String text = startForm("Safeguarding referral").getText();
    assertThat(text).contains("Refer a case to the SCR group", "Case reference (pseudonym)", "Summary of the incident",
        "Date the board became aware", "Dorset Police", "BCP Council Housing");
    screenshot("tasklist-start-referral");
  }

  @Test
  void anAgencySeesItsOwnImrTaskWithItsFormAndKeepsNoDraftInTheBrowser() throws Exception {
    new RestClient(port, () -> AsyncContinuations.run(managementService)).referralToImrs("Child Browser");
    signIn("dorset-police");
    openTask("IMR — Child Browser — Dorset Police");
    WebElement form = form();
    WebElement claim = browser.findElement(By.cssSelector(".task-card .assignee .claim"));
    assertThat(claim.getCssValue("background-color")).as("Claim is a button people see").isEqualTo("rgba(31, 111, 63, 1)");
    screenshot("tasklist-imr");
    assertThat(form.getText()).contains("Individual management review (IMR)", "Chronology of involvement", "Lessons learned",
            "Terms of reference", "Key lines of enquiry", "the SCR group chair chases it")
        .as("shown only when the panel has sent the IMR back").doesNotContain("The panel sent this IMR back");
    assertThat(browser.findElements(By.partialLinkText("IMR — Child Browser — Borough of Poole"))).as("another agency's IMR").isEmpty();

    form.findElements(By.cssSelector("textarea:not([disabled])")).get(0).sendKeys("Line manager of the practitioners");
    List<WebElement> save = browser.findElements(By.cssSelector("button[ng-click='save($event)']"));
    assertThat(save).allSatisfy(button -> assertThat(button.isDisplayed()).as("Save is hidden").isFalse());
    Object keys = ((JavascriptExecutor) browser).executeScript("return Object.keys(window.localStorage).join(',')");
    assertThat(String.valueOf(keys)).doesNotContain("camunda-form:").doesNotContain("camForm:");

    // the partnership's Tasklist: its name, UK dates, nothing offered the agency may not do
    assertThePartnershipsLook();
    assertThat(browser.findElements(By.partialLinkText("Create task"))).as("Create task")
        .allSatisfy(link -> assertThat(link.isDisplayed()).isFalse());
    String due = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".task-card .due-date [am-time-ago]")))
        .getDomAttribute("uib-tooltip");
    assertThat(due).as("the due date in UK form").matches("[A-Z][a-z]+day \\d{1,2} [A-Z][a-z]+ \\d{4}, \\d{2}:\\d{2}");
    String created = browser.findElement(By.cssSelector(".tasks-list .creation-date [am-time-ago]")).getDomAttribute("uib-tooltip");
    assertThat(created).as("a card's creation date in UK form").matches("[A-Z][a-z]+day \\d{1,2} [A-Z][a-z]+ \\d{4}, \\d{2}:\\d{2}");
    assertThat(browser.findElements(By.cssSelector(".tasks-list .priority, a[translate='ADD_GROUPS'], a[translate='SET_DUE_DATE'], "
        + "a[translate='SET_FOLLOW_UP_DATE'], .reset-due-date, .reset-assignee, .followup-date")))
        .as("priority, group, date and assignee editing").allSatisfy(e -> assertThat(e.isDisplayed()).isFalse());
    assertThat(errorsShown()).isEmpty();
  }

  @Test
  void anAgencysTypedImrSurvivesAReloadAsItsDraftOnTheServer_andCompletingRemovesIt() throws Exception {
    RestClient rest = new RestClient(port, () -> AsyncContinuations.run(managementService));
    rest.referralToImrs("Child Draft");
    String taskId = rest.onlyTask("dorset-police", "Child Draft", "taskDefinitionKey=UserTask_SubmitImr").path("id").asText();
    signIn("dorset-police");
    openTask("IMR — Child Draft — Dorset Police");
    form();
    wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".task-card .assignee .claim"))).click();
    // the claim done and the task shown again before typing (Tasklist renders the form anew once it is claimed)
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("button.unclaim")));
    WebElement chronology = wait.until(d -> d.findElements(By.cssSelector(".fjs-form textarea[id$='Field_4']")).stream()
        .filter(WebElement::isEnabled).findFirst().orElse(null));
    chronology.sendKeys("2009: first contact with the family");
    // kept on the server 2 seconds after typing stops
    wait.until(d -> rest.get("/api/drafts/tasks/" + taskId, "dorset-police").status() == 200);

    browser.navigate().refresh();
    wait.until(d -> "2009: first contact with the family".equals(
        d.findElement(By.cssSelector(".fjs-form textarea[id$='Field_4']")).getDomProperty("value")));
    String notice = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".safeguarding-draft-restored"))).getText();
    assertThat(notice).matches("Your unsaved work from \\d{1,2} [A-Z][a-z]{2} \\d{4}, \\d{2}:\\d{2} was restored");
    Object keys = ((JavascriptExecutor) browser).executeScript("return Object.keys(window.localStorage).join(',')");
    assertThat(String.valueOf(keys)).as("nothing kept in the browser").doesNotContain("camunda-form:");
    screenshot("tasklist-draft-restored");

    WebElement form = form();
    String[][] others = {{"Field_2", "A. Author"}, {"Field_3", "Line manager"}, {"Field_5", "Analysis"}, {"Field_6", "Lessons"},
        {"Field_7", "Recommendations"}};
    for (String[] field : others) {
      form.findElement(By.cssSelector("[id$='" + field[0] + "']")).sendKeys(field[1]);
    }
    wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("button[ng-click='complete()']"))).click();
    wait.until(d -> rest.tasks("dorset-police", "Child Draft", "taskDefinitionKey=UserTask_SubmitImr").isEmpty());
    // a save arriving after completion finds no task to keep a draft for (404)
    assertThat(rest.get("/api/drafts/tasks/" + taskId, "dorset-police").status()).as("the task and its draft are gone").isEqualTo(404);
    assertThat(drafts.count(taskId)).isZero();
  }

  @Test
  void thePanelsChoiceAndDateAreKeptInItsDraftToo() throws Exception {
    RestClient rest = new RestClient(port, () -> AsyncContinuations.run(managementService));
    rest.referralToImrs("Child Draft Choice");
    rest.complete("dorset-police", rest.onlyTask("dorset-police", "Child Draft Choice", "taskDefinitionKey=UserTask_SubmitImr"),
        RestClient.imrVariables());
    rest.complete("dorset-police", rest.onlyTask("dorset-police", "Child Draft Choice", "taskDefinitionKey=UserTask_SignOffImr"),
        RestClient.variables("seniorManagerName", "B. Manager", "imrSignOff", "signed-off"));
    String taskId = rest.onlyTask("scr.member", "Child Draft Choice", "taskDefinitionKey=UserTask_ReviewImr").path("id").asText();
    browser.manage().window().setSize(new Dimension(1400, 2600));
    signIn("scr.member");
    openTask("Panel review of IMR — Child Draft Choice — Dorset Police");
    wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".task-card .assignee .claim"))).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("button.unclaim")));
    WebElement form = form();
    wait.until(ExpectedConditions.elementToBeClickable(form.findElement(By.xpath(".//label[contains(., 'Send back to the agency for rework')]")))).click();
    field(form, "What needs to change").sendKeys("A fuller chronology");
    java.time.LocalDate due = java.time.LocalDate.now(java.time.ZoneId.of("Europe/London")).plusDays(10);
    WebElement dueBy = field(form, "Rework due by");
    dueBy.sendKeys(due.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")));
    dueBy.sendKeys(org.openqa.selenium.Keys.TAB);
    field(form, "What needs to change").sendKeys(".");
    wait.until(d -> {
      RestClient.Reply draft = rest.get("/api/drafts/tasks/" + taskId, "scr.member");
      return draft.status() == 200 && "rework".equals(draft.body().path("values").path("imrPanelDecision").asText())
          && due.toString().equals(draft.body().path("values").path("reworkDueDate").asText());
    });

    browser.navigate().refresh();
    WebElement again = form();
    wait.until(d -> "A fuller chronology.".equals(field(again, "What needs to change").getDomProperty("value")));
    assertThat(field(again, "Rework due by").getDomProperty("value")).isEqualTo(due.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")));
    assertThat(again.findElement(By.xpath(".//label[contains(., 'Send back to the agency for rework')]//input")).isSelected()).isTrue();
  }

  @Test
  void anAgencyIsOfferedNoWebAppItMayNotUse_andOpeningOneByItsAddressSaysSoInWords() throws Exception {
    signIn("dorset-police");
    for (WebElement appSwitch : browser.findElements(By.cssSelector(".app-switch .dropdown-toggle"))) {
      appSwitch.click();
    }
    assertThat(browser.findElements(By.cssSelector("a[href*='/app/cockpit/'], a[href*='/app/admin/']")))
        .as("no Cockpit or Admin link for an agency").allSatisfy(link -> assertThat(link.isDisplayed()).isFalse());
    for (String app : List.of("cockpit", "admin")) {
      browser.get("http://localhost:" + port + "/camunda/app/" + app + "/default/");
      Thread.sleep(1500); // the app asks who is signed in; an error would show in words or as a red notification
      String page = browser.findElement(By.tagName("body")).getText();
      screenshot("agency-opens-" + app);
      assertThat(page).doesNotContain("Whitelabel", "There was an unexpected error", "Exception").contains("This page is not open to you", "agencies work in Tasklist");
      assertThat(browser.findElement(By.tagName("header")).getCssValue("border-bottom-color")).as("the error pages' stylesheet applied")
          .isEqualTo("rgba(181, 21, 43, 1)");
    }
  }

  @Autowired uk.org.safeguarding.reviews.drafts.TaskDrafts drafts;

  @Autowired org.camunda.bpm.engine.RuntimeService runtimeService;
  @Autowired org.camunda.bpm.engine.TaskService taskService;

  @Test
  void theManagerSeesAnOverdueEscalationAtTheTopOfCockpitsStartPage() throws Exception {
    String caseRef = "Child Overdue " + System.nanoTime() % 100000;
    // a case begun on Monday 8 January 2001: its agency's contribution went unanswered and was chased
    org.camunda.bpm.engine.impl.util.ClockUtil.setCurrentTime(java.util.Date.from(
        java.time.LocalDateTime.of(2001, 1, 8, 10, 0).atZone(java.time.ZoneId.of("Europe/London")).toInstant()));
    try {
      var review = runtimeService.startProcessInstanceByKey("local-learning-review", java.util.Map.of("caseReference", caseRef,
          "incidentSummary", "Neglect", "boardAwareOn", "2001-01-02",
          "agenciesInvolved", uk.org.safeguarding.reviews.engine.JsonVariables.json(List.of("poole-council")),
          "localReviewReasons", "Learning"));
      AsyncContinuations.run(managementService);
      var terms = taskService.createTaskQuery().processInstanceId(review.getId()).singleResult();
      taskService.complete(terms.getId(), java.util.Map.of("localReviewTermsOfReference", "Transition", "reviewerName", "A Reviewer",
          "reviewMethod", "practitioner-learning-event",
          "agenciesInvolved", uk.org.safeguarding.reviews.engine.JsonVariables.json(List.of("poole-council"))));
      AsyncContinuations.run(managementService);
      var chase = managementService.createJobQuery().processInstanceId(runtimeService.createProcessInstanceQuery()
          .superProcessInstanceId(review.getId()).singleResult().getId()).activityId("Timer_ContributionOverdue").singleResult();
      managementService.executeJob(chase.getId());
      AsyncContinuations.run(managementService);
    } finally {
      org.camunda.bpm.engine.impl.util.ClockUtil.reset();
    }

    signIn("business.manager", "cockpit");
    WebElement first = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".safeguarding-deadlines tbody tr")));
    assertThat(first.getText()).contains(caseRef, "Escalation: Chase", "overdue", "Jan 2001");
    assertThat(first.getAttribute("class")).contains("deadline-overdue", "deadline-escalation");
    assertThat(browser.findElement(By.cssSelector(".safeguarding-deadlines .deadlines-status")).getText()).contains("overdue");
    assertThat(errorsShown()).isEmpty();
    ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView()",
        browser.findElement(By.cssSelector(".safeguarding-deadlines")));
    screenshot("cockpit-deadlines");
  }

  @ParameterizedTest
  @ValueSource(strings = {"business.manager", "board.chair", "scr.chair"})
  void theManagerAndTheChairsOpenCockpitsDashboardAndProcessesWithNoErrorAndNoHumanTasksPage(String user) throws Exception {
    new RestClient(port, () -> AsyncContinuations.run(managementService)).referralToImrs("Child Cockpit " + user);
    signIn(user, "cockpit");
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("a[href='#/processes']")));
    assertThePartnershipsLook();
    Thread.sleep(2000); // the dashboard's requests answer; an error would show as a red notification
    assertThat(errorsShown()).as("dashboard").isEmpty();
    assertThat(browser.findElements(By.cssSelector("a[href='#/tasks']"))).as("Human Tasks (needs READ on every task)")
        .allSatisfy(link -> assertThat(link.isDisplayed()).isFalse());
    screenshot("cockpit-dashboard-" + user);

    browser.findElement(By.cssSelector("a[href='#/processes']")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.partialLinkText("Agency contribution")));
    Thread.sleep(2000);
    assertThat(errorsShown()).as("processes").isEmpty();
    assertThat(browser.findElement(By.tagName("body")).getText()).as("concise process name")
        .doesNotContain("briefing note, rapid review summary");
    screenshot("cockpit-processes-" + user);

    // a contribution is found by its case and agency, not by an id
    browser.findElement(By.partialLinkText("Agency contribution")).click();
    wait.until(ExpectedConditions.elementToBeClickable(By.partialLinkText("Cases and agencies"))).click();
    wait.until(d -> d.findElements(By.cssSelector(".safeguarding-cases tbody tr")).stream()
        .anyMatch(row -> row.getText().contains("Child Cockpit " + user) && row.getText().contains("Dorset Police")));
    assertThat(errorsShown()).as("a contribution's page").isEmpty();
    screenshot("cockpit-cases-and-agencies-" + user);

    // why Human Tasks is not offered: opened by its address, its report is refused (READ on every task)
    browser.get("http://localhost:" + port + "/camunda/app/cockpit/default/#/tasks");
    wait.until(d -> !errorsShown().isEmpty());
    assertThat(String.join(" ", errorsShown())).containsIgnoringCase("permission");
  }

  @Test
  void thePanelReadsAnAgencysImrAsTextWithNoLinkMadeAndSendsBackOnlyItsDecision() throws Exception {
    String markdownLink = "Seen at A&E, see [Open the report](https://evil.example/login) and https://evil.example/bare";
    String htmlLink = "Referred on: <a href=\"https://evil.example/a\">the referral</a>";
    RestClient rest = new RestClient(port, () -> AsyncContinuations.run(managementService));
    rest.referralToImrs("Child Link");
    rest.complete("dorset-police", rest.onlyTask("dorset-police", "Child Link", "taskDefinitionKey=UserTask_SubmitImr"),
        RestClient.variables("imrAuthor", "A. Author", "imrAuthorRole", "Line manager", "imrChronology", markdownLink,
            "imrAnalysis", htmlLink, "imrLessons", "**Lessons** in _markdown_", "imrRecommendations", "# Recommendations"));
    rest.complete("dorset-police", rest.onlyTask("dorset-police", "Child Link", "taskDefinitionKey=UserTask_SignOffImr"),
        RestClient.variables("seniorManagerName", "B. Manager", "imrSignOff", "signed-off"));

    signIn("scr.member");
    openTask("Panel review of IMR — Child Link — Dorset Police");
    wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("button.claim"))).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("button.unclaim")));
    WebElement form = form();
    wait.until(d -> markdownLink.equals(form.findElement(By.cssSelector("textarea[id$='Shown_imrChronology']")).getDomProperty("value")));
    assertThat(form.findElement(By.cssSelector("textarea[id$='Shown_imrAnalysis']")).getDomProperty("value")).isEqualTo(htmlLink);
    assertThat(form.getText()).contains("Panel review of the IMR", "Chronology", "Analysis", "Panel decision");
    assertThat(form.findElements(By.cssSelector(".fjs-form-field a:not(.fjs-powered-by-link), .fjs-form-field img, .fjs-form-field h1")))
        .extracting(e -> e.getDomProperty("outerHTML"))
        .as("case text is shown as text: no link, image or heading is made of it").isEmpty();
    assertThat(browser.findElements(By.cssSelector("a[href*='evil.example']"))).isEmpty();
    browser.manage().window().setSize(new Dimension(1400, 2600));
    screenshot("imr-panel-review");

    // what Tasklist sends on completion: the panel's decision, none of the IMR shown to it
    ((JavascriptExecutor) browser).executeScript("""
        window.sentToServer = [];
        const open = XMLHttpRequest.prototype.open, send = XMLHttpRequest.prototype.send;
        XMLHttpRequest.prototype.open = function (method, url) { this.sentTo = url; return open.apply(this, arguments); };
        XMLHttpRequest.prototype.send = function (body) {
          window.sentToServer.push({ url: String(this.sentTo), body: String(body) });
          return send.apply(this, arguments);
        };""");
    form.findElement(By.xpath(".//label[contains(., 'Accept the IMR')]")).click();
    wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("button[ng-click='complete()']"))).click();
    Object submitted = wait.until(d -> ((JavascriptExecutor) d).executeScript(
        "const s = window.sentToServer.find(r => r.url.includes('submit-form')); return s ? s.body : null;"));
    JsonNode variables = RestClient.JSON.readTree(String.valueOf(submitted)).path("variables");
    assertThat(variables.path("imrPanelDecision").path("value").asText()).isEqualTo("accepted");
    List<String> sent = new java.util.ArrayList<>();
    variables.fieldNames().forEachRemaining(sent::add);
    assertThat(sent).as("the disabled fields showing the IMR are not submitted").containsExactly("imrPanelDecision");
    wait.until(d -> rest.tasks("scr.member", "Child Link", "taskDefinitionKey=UserTask_ReviewImr").isEmpty());
    WebElement confirmation = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".step-confirmation")));
    assertThat(confirmation.getText()).as("the panel is told its step is done")
        .isEqualTo("Saved: Panel review of IMR — Child Link — Dorset Police is complete.");
    assertThat(inView(confirmation)).isTrue();
  }

  /** The field a form labels so (form-js ties each label to its input). */
  WebElement field(WebElement form, String label) {
    WebElement labelled = form.findElement(By.xpath(".//label[starts-with(normalize-space(.), '" + label + "')]"));
    return form.findElement(By.id(labelled.getDomAttribute("for")));
  }

  boolean inView(WebElement element) {
    return Boolean.TRUE.equals(((JavascriptExecutor) browser).executeScript(
        "const r = arguments[0].getBoundingClientRect(); return r.height > 0 && r.top >= 0 && r.bottom <= window.innerHeight;",
        element));
  }

  @Test
  void aRefusedReferralSaysWhyWhereTheChairIsLooking_datesDayFirstFromMondayUpToToday_andNothingLostToEsc() throws Exception {
    // a case of this reference is already open, so the server refuses a second referral of it
    String caseRef = "Child Twice " + System.nanoTime() % 100000;
    RestClient rest = new RestClient(port, () -> AsyncContinuations.run(managementService));
    rest.startReferral(caseRef);
    signIn("scr.chair");
    wait.until(d -> java.net.URLDecoder.decode(d.getCurrentUrl(), java.nio.charset.StandardCharsets.UTF_8).contains("sorting="));
    assertThat(java.net.URLDecoder.decode(browser.getCurrentUrl(), java.nio.charset.StandardCharsets.UTF_8))
        .as("tasks in due-date order, soonest first").contains("{\"sortBy\":\"dueDate\",\"sortOrder\":\"asc\"}");
    WebElement form = startForm("Safeguarding referral");
    field(form, "Case reference").sendKeys(caseRef);
    field(form, "Summary of the incident").sendKeys("Injuries seen at nursery");
    field(form, "Referring agency").sendKeys("Dorset Police");
    form.findElement(By.xpath(".//label[contains(., 'Dorset Police')]")).click();

    WebElement aware = field(form, "Date the board became aware");
    assertThat(aware.getDomAttribute("placeholder")).as("dates typed day first").isEqualTo("dd/mm/yyyy");
    aware.click();
    WebElement firstDay = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".flatpickr-calendar.open .flatpickr-weekday")));
    assertThat(firstDay.getText().trim()).as("the week starts on Monday").isEqualTo("Mon");
    java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Europe/London"));
    String tomorrowLabel = today.plusDays(1).format(java.time.format.DateTimeFormatter.ofPattern("MMMM d, yyyy", java.util.Locale.ENGLISH));
    String todayLabel = today.format(java.time.format.DateTimeFormatter.ofPattern("MMMM d, yyyy", java.util.Locale.ENGLISH));
    if (today.plusDays(1).getMonthValue() == today.getMonthValue()) {
      assertThat(browser.findElement(By.cssSelector(".flatpickr-calendar.open .flatpickr-day[aria-label='" + tomorrowLabel + "']"))
          .getAttribute("class")).as("a day to come is not offered: the board cannot have become aware tomorrow").contains("flatpickr-disabled");
    }
    assertThat(browser.findElement(By.cssSelector(".flatpickr-calendar.open .flatpickr-day[aria-label='" + todayLabel + "']"))
        .getAttribute("class")).doesNotContain("flatpickr-disabled");
    aware.sendKeys(today.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")));
    aware.sendKeys(org.openqa.selenium.Keys.ESCAPE);
    aware.sendKeys(org.openqa.selenium.Keys.ESCAPE);
    assertThat(browser.findElements(By.cssSelector(".modal .fjs-form"))).as("Esc keeps the Start dialog open").hasSize(1);
    assertThat(field(form, "Case reference").getDomProperty("value")).as("nothing typed is lost").isEqualTo(caseRef);

    browser.findElement(By.cssSelector(".modal-footer button[ng-click='startProcessInstance()']")).click();
    WebElement refusal = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".modal .alert-danger, .modal .alert-error")));
    assertThat(refusal.getText()).contains(caseRef, "already")
        .doesNotContainPattern("[0-9a-f]{8}-[0-9a-f]{4}|process-definition|Exception");
    assertThat(inView(refusal)).as("the refusal is where the chair is looking").isTrue();
    assertThat(field(form, "Case reference").getDomProperty("value")).as("the form is kept to correct").isEqualTo(caseRef);
    screenshot("tasklist-start-refused");
  }

  @Test
  void theScrGroupChairAsksForAnExtensionWhenItIsNeeded_andNoAgencyIsOfferedIt() throws Exception {
    String caseRef = "Child Extension " + System.nanoTime() % 100000;
    RestClient rest = new RestClient(port, () -> AsyncContinuations.run(managementService));
    rest.referralToImrs(caseRef);

    signIn("dorset-police");
    assertThat(browser.findElements(By.partialLinkText("Ask for an extension"))).as("an agency may not ask").isEmpty();
    browser.manage().deleteAllCookies();

    signIn("scr.chair");
    wait.until(ExpectedConditions.elementToBeClickable(By.partialLinkText("Ask for an extension"))).click();
    WebElement dialog = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".extension-request-dialog")));
    new org.openqa.selenium.support.ui.Select(dialog.findElement(By.cssSelector("select[name=review]"))).selectByValue(caseRef);
    ((JavascriptExecutor) browser).executeScript("arguments[0].value = '2030-06-28'",
        dialog.findElement(By.cssSelector("input[name=proposedDueDate]")));
    dialog.findElement(By.cssSelector("textarea[name=extensionReason]")).sendKeys("Criminal trial listed for May");
    dialog.findElement(By.cssSelector("button[type=submit]")).click();
    WebElement done = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".extension-request-message.alert-success")));
    assertThat(done.getText()).contains("Asked", caseRef, "28 Jun 2030");
    screenshot("tasklist-extension-request");
    JsonNode decision = rest.onlyTask("board.chair", caseRef, "taskDefinitionKey=UserTask_DecideExtension");
    assertThat(decision.path("name").asText()).isNotEmpty();
    assertThat(errorsShown()).isEmpty();
  }

  /** For people to look at: target/browser/NAME.png. */
  void screenshot(String name) throws Exception {
    Path dir = Files.createDirectories(Path.of("target", "browser"));
    Files.write(dir.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
  }
}
