package uk.org.safeguarding.reviews.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestExecutionListeners;

/**
 * A test that drives the real engine in the real application context, with the job executor off:
 * timers fire only when the test executes their jobs. The flow nodes and sequence flows each test
 * class reaches are recorded ({@link ProcessCoverageListener}) in target/process-test-coverage/, one
 * folder a class; {@code ProcessCoverageIT} holds every process to its floor.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest
@ActiveProfiles("test")
@Import({TestDatabase.class, ProcessCoverageListener.EngineSetup.class})
@TestExecutionListeners(listeners = ProcessCoverageListener.class,
    mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
public @interface ProcessTest {}
