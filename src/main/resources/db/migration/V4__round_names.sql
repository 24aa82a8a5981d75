-- an editor's name for a round, which imports no longer re-derive
alter table negotiation_round add column name_locked boolean not null default false;
