package uk.org.safeguarding.reviews;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

import org.junit.jupiter.api.Test;

import uk.org.safeguarding.reviews.lado.LadoAllegation;
import uk.org.safeguarding.reviews.lado.LadoFigures;
import uk.org.safeguarding.reviews.lado.LadoRecords;
import uk.org.safeguarding.reviews.lado.LadoRules;
import uk.org.safeguarding.reviews.actionplan.ActionPlan;
import uk.org.safeguarding.reviews.contribution.ContributionRules;
import uk.org.safeguarding.reviews.localreview.LocalLearningReview;
import uk.org.safeguarding.reviews.rapidreview.RapidReviewRules;
import uk.org.safeguarding.reviews.referral.ReferralRules;
import uk.org.safeguarding.reviews.review.SeriousCaseReview;

/**
 * The shape of the code, kept by the build: packages by feature with no cycle between them, the
 * shared packages below the process packages, and the working-day calendar and each process's
 * service free of the engine.
 */
class ArchitectureTest {

  static final JavaClasses CODE = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("uk.org.safeguarding.reviews");

  static final String[] PROCESS_PACKAGES = {"..referral..", "..review..", "..audit..", "..contribution..",
      "..actionplan..", "..rapidreview..", "..localreview.."};

  /**
   * The process packages that have their service: the class named after the process, holding its
   * rules with plain values in and out. Add a package's service here when it gets one.
   */
  static final Class<?>[] PROCESS_SERVICES = {SeriousCaseReview.class, ActionPlan.class, RapidReviewRules.class,
      ContributionRules.class, ReferralRules.class, LocalLearningReview.class, LadoAllegation.class, LadoRecords.class,
      LadoRules.class, LadoFigures.class};

  @Test
  void noPackageDependsOnItselfThroughAnother() {
    slices().matching("uk.org.safeguarding.reviews.(*)..").should().beFreeOfCycles().check(CODE);
  }

  @Test
  void theSharedPackagesKnowNoProcess() {
    noClasses().that().resideInAnyPackage("..engine..", "..forms..", "..cases..", "..gate..", "..web..", "..identity..",
        "..calendar..", "..register..", "..notification..")
        .should().dependOnClassesThat().resideInAnyPackage(PROCESS_PACKAGES).check(CODE);
  }

  @Test
  void workingDaysAndDeadlinesKnowNothingOfTheEngine() {
    noClasses().that().resideInAPackage("..calendar..").should().dependOnClassesThat().resideInAPackage("org.camunda..")
        .check(CODE);
  }

  @Test
  void aProcessPackagesServiceIsFreeOfTheEngine() {
    noClasses().that().belongToAnyOf(PROCESS_SERVICES).should().dependOnClassesThat().resideInAPackage("org.camunda..")
        .because("a process package's service (the class named after the process) holds its rules; its delegates adapt it"
            + " to the engine")
        .check(CODE);
  }
}
