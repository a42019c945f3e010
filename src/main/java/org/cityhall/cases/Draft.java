package org.cityhall.cases;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.cityhall.catalogue.EService;
import org.cityhall.forms.Answers;
import org.cityhall.shared.Actor;
import org.cityhall.shared.Party;

/**
 * A form being filled in, saved at every step. A draft is not a submitted document: it has no case
 * number and no receipt, and it expires when left alone.
 *
 * @param ownerId who fills it in: the signed-in party's id, a member of staff registering a paper
 *        application, or a private token for an e-service open without login
 * @param subject whose matter it will be
 * @param files the files uploaded so far, by the SHA-256 that the answers refer to them by
 * @param stepReached the last step whose answers were accepted
 */
public record Draft(UUID id, String eserviceId, String ownerId, Party subject, Actor.Representation representation,
		EService.Channel channel, Answers answers, Map<String, UploadedFile> files, Optional<String> stepReached,
		Instant createdAt, Instant updatedAt, Instant expiresAt, Optional<CaseId> submittedAs) {

	public Draft {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(eserviceId, "eserviceId");
		Objects.requireNonNull(ownerId, "ownerId");
		Objects.requireNonNull(subject, "subject");
		Objects.requireNonNull(representation, "representation");
		Objects.requireNonNull(channel, "channel");
		Objects.requireNonNull(answers, "answers");
		files = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(files));
		Objects.requireNonNull(stepReached, "stepReached");
		Objects.requireNonNull(submittedAs, "submittedAs");
	}

	/** A file uploaded to a draft, kept in the document store. */
	public record UploadedFile(String sha256, String filename, String mediaType, long size) {
	}

	public boolean isSubmitted() {
		return submittedAs.isPresent();
	}
}
