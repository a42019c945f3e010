-- The housing queue's yearly fees after the first (which the application itself incurs): one row per
-- member and year of membership, with the fee billing recorded, so each year is charged once.
CREATE TABLE queues_annual_fee (
    entry_id    uuid NOT NULL REFERENCES queues_entry (id),
    year        integer NOT NULL CHECK (year > 0),
    fee_id      uuid NOT NULL,
    incurred_at timestamptz NOT NULL,
    PRIMARY KEY (entry_id, year)
);
