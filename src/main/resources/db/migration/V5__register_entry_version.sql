-- Optimistic locking of a register entry: two updates of one case at the same moment (e.g. every
-- agency's reminder timer falling due at 09:00) must not overwrite each other's milestones.
alter table register_entry add column version bigint default 0 not null;
