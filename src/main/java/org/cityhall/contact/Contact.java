package org.cityhall.contact;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * One contact with the centre: a call, an e-mail or a visit, what it was about and how it ended.
 *
 * @param resident the personal identity number of the resident it concerned, when known
 * @param minutes the time the agent took
 * @param waitSeconds how long the resident waited to be answered
 * @param department the department it was handed to, for {@code handed-over}
 * @param note the agent's note; for an e-mail, the message's text
 * @param reply the agent's reply to an e-mail, sent to its sender
 */
public record Contact(UUID id, ContactQueue queue, String channel, String topic, String outcome, Optional<String> resident,
		Optional<String> agentId, Optional<String> department, Optional<String> note, Optional<Integer> minutes,
		Optional<Integer> waitSeconds, Optional<String> sender, Optional<String> subject, Instant receivedAt, Optional<String> reply, Optional<Instant> repliedAt,
		Optional<String> messageId) {

	public static final List<String> CHANNELS = List.of("phone", "email", "visit");
	public static final List<String> OUTCOMES = List.of("solved", "handed-over", "callback", "e-service-started");
	public static final List<String> TOPICS = List.of("application", "case-status", "invoice", "booking", "queue", "parking",
			"elderly-care", "report", "other");

	/** Checks what an agent logs: a known channel, topic and outcome, and a department and a note for a hand-over. */
	static void check(String channel, String topic, String outcome, Optional<String> department, Optional<String> note) {
		if (!CHANNELS.contains(channel)) {
			throw new IllegalArgumentException("no channel " + channel + "; one of " + CHANNELS);
		}
		if (!TOPICS.contains(topic)) {
			throw new IllegalArgumentException("no topic " + topic + "; one of " + TOPICS);
		}
		if (!OUTCOMES.contains(outcome)) {
			throw new IllegalArgumentException("no outcome " + outcome + "; one of " + OUTCOMES);
		}
		if (outcome.equals("handed-over") && department.isEmpty()) {
			throw new IllegalArgumentException("a contact handed over names the department it went to");
		}
		if (outcome.equals("handed-over") && note.filter(n -> !n.isBlank()).isEmpty()) {
			throw new IllegalArgumentException("a contact handed over has a note for the department");
		}
	}
}
