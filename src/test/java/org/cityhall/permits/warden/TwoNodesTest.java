package org.cityhall.permits.warden;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import javax.sql.DataSource;

import org.awaitility.Awaitility;
import org.cityhall.permits.PermitPeriod;
import org.cityhall.permits.PermitValidity.Reason;
import org.cityhall.permits.Permits;
import org.cityhall.permits.TestPermits;
import org.cityhall.testing.CityHallWebTest;
import org.cityhall.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Two nodes on one database: the application writes on one, and a second application context — another
 * node's warden index with its own connection pool and poller — must answer the change within five
 * seconds: a new paid permit, a suspension, an end, a revoked device.
 */
@CityHallWebTest
class TwoNodesTest {

	@Autowired
	Permits permits;

	@Autowired
	WardenDevices devices;

	AnnotationConfigApplicationContext otherNode;
	WardenIndex otherIndex;

	@BeforeEach
	void startTheOtherNode() {
		TestPermits.clear(permits, TestPermits.CAR_OWNER);
		TestDatabase.Connection db = TestDatabase.connection();
		otherNode = new AnnotationConfigApplicationContext();
		otherNode.registerBean(DataSource.class, () -> new DriverManagerDataSource(db.url(), db.username(), db.password()));
		otherNode.registerBean(WardenIndex.class, () -> new WardenIndex(JdbcClient.create(otherNode.getBean(DataSource.class)),
				Clock.systemUTC(), 1000));
		otherNode.refresh();
		otherIndex = otherNode.getBean(WardenIndex.class);
		assertThat(otherIndex.isRunning()).isTrue();
	}

	@AfterEach
	void stopTheOtherNode() {
		otherNode.close();
	}

	@Test
	void aChangeOnOneNodeReachesTheOtherWithinFiveSeconds() {
		LocalDate today = permits.today();
		String reference = TestPermits.reference();
		Permits.Granted granted = (Permits.Granted) permits.apply(reference, TestPermits.CAR_OWNER, "RPK27B", PermitPeriod.QUARTER);
		permits.paymentSettled(granted.feeId(), Instant.now());
		within5Seconds(Reason.VALID, today);

		permits.suspend(reference, TestPermits.CAR_OWNER.number(), today);
		within5Seconds(Reason.SUSPENDED, today);

		permits.resume(reference, TestPermits.CAR_OWNER.number());
		within5Seconds(Reason.VALID, today);

		permits.correct(reference, TestPermits.OFFICER, new Permits.EndOn(today.minusDays(1)), "ended on the other node's watch");
		within5Seconds(Reason.ENDED, today);
	}

	@Test
	void aDeviceRevokedOnOneNodeIsRefusedOnTheOtherWithinFiveSeconds() {
		String device = "node-" + UUID.randomUUID().toString().substring(0, 8);
		devices.register(device, "Handheld");
		Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> otherIndex.deviceActive(device));
		devices.revoke(device);
		Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> !otherIndex.deviceActive(device));
	}

	private void within5Seconds(Reason expected, LocalDate today) {
		Awaitility.await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(100))
				.until(() -> otherIndex.check("RPK27B", "S", today).reason() == expected);
	}
}
