-- What a person has typed into a task's form and not yet completed (Tasklist's drafts/TaskDrafts):
-- one draft per task and person, kept on the server (browser drafts are off: shared computers),
-- removed when the task is completed or deleted.
CREATE TABLE task_draft (
  task_id      VARCHAR(64)    NOT NULL,
  user_id      VARCHAR(100)   NOT NULL,
  -- the form's field values, a JSON object (at most 64 KB: drafts/DraftsController)
  form_values  VARCHAR(65536) NOT NULL,
  saved_at     TIMESTAMP      NOT NULL,
  PRIMARY KEY (task_id, user_id)
);
