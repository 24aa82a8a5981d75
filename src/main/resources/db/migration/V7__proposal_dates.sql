-- The dates a proposal's sentence gives it besides when it was made: when it takes effect and when it ends
-- already have columns; they keep the phrase they were read from, and a deadline joins them.
ALTER TABLE proposal ADD COLUMN effective_phrase varchar(200);
ALTER TABLE proposal ADD COLUMN ended_phrase varchar(200);
ALTER TABLE proposal ADD COLUMN deadline_at timestamp;
ALTER TABLE proposal ADD COLUMN deadline_precision varchar(20);
ALTER TABLE proposal ADD COLUMN deadline_phrase varchar(200);
