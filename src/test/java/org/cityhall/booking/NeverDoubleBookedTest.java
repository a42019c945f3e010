package org.cityhall.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.cityhall.cases.Receipt;
import org.cityhall.cases.SubmissionRefused;
import org.cityhall.cases.Submissions;
import org.cityhall.catalogue.Catalogue;
import org.cityhall.catalogue.EService;
import org.cityhall.forms.Answers;
import org.cityhall.shared.Actor;
import org.cityhall.shared.LevelOfAssurance;
import org.cityhall.shared.Party;
import org.cityhall.testing.CityHallWebTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;

@CityHallWebTest
class NeverDoubleBookedTest {

	@Autowired
	ApplicationContext context;

	@Autowired
	Submissions submissions;

	@Autowired
	Catalogue catalogue;

	@Autowired
	Bookings bookings;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aThousandParallelAttemptsOnTenPlacesGiveTenBookingsAndNineHundredNinetyClearRefusals() throws Exception {
		Bookable course = new TestBookables(context).course(10);
		EService swimming = catalogue.find("swimming").orElseThrow();
		CountDownLatch start = new CountDownLatch(1);
		List<Callable<Object>> attempts = new ArrayList<>();
		for (int i = 0; i < 1000; i++) {
			Party.Person person = TestBookables.adult();
			attempts.add(() -> {
				start.await();
				try {
					return submissions.submit(new Submissions.Request(swimming, Actor.self(person, LevelOfAssurance.LOA3),
							new Answers(Map.of("bookable", course.code())), List.of(), EService.Channel.WEB,
							"booking-rush:" + UUID.randomUUID(), Optional.empty(), Optional.empty(), false));
				}
				catch (SubmissionRefused refused) {
					return refused;
				}
			});
		}
		ExecutorService pool = Executors.newFixedThreadPool(32);
		List<Future<Object>> results = new ArrayList<>();
		for (Callable<Object> attempt : attempts) {
			results.add(pool.submit(attempt));
		}
		start.countDown();
		Map<String, Integer> outcomes = new LinkedHashMap<>();
		for (Future<Object> result : results) {
			Object outcome = result.get();
			String what = outcome instanceof Receipt ? "booked" : ((SubmissionRefused) outcome).messageKey();
			outcomes.merge(what, 1, Integer::sum);
		}
		pool.shutdown();

		assertThat(outcomes).containsExactlyInAnyOrderEntriesOf(Map.of("booked", 10, "booking.refused.full", 990));
		assertThat(jdbc.sql("SELECT count(*) FROM booking_booking WHERE bookable_id = :id AND status = 'CONFIRMED'")
				.param("id", course.id()).query(Integer.class).single()).isEqualTo(10);
		assertThat(jdbc.sql("SELECT taken FROM booking_bookable WHERE id = :id").param("id", course.id()).query(Integer.class)
				.single()).isEqualTo(10);
	}

	@Test
	void theDatabaseItselfRefusesAPlaceBeyondTheCapacityWhateverTheCodeDoes() {
		Bookable course = new TestBookables(context).course(1);
		insertDirectly(course, TestBookables.adult());

		assertThatThrownBy(() -> insertDirectly(course, TestBookables.adult()))
				.isInstanceOf(DataIntegrityViolationException.class)
				.hasMessageContaining("booking_bookable_never_overbooked");
	}

	@Test
	void oneParticipantGetsOnePlaceHoweverOftenTheyTry() {
		Bookable course = new TestBookables(context).course(5);
		Party.Person person = TestBookables.adult();

		assertThat(bookings.book(TestBookables.request(course, person, false))).isInstanceOf(BookingOutcome.Booked.class);
		assertThat(bookings.book(TestBookables.request(course, person, true)))
				.isEqualTo(new BookingOutcome.Refused("booking.refused.already", List.of(course.code())));
		assertThatThrownBy(() -> insertDirectly(course, person)).isInstanceOf(DataIntegrityViolationException.class);
	}

	private void insertDirectly(Bookable course, Party.Person person) {
		jdbc.sql("""
				INSERT INTO booking_booking (id, reference, bookable_id, booker_kind, booker_id, participant_kind, participant_id,
				                             status, booked_at)
				VALUES (gen_random_uuid(), :reference, :bookable, 'person', :id, 'person', :id, 'CONFIRMED', now())
				""").param("reference", "DIRECT-" + UUID.randomUUID()).param("bookable", course.id())
				.param("id", person.id()).update();
	}
}
