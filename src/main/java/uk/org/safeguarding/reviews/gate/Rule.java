package uk.org.safeguarding.reviews.gate;

/** What the submission gate does with an engine command a signed-in user sends. */
enum Rule {
  /** Reading: the engine's authorizations decide what the user sees. */
  READ,
  /**
   * Counts across every case of a process (a definition's statistics) and the engine's own counts (its
   * metrics), which the engine gives without regard to which cases the user may read: only for those who
   * watch the work, in Cockpit or Admin.
   */
  READ_COUNTS,
  /** The engine's own work (job acquisition, schema, metrics): no API sends it for a user. */
  ENGINE,
  /** Never for a user, whatever their grants: it would change the record outside the processes. */
  REFUSED,
  /** Starting a process: only at its start event, only with what its start form writes. */
  START_FORM,
  /** Completing a task: only with what its form writes. */
  TASK_FORM,
  /** Claiming a task: only for oneself. */
  CLAIM,
  /** Assigning a task: to nobody, oneself, or a member of the groups the task is offered to. */
  ASSIGN,
  /** A comment on a task one may work on. */
  ADD_COMMENT,
  /** A task's comments and history: only with the task. */
  READ_TASK_COMMENTS,
  /** A case's comments: only with the case. */
  READ_CASE_COMMENTS,
  /** Retrying a failed job: the business manager, for a job that has failed. */
  RETRY_FAILED_JOB,
  /** Users, groups, memberships, tenants, grants, unlocks: administrators (one's own account: anyone). */
  IDENTITY_ADMINISTRATION,
  /** The job listener that follows a job execution the gate refused: skipped, so no retry is spent. */
  SKIP_FOR_USERS
}
