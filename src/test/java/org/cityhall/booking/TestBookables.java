package org.cityhall.booking;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import org.cityhall.shared.LocalizedText;
import org.cityhall.shared.Money;
import org.cityhall.shared.Party;
import org.cityhall.shared.PersonalIdentityNumber;
import org.springframework.context.ApplicationContext;

/** Resources and bookables of a test's own, with codes no other test uses, and people to book them. */
final class TestBookables {

	private static final AtomicInteger PEOPLE = new AtomicInteger(ThreadLocalRandom.current().nextInt(0, 5_000_000));

	private final Resources resources;

	TestBookables(ApplicationContext context) {
		this.resources = context.getBean(Resources.class);
	}

	/** A pool of its own, open 06–22. */
	Resources.Resource pool() {
		return resource(ResourceKind.POOL);
	}

	Resources.Resource resource(ResourceKind kind) {
		String code = kind.name().substring(0, 3) + "-" + UUID.randomUUID().toString().substring(0, 8);
		return resources.createResource(code, kind, "sports", new LocalizedText("Testbad " + code, "Test pool " + code),
				LocalTime.of(6, 0), LocalTime.of(22, 0));
	}

	/** A course in the pool on the day at 17:00–17:45 Stockholm time, with the places and fee given. */
	Bookable course(Resources.Resource pool, LocalDate day, int places, Optional<Money> fee, OptionalInt minAge,
			OptionalInt maxAge) {
		Instant start = ZonedDateTime.of(day, LocalTime.of(17, 0), BookingTime.ZONE).toInstant();
		return resources.createBookable(new Resources.NewBookable(pool.code() + "-" + UUID.randomUUID().toString().substring(0, 6),
				pool.code(), "swimming", BookableKind.COURSE, new LocalizedText("Simskola", "Swimming lessons"), start,
				start.plusSeconds(45 * 60), places, minAge, maxAge, fee, BigDecimal.ZERO, 48, List.of()));
	}

	/** A course of ten places, free of charge, in 60 days. */
	Bookable course(int places) {
		return course(pool(), LocalDate.now(BookingTime.ZONE).plusDays(60), places, Optional.empty(), OptionalInt.empty(),
				OptionalInt.empty());
	}

	/** A grown-up resident no other test books with. */
	static Party.Person adult() {
		int n = PEOPLE.incrementAndGet();
		LocalDate born = LocalDate.of(1950, 1, 1).plusDays(n % 15000);
		return new Party.Person(PersonalIdentityNumber.of(born, 200 + (n / 15000) % 700, false), "Testperson " + n);
	}

	/** A child of the age given on the day. */
	static Party.Person child(int age, LocalDate on) {
		int n = PEOPLE.incrementAndGet();
		LocalDate born = on.minusYears(age).minusDays(1 + n % 300);
		return new Party.Person(PersonalIdentityNumber.of(born, 200 + n % 700, false), "Testbarn " + n);
	}

	/** A request for a place for oneself, with a reference of its own. */
	static BookingRequest request(Bookable bookable, Party.Person who, boolean waitlist) {
		return new BookingRequest(bookable.code(), "BT-" + UUID.randomUUID(), who, who, waitlist, java.util.Map.of(), false);
	}
}
