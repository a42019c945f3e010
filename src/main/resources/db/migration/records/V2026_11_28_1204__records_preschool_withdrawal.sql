-- A guardian's application to end a child's pre-school place (uppsägning), one standing a child; applying
-- again changes the last day.
CREATE TABLE records_withdrawal (
    id         uuid PRIMARY KEY,
    child      char(12) NOT NULL UNIQUE,
    preschool  text NOT NULL,
    last_day   date NOT NULL,
    applied_by char(12) NOT NULL,
    applied_at timestamptz NOT NULL
);
CREATE INDEX records_withdrawal_by_preschool ON records_withdrawal (preschool, last_day);
