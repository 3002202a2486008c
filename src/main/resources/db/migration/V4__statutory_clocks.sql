-- Statutory and local clocks on the register: each deadline a case is held to, when it fell due,
-- when it was done, so the register shows whether it was met (yearly report, Panel returns).
CREATE TABLE register_clock (
  register_entry      BIGINT       NOT NULL REFERENCES register_entry (id),
  register_entry_key  INTEGER      NOT NULL,
  clock               VARCHAR(60)  NOT NULL,
  description         VARCHAR(200) NOT NULL,
  due_on              DATE         NOT NULL,
  done_on             DATE,
  PRIMARY KEY (register_entry, register_entry_key)
);
