package uk.org.safeguarding.reviews.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.mock.env.MockEnvironment;

import uk.org.safeguarding.reviews.SafeguardingApplication;

/** Production never starts with default credentials. */
class ProductionProfileTest {

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

    MockEnvironment withDemo = new MockEnvironment().withProperty("safeguarding.admin.password", "a-long-enough-password")
        .withProperty("safeguarding.demo.enabled", "true");
    withDemo.setActiveProfiles("production");
    assertThatThrownBy(() -> check.postProcessEnvironment(withDemo, null)).hasMessageContaining("Demo users cannot be enabled");

    MockEnvironment good = new MockEnvironment().withProperty("safeguarding.admin.password", "a-long-enough-password");
    good.setActiveProfiles("production");
    check.postProcessEnvironment(good, null);
  }

  @Test
  void outsideProductionNothingIsRequired() {
    new ProductionSafetyCheck().postProcessEnvironment(new StandardEnvironment(), null);
  }
}
