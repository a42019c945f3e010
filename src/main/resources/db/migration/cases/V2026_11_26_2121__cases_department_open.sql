-- The officers' inbox lists a department's open cases oldest first and counts its tabs (new, mine,
-- awaiting supplement, overdue, open) on every page: with a million cases, mostly closed, these read only
-- the few open ones, in order, and the counts come from the index alone.
CREATE INDEX cases_case_department_open ON cases_case (department, submitted_at) INCLUDE (status, due_at, assigned_to)
    WHERE status IN ('SUBMITTED', 'RECEIVED', 'IN_PROGRESS', 'AWAITING_SUPPLEMENT');
