package uk.org.safeguarding.reviews.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.mock.env.MockEnvironment;

import uk.org.safeguarding.reviews.SafeguardingApplication;

/** Production never starts with default credentials. */
@ExtendWith(OutputCaptureExtension.class)
class ProductionProfileTest {

  /** Quotes, $, #, braces, a backslash, spaces, accents; placeholders and an expression that must stay as they are. */
  static final String ODD_SECRET = "It's \"Zebra7Quokka\" $5 #{1+1} ${user.home} {} \\ ça va";

  @Test
  void productionWithoutAnAdministratorPasswordFailsFastWithAClearMessage() {
    long started = System.nanoTime();
    assertThatThrownBy(() -> new SpringApplicationBuilder(SafeguardingApplication.class)
        .profiles("production")
        .properties("server.port=0", "spring.datasource.url=jdbc:h2:mem:never-used")
        .run())
        .hasStackTraceContaining("The production profile needs an administrator password: set SAFEGUARDING_ADMIN_PASSWORD");
    assertThat(System.nanoTime() - started).as("before any database or engine starts").isLessThan(20_000_000_000L);
  }

  @Test
  void productionRefusesAShortPasswordAndDemoUsers() {
    ProductionSafetyCheck check = new ProductionSafetyCheck();
    MockEnvironment shortPassword = new MockEnvironment().withProperty("safeguarding.admin.password", "secret");
    shortPassword.setActiveProfiles("production");
    assertThatThrownBy(() -> check.postProcessEnvironment(shortPassword, null)).hasMessageContaining("at least 12 characters");

    MockEnvironment withDemo = new MockEnvironment().withProperty("safeguarding.admin.password", "A-long-enough-passw0rd")
        .withProperty("safeguarding.demo.enabled", "true");
    withDemo.setActiveProfiles("production");
    assertThatThrownBy(() -> check.postProcessEnvironment(withDemo, null)).hasMessageContaining("Demo users cannot be enabled");

    MockEnvironment good = new MockEnvironment().withProperty("safeguarding.admin.password", "A-long-enough-passw0rd");
    good.setActiveProfiles("production");
    check.postProcessEnvironment(good, null);
  }

  @Test
  void productionRefusesAnAdministratorPasswordThePolicyRefusesNamingTheRuleNotThePassword() {
    MockEnvironment weak = new MockEnvironment().withProperty("safeguarding.admin.password", "correct horse battery staple");
    weak.setActiveProfiles("production");
    assertThatThrownBy(() -> new ProductionSafetyCheck().postProcessEnvironment(weak, null))
        .hasMessageContaining("SAFEGUARDING_ADMIN_PASSWORD is refused")
        .hasMessageContaining("PASSWORD_POLICY_UPPERCASE").hasMessageContaining("PASSWORD_POLICY_DIGIT")
        .hasMessageNotContaining("PASSWORD_POLICY_LENGTH").hasMessageNotContaining("horse");

    MockEnvironment named = new MockEnvironment().withProperty("safeguarding.admin.password", "Admin-password-2026")
        .withProperty("safeguarding.admin.user", "admin");
    named.setActiveProfiles("production");
    assertThatThrownBy(() -> new ProductionSafetyCheck().postProcessEnvironment(named, null))
        .hasMessageContaining("PASSWORD_POLICY_USER_DATA");
  }

  @Test
  void theSecretIsReadAsItWasSetNeverExpanded() {
    MockEnvironment environment = new MockEnvironment().withProperty("safeguarding.admin.password", ODD_SECRET);
    assertThat(AdministratorSettings.from(environment).password()).isEqualTo(ODD_SECRET);
    assertThat(AdministratorSettings.from(environment).userId()).isEqualTo("admin");
    assertThat(AdministratorSettings.from(environment).toString()).doesNotContain("Zebra7Quokka");
  }

  @Test
  void outsideProductionNothingIsRequired() {
    new ProductionSafetyCheck().postProcessEnvironment(new StandardEnvironment(), null);
  }

  @Test
  void aSecretWithAnyCharacterStartsProductionAndIsNeverLogged(CapturedOutput output) {
    StandardEnvironment environment = new StandardEnvironment();
    environment.getPropertySources().addFirst(new SystemEnvironmentPropertySource("operator's environment",
        Map.of("SAFEGUARDING_ADMIN_PASSWORD", ODD_SECRET)));
    try (ConfigurableApplicationContext production = new SpringApplicationBuilder(SafeguardingApplication.class)
        .environment(environment)
        .profiles("production")
        .run("--server.port=0", "--spring.datasource.url=jdbc:h2:mem:production-secret", "--camunda.bpm.job-execution.enabled=false",
            "--debug")) {
      IdentityService identityService = production.getBean(IdentityService.class);
      assertThat(identityService.checkPassword("admin", ODD_SECRET)).as("the administrator signs in with the secret as set").isTrue();
      assertThat(identityService.createUserQuery().memberOfGroup(Groups.ADMINISTRATORS).list()).extracting("id").containsExactly("admin");
    }
    assertThat(output.getAll()).contains("Administrator 'admin' created").doesNotContain("Zebra7Quokka");
  }
}
