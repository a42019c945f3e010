package org.cityhall.cases;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.cityhall.documents.DocumentId;
import org.cityhall.shared.Party;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;

import com.github.f4b6a3.uuid.UuidCreator;

/**
 * The one thread per case between the applicant and the officers. A new message tells the other side
 * ({@link CaseMessagePosted}); opening the thread marks the other side's messages read. Callers check
 * who may reach the case first (through {@link CaseHandling}).
 */
@Service
public class CaseMessages {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final JdbcClient jdbc;
	private final Cases cases;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	CaseMessages(JdbcClient jdbc, Cases cases, ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.cases = cases;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Writes a message in the case's thread; its attachments become the case's documents too.
	 *
	 * @throws IllegalArgumentException when the message is empty or too long
	 * @throws IllegalStateException when the case is closed or withdrawn
	 */
	@Transactional
	public CaseMessage post(Case found, Party author, boolean fromApplicant, String body, List<CaseDocument> attachments) {
		if (body == null || body.isBlank()) {
			throw new IllegalArgumentException("a message must be written");
		}
		if (body.length() > CaseMessage.LIMIT) {
			throw new IllegalArgumentException("a message is at most " + CaseMessage.LIMIT + " characters");
		}
		if (found.status() == CaseStatus.CLOSED || found.status() == CaseStatus.WITHDRAWN) {
			throw new IllegalStateException("case " + found.number() + " is " + found.status().code()
					+ "; messages can only be written while it is open or decided");
		}
		Instant now = clock.instant();
		UUID id = UuidCreator.getTimeOrderedEpoch();
		ArrayNode files = JSON.createArrayNode();
		for (CaseDocument attachment : attachments) {
			files.addObject().put("sha256", attachment.sha256()).put("filename", attachment.filename())
					.put("mediaType", attachment.mediaType()).put("size", attachment.size());
			cases.attach(found.id(), attachment);
		}
		jdbc.sql("INSERT INTO cases_message (id, case_id, at, side, author_id, author_name, body, attachments) "
				+ "VALUES (?, ?, ?, ?, ?, ?, ?, ?::jsonb)")
				.params(id, found.id().value(), Cases.timestamp(now), fromApplicant ? "APPLICANT" : "CITY", author.id(),
						Parties.name(author), body.strip(), JSON.writeValueAsString(files))
				.update();
		CaseMessagePosted posted = new CaseMessagePosted(UuidCreator.getTimeOrderedEpoch(), id, found.id(), found.number(),
				found.facts().eserviceId(), found.facts().department(), found.facts().applicant(), found.facts().subject(),
				found.facts().contactEmail(), fromApplicant, found.assignedTo().map(Party::id), now, found.facts().retention(),
				attachments.stream().map(attachment -> new DocumentId(attachment.sha256())).toList());
		events.publishEvent(posted);
		CaseNotice.of(posted).ifPresent(events::publishEvent);
		return new CaseMessage(id, now, fromApplicant, Parties.name(author), body.strip(), attachments, Optional.empty());
	}

	/** The thread, oldest first, marking the other side's unread messages read by the reader's side. */
	@Transactional
	public List<CaseMessage> thread(Case found, boolean readerIsApplicant) {
		jdbc.sql("UPDATE cases_message SET read_at = ? WHERE case_id = ? AND side = ? AND read_at IS NULL")
				.params(Cases.timestamp(clock.instant()), found.id().value(), readerIsApplicant ? "CITY" : "APPLICANT")
				.update();
		return jdbc.sql("SELECT id, at, side, author_name, body, attachments::text AS attachments, read_at FROM cases_message "
				+ "WHERE case_id = ? ORDER BY at, id").param(found.id().value())
				.query((rs, row) -> new CaseMessage(rs.getObject("id", UUID.class), Cases.instant(rs, "at"),
						"APPLICANT".equals(rs.getString("side")), rs.getString("author_name"), rs.getString("body"),
						attachments(rs.getString("attachments"), Cases.instant(rs, "at")),
						Optional.ofNullable(Cases.instant(rs, "read_at"))))
				.list();
	}

	/** How many messages from the city the applicant has not read. */
	public int unreadByApplicant(CaseId id) {
		return jdbc.sql("SELECT count(*) FROM cases_message WHERE case_id = ? AND side = 'CITY' AND read_at IS NULL")
				.param(id.value()).query(Integer.class).single();
	}

	private static List<CaseDocument> attachments(String json, Instant at) {
		List<CaseDocument> documents = new ArrayList<>();
		for (JsonNode file : JSON.readTree(json)) {
			documents.add(new CaseDocument(file.get("sha256").asString(), CaseDocument.Role.SUPPLEMENT,
					file.get("filename").asString(), file.get("mediaType").asString(), file.get("size").asLong(), at));
		}
		return documents;
	}
}
