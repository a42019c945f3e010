package org.cityhall.notifications.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;

import org.cityhall.notifications.TestNotice;
import org.cityhall.notifications.TestRecipients;
import org.cityhall.notifications.sms.HttpSmsGateway;
import org.cityhall.notifications.sms.SmsGateway;
import org.cityhall.shared.PersonalIdentityNumber;
import org.cityhall.testing.CityHallWebTest;
import org.cityhall.testing.TestSmsGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Text messages leave through the HTTP SMS adapter to a gateway – here a local HTTP server standing
 * in for the operator's – and a gateway that refuses is tried again later, each time later.
 */
@CityHallWebTest
class SmsDeliveryTest {

	private static final Duration PATIENCE = Duration.ofSeconds(20);

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Dispatcher dispatcher;

	@Test
	void aNoticeReachesTheVerifiedMobileNumberThroughTheHttpGateway() {
		PersonalIdentityNumber resident = TestRecipients.newResident();
		String mobile = TestRecipients.newMobile();
		TestRecipients.verified(jdbc, resident, "SMS", mobile);
		TestNotice notice = TestNotice.to(resident, "HPL-2026-000201");

		transactions.executeWithoutResult(status -> events.publishEvent(notice));

		await().atMost(PATIENCE).until(() -> {
			dispatcher.deliverDue();
			return !TestSmsGateway.textsTo(mobile).isEmpty();
		});
		List<TestSmsGateway.Text> texts = TestSmsGateway.textsTo(mobile);
		assertThat(texts).hasSize(1);
		assertThat(texts.get(0).text())
				.isEqualTo("Stockholms stad: Testbeslut i ärende HPL-2026-000201 Läs mer: http://localhost:8080/my-pages/cases/HPL-2026-000201");
		assertThat(texts.get(0).reference()).isEqualTo(notice.noticeId());
		assertThat(texts.get(0).contentType()).startsWith("application/json");
	}

	@Test
	void aFailingGatewayIsTriedAgainLaterEachTimeTwiceAsLate() {
		PersonalIdentityNumber resident = TestRecipients.newResident();
		String mobile = TestRecipients.newMobile();
		TestRecipients.verified(jdbc, resident, "SMS", mobile);
		TestRecipients.prefers(jdbc, resident.value(), true, true, "en");
		TestSmsGateway.failNext(mobile, 2, 503);
		TestNotice notice = TestNotice.to(resident, "HPL-2026-000202");

		transactions.executeWithoutResult(status -> events.publishEvent(notice));

		Attempts first = attemptsAfter(notice, 1);
		assertThat(first.lastError()).contains("503");
		assertThat(Duration.between(first.lastAttempt(), first.nextAttempt())).isEqualTo(Duration.ofSeconds(30));
		assertThat(TestSmsGateway.textsTo(mobile)).isEmpty();

		dueNow(notice);
		Attempts second = attemptsAfter(notice, 2);
		assertThat(Duration.between(second.lastAttempt(), second.nextAttempt())).isEqualTo(Duration.ofSeconds(60));

		dueNow(notice);
		await().atMost(PATIENCE).until(() -> {
			dispatcher.deliverDue();
			return !TestSmsGateway.textsTo(mobile).isEmpty();
		});
		assertThat(TestSmsGateway.textsTo(mobile)).singleElement()
				.satisfies(text -> assertThat(text.text()).startsWith("City of Stockholm: Test decision in case HPL-2026-000202"));
		assertThat(jdbc.sql("""
				SELECT l.outcome FROM notifications_delivery_log l JOIN notifications_outbox o ON o.id = l.outbox_id
				WHERE o.notice_id = :id ORDER BY l.attempt""")
				.param("id", notice.noticeId())
				.query(String.class)
				.list()).containsExactly("FAILED", "FAILED", "SENT");
		assertThat(jdbc.sql("SELECT attempts FROM notifications_outbox WHERE notice_id = :id AND sent_at IS NOT NULL")
				.param("id", notice.noticeId()).query(Integer.class).single()).isEqualTo(3);
	}

	@Test
	void theAdapterReportsAGatewayThatCannotBeReachedOrRefusesTheToken() throws IOException {
		URI closed;
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			closed = URI.create("http://127.0.0.1:" + socket.getLocalPort() + "/sms");
		}
		SmsGateway.TextMessage message = new SmsGateway.TextMessage(TestRecipients.newMobile(), "Hej", "test:1");

		URI unreachable = closed;
		assertThatThrownBy(() -> new HttpSmsGateway(() -> unreachable, "token", Duration.ofSeconds(2)).send(message))
				.isInstanceOf(SmsGateway.SmsNotSent.class)
				.hasMessageContaining("could not be reached");
		assertThatThrownBy(() -> new HttpSmsGateway(() -> URI.create(TestSmsGateway.url()), "wrong-token", Duration.ofSeconds(2)).send(message))
				.isInstanceOf(SmsGateway.SmsNotSent.class)
				.hasMessage("the SMS gateway answered 401");
		assertThat(TestSmsGateway.textsTo(message.to())).isEmpty();
	}

	/** Sends what is due until the notice's text message was tried the number of times, and returns how it went. */
	private Attempts attemptsAfter(TestNotice notice, int attempts) {
		await().atMost(PATIENCE).until(() -> {
			dispatcher.deliverDue();
			return jdbc.sql("SELECT attempts FROM notifications_outbox WHERE notice_id = :id AND channel = 'SMS'")
					.param("id", notice.noticeId()).query(Integer.class).optional().orElse(0) >= attempts;
		});
		return jdbc.sql("""
				SELECT o.attempts, o.last_error, o.next_attempt_at,
				       (SELECT max(l.attempted_at) FROM notifications_delivery_log l WHERE l.outbox_id = o.id) AS last_attempt
				FROM notifications_outbox o WHERE o.notice_id = :id AND o.channel = 'SMS'""")
				.param("id", notice.noticeId())
				.query((row, n) -> new Attempts(row.getInt("attempts"), row.getString("last_error"),
						row.getObject("last_attempt", OffsetDateTime.class), row.getObject("next_attempt_at", OffsetDateTime.class)))
				.single();
	}

	/** Time passes for this notice alone: its next attempt is due now. */
	private void dueNow(TestNotice notice) {
		jdbc.sql("UPDATE notifications_outbox SET next_attempt_at = now() WHERE notice_id = :id")
				.param("id", notice.noticeId())
				.update();
	}

	private record Attempts(int attempts, String lastError, OffsetDateTime lastAttempt, OffsetDateTime nextAttempt) {
	}
}
