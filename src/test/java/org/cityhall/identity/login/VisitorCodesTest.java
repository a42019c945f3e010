package org.cityhall.identity.login;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import java.util.stream.IntStream;

import org.cityhall.identity.login.VisitorCodes.Outcome;
import org.cityhall.testing.CityHallWebTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The rules of one-time codes, on the test database. */
@CityHallWebTest
class VisitorCodesTest {

	@Autowired
	VisitorCodes codes;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aCodeWorksOnceOnly() {
		VisitorEmailAddress email = uniqueAddress();
		VisitorCodes.Issued issued = codes.issue(email);

		assertThat(codes.check(issued.id(), email, issued.code()).outcome()).isEqualTo(Outcome.SIGNED_IN);
		assertThat(codes.check(issued.id(), email, issued.code()).outcome()).isEqualTo(Outcome.USED);
	}

	@Test
	void ofParallelChecksWithTheRightCodeOnlyOneSignsIn() throws Exception {
		VisitorEmailAddress email = uniqueAddress();
		VisitorCodes.Issued issued = codes.issue(email);

		List<Outcome> results = atOnce(8, i -> codes.check(issued.id(), email, issued.code()).outcome());

		assertThat(results).containsOnlyOnce(Outcome.SIGNED_IN).containsOnly(Outcome.SIGNED_IN, Outcome.USED);
	}

	@Test
	void parallelGuessesGetNoMoreThanFiveTries() throws Exception {
		VisitorEmailAddress email = uniqueAddress();
		VisitorCodes.Issued issued = codes.issue(email);
		List<String> guesses = IntStream.range(0, 12).mapToObj(i -> wrongCode(issued.code(), i)).toList();

		List<Outcome> results = atOnce(guesses.size(), i -> codes.check(issued.id(), email, guesses.get(i)).outcome());

		assertThat(results).allSatisfy(result -> assertThat(result).isIn(Outcome.WRONG, Outcome.BURNT));
		assertThat(results).filteredOn(result -> result == Outcome.WRONG).hasSize(VisitorCodes.MAX_ATTEMPTS - 1);
		assertThat(codes.check(issued.id(), email, issued.code()).outcome()).isEqualTo(Outcome.BURNT);
	}

	@Test
	void wrongCodesCountDownAndTheFifthBurnsTheCode() {
		VisitorEmailAddress email = uniqueAddress();
		VisitorCodes.Issued issued = codes.issue(email);
		String wrong = wrongCode(issued.code(), 0);

		for (int left = VisitorCodes.MAX_ATTEMPTS - 1; left >= 1; left--) {
			assertThat(codes.check(issued.id(), email, wrong)).isEqualTo(new VisitorCodes.Check(Outcome.WRONG, left));
		}
		assertThat(codes.check(issued.id(), email, wrong).outcome()).isEqualTo(Outcome.BURNT);
		assertThat(codes.check(issued.id(), email, issued.code()).outcome()).isEqualTo(Outcome.BURNT);
	}

	@Test
	void theRightCodeAfterFourWrongOnesStillSignsIn() {
		VisitorEmailAddress email = uniqueAddress();
		VisitorCodes.Issued issued = codes.issue(email);
		for (int i = 0; i < VisitorCodes.MAX_ATTEMPTS - 1; i++) {
			codes.check(issued.id(), email, wrongCode(issued.code(), i));
		}

		assertThat(codes.check(issued.id(), email, issued.code()).outcome()).isEqualTo(Outcome.SIGNED_IN);
	}

	@Test
	void anExpiredCodeIsRefusedEvenWhenRight() {
		VisitorEmailAddress email = uniqueAddress();
		VisitorCodes.Issued issued = codes.issue(email);
		jdbc.sql("UPDATE identity_visitor_code SET created_at = now() - interval '11 minutes', expires_at = now() - interval '1 second' WHERE id = :id")
				.param("id", issued.id()).update();

		assertThat(codes.check(issued.id(), email, issued.code()).outcome()).isEqualTo(Outcome.EXPIRED);
	}

	@Test
	void aCodeIsValidForTenMinutes() {
		VisitorCodes.Issued issued = codes.issue(uniqueAddress());

		assertThat(codes.validity()).hasMinutes(10);
		assertThat(issued.expiresAt()).isBetween(java.time.Instant.now().plusSeconds(9 * 60), java.time.Instant.now().plusSeconds(10 * 60 + 1));
	}

	@Test
	void aCodeSentToOneAddressDoesNotSignInAnother() {
		VisitorEmailAddress email = uniqueAddress();
		VisitorCodes.Issued issued = codes.issue(email);

		assertThat(codes.check(issued.id(), uniqueAddress(), issued.code()).outcome()).isEqualTo(Outcome.USED);
		assertThat(codes.check(issued.id(), email, issued.code()).outcome()).isEqualTo(Outcome.SIGNED_IN);
	}

	@Test
	void codesAreSixRandomDigits() {
		VisitorEmailAddress email = uniqueAddress();
		List<String> made = new ArrayList<>();
		for (int i = 0; i < 20; i++) {
			made.add(codes.issue(email).code());
		}

		assertThat(made).allMatch(code -> code.matches("[0-9]{6}"));
		assertThat(made.stream().distinct().count()).isGreaterThan(15);
	}

	@Test
	void onlySixAsciiDigitsAreAWellFormedCode() {
		assertThat(VisitorCodes.wellFormed(" 012345 ")).contains("012345");
		assertThat(VisitorCodes.wellFormed("\t987654\n")).contains("987654");
		for (String malformed : new String[] {null, "", "12345", "1234567", "12 345", "١٢٣٤٥٦", "１２３４５６", "12345a", "+12345"}) {
			assertThat(VisitorCodes.wellFormed(malformed)).as(String.valueOf(malformed)).isEmpty();
		}
	}

	/** The outcomes of checks that start together, each on a thread of its own, in the order of their numbers. */
	private static List<Outcome> atOnce(int parallel, IntFunction<Outcome> check) throws Exception {
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService threads = Executors.newFixedThreadPool(parallel);
		try {
			List<Future<Outcome>> outcomes = new ArrayList<>();
			for (int i = 0; i < parallel; i++) {
				int number = i;
				outcomes.add(threads.submit(() -> {
					start.await();
					return check.apply(number);
				}));
			}
			start.countDown();
			List<Outcome> results = new ArrayList<>();
			for (Future<Outcome> outcome : outcomes) {
				results.add(outcome.get(30, TimeUnit.SECONDS));
			}
			return results;
		}
		finally {
			threads.shutdownNow();
		}
	}

	private static String wrongCode(String right, int n) {
		String wrong = String.format(java.util.Locale.ROOT, "%06d", (Integer.parseInt(right) + 1 + n) % 1_000_000);
		assertThat(wrong).isNotEqualTo(right);
		return wrong;
	}

	private static VisitorEmailAddress uniqueAddress() {
		return VisitorEmailAddress.parse("codes-" + UUID.randomUUID() + "@example.org");
	}
}
