-- Photos on reports (issue 12). A reporter chooses photos on the report page; each is checked, re-encoded
-- without its metadata and kept in the document store at once, and staged under the form's key, so a photo
-- survives a mistake elsewhere on the form without being chosen again and no one can attach a document
-- they did not upload. When the report is sent, its photos go with its case as attachments and are listed
-- here; the public sees one only after an officer approved it (photos can show faces and number plates).

CREATE TABLE feedback_photo_staged (
    form_key    text NOT NULL,
    sha256      text NOT NULL,
    filename    text NOT NULL,
    media_type  text NOT NULL,
    size        bigint NOT NULL,
    staged_at   timestamptz NOT NULL,
    PRIMARY KEY (form_key, sha256)
);

CREATE INDEX feedback_photo_staged_at ON feedback_photo_staged (staged_at);

CREATE TABLE feedback_report_photo (
    reference   text NOT NULL REFERENCES feedback_report (reference),
    sha256      text NOT NULL,
    filename    text NOT NULL,
    media_type  text NOT NULL,
    size        bigint NOT NULL,
    position    int NOT NULL,
    approved    boolean NOT NULL DEFAULT false,
    reviewed_by text,
    reviewed_at timestamptz,
    PRIMARY KEY (reference, sha256)
);

-- The first approved photo, kept on the report so Open311's searches give its media_url without a join.
ALTER TABLE feedback_report ADD COLUMN public_photo text;
