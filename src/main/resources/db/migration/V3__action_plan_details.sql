-- What the action plan process records on each action besides V1's columns: when the owning
-- agency was asked for progress and last reported, when it fell overdue and was chased, and the
-- SCR group chair's sign-off or reopening.
ALTER TABLE action_plan_action ADD COLUMN progress_requested_on DATE;
ALTER TABLE action_plan_action ADD COLUMN progress_reported_on DATE;
ALTER TABLE action_plan_action ADD COLUMN overdue_since DATE;
ALTER TABLE action_plan_action ADD COLUMN chased_on DATE;
ALTER TABLE action_plan_action ADD COLUMN chase_notes VARCHAR(4000);
ALTER TABLE action_plan_action ADD COLUMN sign_off_notes VARCHAR(4000);
ALTER TABLE action_plan_action ADD COLUMN reopened_count INTEGER DEFAULT 0 NOT NULL;
CREATE INDEX action_plan_action_process ON action_plan_action (process_instance_id);
