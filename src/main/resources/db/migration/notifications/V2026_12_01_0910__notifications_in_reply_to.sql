-- A notice that answers an e-mail (the contact centre's reply to a resident) keeps that e-mail's Message-ID,
-- so the e-mail sent with it says In-Reply-To and the resident's mail program shows the reply in its thread.
ALTER TABLE notifications_inbox ADD COLUMN in_reply_to text;
