-- What the register keeps besides V1's columns, for the case view and the annual report: when a
-- review was concluded (its report completed or signed off) with a note ("publication expected
-- June 2011 due to criminal proceedings"), when and where it was published, its 7-minute briefing,
-- the themes it raised and its learning points, the rapid review it came from, and whether it was
-- imported from before the system (no process instance of its own).
ALTER TABLE register_entry ADD COLUMN concluded_on DATE;
ALTER TABLE register_entry ADD COLUMN concluded_note VARCHAR(1000);
ALTER TABLE register_entry ADD COLUMN published_on DATE;
ALTER TABLE register_entry ADD COLUMN publication_link VARCHAR(1000);
ALTER TABLE register_entry ADD COLUMN briefing VARCHAR(8000);
ALTER TABLE register_entry ADD COLUMN briefing_published_on DATE;
ALTER TABLE register_entry ADD COLUMN briefing_published_where VARCHAR(1000);
-- comma-separated theme keys: neglect,domestic-abuse,online-harm,mental-health ...
ALTER TABLE register_entry ADD COLUMN themes VARCHAR(1000);
ALTER TABLE register_entry ADD COLUMN learning_points VARCHAR(8000);
-- the process instance of the rapid review a local CSPR or local learning review came from
ALTER TABLE register_entry ADD COLUMN rapid_review_instance_id VARCHAR(64);
ALTER TABLE register_entry ADD COLUMN imported BOOLEAN DEFAULT FALSE NOT NULL;
CREATE INDEX register_entry_type_opened ON register_entry (entry_type, opened_on);
CREATE INDEX register_entry_opened ON register_entry (opened_on);

-- The day a clock started counting from (the decision, the day the local authority became aware,
-- the planned publication), shown beside its due day.
ALTER TABLE register_clock ADD COLUMN anchor_on DATE;
CREATE INDEX register_clock_due ON register_clock (due_on);
