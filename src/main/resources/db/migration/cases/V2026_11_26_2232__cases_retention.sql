-- How long the e-archive keeps a case's records: its e-service's retention class when it was
-- submitted (keep, dispose-10y), carried on every event of the case. Cases submitted before classes
-- were written are kept: nothing is disposed of without a rule.
ALTER TABLE cases_case ADD COLUMN retention text NOT NULL DEFAULT 'keep';
