package org.cityhall.notifications.demo;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * The demo city's phone: every text message the demo SMS gateway received, the latest
 * {@value #KEPT} in memory, and the token the gateway wants, made anew at each start.
 */
@Component
@ConditionalOnProperty(name = "cityhall.demo", havingValue = "true")
class DemoPhone {

	static final int KEPT = 500;

	private final Deque<Text> texts = new ArrayDeque<>();
	private final String token;

	DemoPhone() {
		byte[] random = new byte[24];
		new SecureRandom().nextBytes(random);
		this.token = HexFormat.of().formatHex(random);
	}

	String token() {
		return token;
	}

	synchronized void receive(Text text) {
		texts.addFirst(text);
		while (texts.size() > KEPT) {
			texts.removeLast();
		}
	}

	/** The texts to the numbers, newest first. */
	synchronized List<Text> textsTo(Set<String> numbers) {
		return texts.stream().filter(text -> numbers.contains(text.to())).toList();
	}

	/** A text message as the gateway received it. */
	record Text(String to, String text, String reference, Instant receivedAt) {
	}
}
