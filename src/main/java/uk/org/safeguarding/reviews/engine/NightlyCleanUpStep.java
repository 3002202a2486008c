package uk.org.safeguarding.reviews.engine;

import org.camunda.bpm.engine.impl.interceptor.CommandContext;

/**
 * Records of ours, or of the engine's that Camunda never removes, removed by the engine's own nightly
 * history clean-up job after its own work: in the same job, in its batch window, on one node
 * ({@link NightlyCleanUp}). A Spring bean of this type is taken up at start-up.
 */
public interface NightlyCleanUpStep {

  /** Removes what is past its time, in the clean-up job's command (its transaction and connection). */
  void removePastItsTime(CommandContext commandContext);
}
