-- Officers set up school choice from the staff pages (issue 7): a school's street address and the grades it
-- offers, and the grades a round is for. Schools and rounds made before this offered every grade.

ALTER TABLE placement_school ADD COLUMN address text NOT NULL DEFAULT '';
ALTER TABLE placement_school ADD COLUMN grades text[] NOT NULL DEFAULT '{f,4,7}';
ALTER TABLE placement_round ADD COLUMN grades text[] NOT NULL DEFAULT '{f,4,7}';
