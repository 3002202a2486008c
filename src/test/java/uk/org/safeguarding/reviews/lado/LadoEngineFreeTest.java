package uk.org.safeguarding.reviews.lado;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

import org.junit.jupiter.api.Test;

/** The LADO's records hold rules and data only: the lado-allegation process's delegates adapt them to the engine. */
class LadoEngineFreeTest {

  @Test
  void theLadosRecordsKnowNothingOfTheEngine() {
    JavaClasses lado = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("uk.org.safeguarding.reviews.lado");
    noClasses().that().belongToAnyOf(LadoRecords.class, LadoRules.class, LadoFigures.class, LadoCase.class,
        LadoExclusion.class, EarlierConcern.class, LadoCaseRepository.class, LadoExclusionRepository.class)
        .should().dependOnClassesThat().resideInAPackage("org.camunda..").check(lado);
  }
}
