package org.cityhall.identity.login;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

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
		int parallel = 8;
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService threads = Executors.newFixedThreadPool(parallel);
		try {
			List<Future<Outcome>> outcomes = new ArrayList<>();
			for (int i = 0; i < parallel; i++) {
				Callable<Outcome> check = () -> {
					start.await();
					return codes.check(issued.id(), email, issued.code()).outcome();
				};
				outcomes.add(threads.submit(check));
			}
			start.countDown();
			List<Outcome> results = new ArrayList<>();
			for (Future<Outcome> outcome : outcomes) {
				results.add(outcome.get(30, TimeUnit.SECONDS));
			}
			assertThat(results).containsOnlyOnce(Outcome.SIGNED_IN).containsOnly(Outcome.SIGNED_IN, Outcome.USED);
		}
		finally {
			threads.shutdownNow();
		}
	}

	@Test
	void parallelGuessesGetNoMoreThanFiveTries() throws Exception {
		VisitorEmailAddress email = uniqueAddress();
		VisitorCodes.Issued issued = codes.issue(email);
		int parallel = 12;
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService threads = Executors.newFixedThreadPool(parallel);
		try {
			List<Future<Outcome>> outcomes = new ArrayList<>();
			for (int i = 0; i < parallel; i++) {
				String guess = wrongCode(issued.code(), i);
				outcomes.add(threads.submit(() -> {
					start.await();
					return codes.check(issued.id(), email, guess).outcome();
				}));
			}
			start.countDown();
			long compared = 0;
			for (Future<Outcome> outcome : outcomes) {
				Outcome result = outcome.get(30, TimeUnit.SECONDS);
				assertThat(result).isIn(Outcome.WRONG, Outcome.BURNT);
				compared += result == Outcome.WRONG ? 1 : 0;
			}
			assertThat(compared).isEqualTo(VisitorCodes.MAX_ATTEMPTS - 1);
			assertThat(codes.check(issued.id(), email, issued.code()).outcome()).isEqualTo(Outcome.BURNT);
		}
		finally {
			threads.shutdownNow();
		}
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

	private static String wrongCode(String right, int n) {
		String wrong = String.format(java.util.Locale.ROOT, "%06d", (Integer.parseInt(right) + 1 + n) % 1_000_000);
		assertThat(wrong).isNotEqualTo(right);
		return wrong;
	}

	private static VisitorEmailAddress uniqueAddress() {
		return VisitorEmailAddress.parse("codes-" + UUID.randomUUID() + "@example.org");
	}
}
