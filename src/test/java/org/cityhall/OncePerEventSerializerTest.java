package org.cityhall;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.cityhall.testing.CityHallWebTest;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.events.core.EventSerializer;

/** An event is written as JSON once for all its listeners, and read back as before. */
class OncePerEventSerializerTest {

	record Submitted(String number) {
	}

	/** Counts what reaches the real serialiser. */
	static final class Counting implements EventSerializer {

		final List<Object> serialized = new ArrayList<>();

		@Override
		public synchronized Object serialize(Object event) {
			serialized.add(event);
			return "{\"number\":\"" + ((Submitted) event).number() + "\",\"call\":" + serialized.size() + "}";
		}

		@Override
		public <T> T deserialize(Object serialized, Class<T> type) {
			return type.cast(new Submitted(serialized.toString()));
		}
	}

	final Counting counting = new Counting();
	final OncePerEventSerializer once = new OncePerEventSerializer(counting);

	@Test
	void theSameEventForEachListenerIsSerialisedOnce() {
		Submitted event = new Submitted("MO-2026-000001");

		Object first = once.serialize(event);

		assertThat(once.serialize(event)).isSameAs(first);
		assertThat(once.serialize(event)).isSameAs(first);
		assertThat(counting.serialized).hasSize(1);
	}

	@Test
	void anotherEventIsSerialisedAfreshEvenWhenEqual() {
		Submitted event = new Submitted("MO-2026-000001");
		Submitted equal = new Submitted("MO-2026-000001");

		Object first = once.serialize(event);
		Object second = once.serialize(equal);
		Object third = once.serialize(event);

		assertThat(List.of(first, second, third)).doesNotHaveDuplicates();
		assertThat(counting.serialized).hasSize(3);
	}

	@Test
	void eachThreadKeepsItsOwnLastEvent() {
		Submitted event = new Submitted("MO-2026-000002");

		Object here = once.serialize(event);
		Object there = CompletableFuture.supplyAsync(() -> once.serialize(event)).join();

		assertThat(there).isNotSameAs(here);
		assertThat(counting.serialized).hasSize(2);
	}

	@Test
	void readingBackIsTheSerialisersOwn() {
		assertThat(once.deserialize("MO-2026-000003", Submitted.class)).isEqualTo(new Submitted("MO-2026-000003"));
	}

	@Nested
	@CityHallWebTest
	class InTheApplication {

		@Autowired
		EventSerializer serializer;

		@Test
		void theRegistrysSerialiserIsWrapped() {
			assertThat(serializer).isInstanceOf(OncePerEventSerializer.class);
			Submitted event = new Submitted("MO-2026-000004");
			assertThat(serializer.deserialize(serializer.serialize(event), Submitted.class)).isEqualTo(event);
		}
	}
}
