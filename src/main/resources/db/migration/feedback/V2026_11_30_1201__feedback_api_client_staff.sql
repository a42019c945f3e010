-- Open311 API keys issued by administrators on a staff page (issue 12): whom to contact about the client,
-- and who issued and revoked its key, when. The key itself is still kept only as its SHA-256.
ALTER TABLE feedback_api_client ADD COLUMN contact text;
ALTER TABLE feedback_api_client ADD COLUMN issued_by text;
ALTER TABLE feedback_api_client ADD COLUMN revoked_by text;
ALTER TABLE feedback_api_client ADD COLUMN revoked_at timestamptz;
