-- Each alternative's order version: bumped in the same transaction as any change to who waits for it, or
-- how they rank, so a node can keep the alternative's order index in memory and know, with one primary
-- key read, whether it still holds (see docs/queues.md, "Positions at scale").
ALTER TABLE queues_alternative ADD COLUMN order_version bigint NOT NULL DEFAULT 0;
