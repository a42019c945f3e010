package org.cityhall;

import java.util.Objects;

import org.springframework.modulith.events.core.EventSerializer;

/**
 * Serialises an event once for all its listeners. The event publication registry writes a row for each
 * listener of an event, and asks for the event's JSON for each: a case submitted has four listeners, so
 * its event was written as JSON four times in the submission's own transaction. The registry hands this
 * the same event object for each of its listeners, one after the other on the publishing thread; the
 * last one serialised on a thread is kept, by identity, with its JSON. Events are immutable records.
 */
final class OncePerEventSerializer implements EventSerializer {

	private final EventSerializer serializer;
	private final ThreadLocal<Serialized> last = new ThreadLocal<>();

	OncePerEventSerializer(EventSerializer serializer) {
		this.serializer = Objects.requireNonNull(serializer, "serializer");
	}

	@Override
	public Object serialize(Object event) {
		Serialized kept = last.get();
		if (kept != null && kept.event() == event) {
			return kept.json();
		}
		Object json = serializer.serialize(event);
		last.set(new Serialized(event, json));
		return json;
	}

	@Override
	public <T> T deserialize(Object serialized, Class<T> type) {
		return serializer.deserialize(serialized, type);
	}

	private record Serialized(Object event, Object json) {
	}
}
