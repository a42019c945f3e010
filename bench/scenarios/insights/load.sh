#!/usr/bin/env bash
# prepare.after-ready of the insights scenario: the application is up and its schema migrated.
# Writes five years of cases for every e-service of the catalogue (its yearly volume from the benefit
# estimate in its definition; the digital share growing from 50 % to 90 % over the five years; the rest by
# phone, e-mail and paper; decisions 1 to 30 days later) into insights_case, as the listeners keep them,
# with generate_series in the database (no file to copy), and then the monthly figures the listeners keep
# from them, by GROUP BY. Also drafts abandoned at each e-service's first three steps. Done once: a database
# that already holds the data keeps it.
# psql connects through the PG* variables bench/run exports.
set -euo pipefail
cd "${BENCH_ROOT:?run through bench/run}"
command -v psql >/dev/null || { echo "psql is needed to load the data set" >&2; exit 1; }
psql() { command psql -X -q -v ON_ERROR_STOP=1 "$@"; }
meta() {
  [[ -z "${BENCH_META_FILE:-}" ]] || printf '%s\n' "$@" >>"$BENCH_META_FILE"
}

# id;department;yearly cases;handling target days, from the definitions.
eservices="$(for f in src/main/resources/eservices/*.yml; do
  awk -v OFS=';' '
    /^id:/ { id = $2 }
    /^department:/ { dept = $2 }
    /^  yearlyCases:/ { yearly = $2 }
    /^handlingTargetDays:/ { target = $2 }
    END { if (yearly == "") yearly = 1000; if (target == "") target = 30; print id, dept, yearly, target }' "$f"
done)"
expected="$(awk -F';' '{ s += $3 * 5 } END { print s }' <<<"$eservices")"
values="$(awk -F';' '{ printf "%s(\x27%s\x27, \x27%s\x27, %d, %d)", (NR > 1 ? ", " : ""), $1, $2, $3, $4 }' <<<"$eservices")"

loaded="$(psql -tA -c "SELECT count(*) FROM insights_case WHERE department LIKE 'bench:%'")"
if [[ "$loaded" == "$expected" ]]; then
  echo "The database holds the $expected cases: not loaded again"
  meta "dataset_load=already in the database"
else
  echo "Writing $expected cases over five years for $(wc -l <<<"$eservices") e-services"
  start=$SECONDS
  psql <<SQL
SET synchronous_commit = off;
CREATE TEMP TABLE bench_eservice (id text, department text, yearly int, target int);
INSERT INTO bench_eservice VALUES $values;
BEGIN;
TRUNCATE insights_case, insights_month, insights_handling_month, insights_abandoned_step;
DELETE FROM insights_draft;
INSERT INTO insights_case (case_id, eservice_id, department, channel, submitted_at, decided_at)
SELECT gen_random_uuid(), e.id, 'bench:' || e.department,
       CASE WHEN x.r < x.share THEN 'WEB'
            WHEN x.r < x.share + (1 - x.share) * 0.6 THEN 'PHONE'
            WHEN x.r < x.share + (1 - x.share) * 0.85 THEN 'EMAIL'
            ELSE 'PAPER' END,
       x.at, x.at + make_interval(days => 1 + floor(random() * 30)::int)
FROM bench_eservice e
CROSS JOIN LATERAL generate_series(1, e.yearly * 5) AS i
CROSS JOIN LATERAL (SELECT a.at, random() AS r,
                           0.9 - 0.4 * extract(epoch FROM now() - a.at) / extract(epoch FROM interval '1826 days') AS share
                    FROM (SELECT now() - make_interval(secs => random() * 1826 * 86400 + i * 0) AS at) a) x;
INSERT INTO insights_month (eservice_id, month, channel, cases)
SELECT eservice_id, date_trunc('month', submitted_at AT TIME ZONE 'Europe/Stockholm')::date, channel, count(*)
FROM insights_case GROUP BY 1, 2, 3;
INSERT INTO insights_handling_month (eservice_id, month, decided, days_total, within_target)
SELECT c.eservice_id, date_trunc('month', c.decided_at AT TIME ZONE 'Europe/Stockholm')::date, count(*),
       sum((c.decided_at AT TIME ZONE 'Europe/Stockholm')::date - (c.submitted_at AT TIME ZONE 'Europe/Stockholm')::date),
       count(*) FILTER (WHERE (c.decided_at AT TIME ZONE 'Europe/Stockholm')::date
                               - (c.submitted_at AT TIME ZONE 'Europe/Stockholm')::date <= e.target)
FROM insights_case c JOIN bench_eservice e ON e.id = c.eservice_id
WHERE c.decided_at <= now()
GROUP BY 1, 2;
INSERT INTO insights_abandoned_step (eservice_id, step_id, step_index, drafts)
SELECT e.id, 'step-' || s, s, e.yearly * 5 / (20 * s) FROM bench_eservice e CROSS JOIN generate_series(1, 3) s;
UPDATE insights_backfill SET finished_at = now();
COMMIT;
ANALYZE insights_case;
ANALYZE insights_month;
SQL
  meta "dataset_load=loaded now, $((SECONDS - start)) s"
fi
meta "dataset_cases=$expected" "dataset_months=$(psql -tA -c "SELECT count(*) FROM insights_month")" \
  "dataset_eservices=$(wc -l <<<"$eservices")"
