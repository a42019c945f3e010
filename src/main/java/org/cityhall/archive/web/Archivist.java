package org.cityhall.archive.web;

import java.security.Principal;

import org.cityhall.audit.AuditLog;

/** The archivist who is signed in, as the audit log and the disposal log name them: by their staff id. */
record Archivist(String id) {

	static final String ROLE = "archivist";

	static Archivist of(Principal principal) {
		return new Archivist(principal.getName());
	}

	/** A read of a person's data by this archivist, from a page. */
	AuditLog.Read read(String subjectId, String what, String purpose) {
		return new AuditLog.Read(id, id, ROLE, subjectId, what, purpose, "web");
	}
}
