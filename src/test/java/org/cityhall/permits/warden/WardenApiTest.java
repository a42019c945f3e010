package org.cityhall.permits.warden;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.cityhall.permits.PermitPeriod;
import org.cityhall.permits.Permits;
import org.cityhall.permits.TestPermits;
import org.cityhall.testing.CityHallWebTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The wardens' handheld check through HTTP: device authentication, every answer, plates as typed, the offline list. */
@CityHallWebTest
class WardenApiTest {

	@Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	@Autowired
	Permits permits;

	@Autowired
	WardenDevices devices;

	@Autowired
	WardenIndex index;

	@Autowired
	WardenKeys keys;

	String device;
	String key;

	@BeforeEach
	void aDeviceAndNoPermitForTheCarOwner() {
		device = "test-" + UUID.randomUUID().toString().substring(0, 8);
		key = devices.register(device, "Test handheld");
		TestPermits.clear(permits, TestPermits.CAR_OWNER);
		Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> index.deviceActive(device));
	}

	@Test
	void anUnsignedOrWronglySignedOrStaleRequestIsRefused() throws Exception {
		mvc.perform(get("/api/v1/warden/ping")).andExpect(status().isUnauthorized())
				.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("not signed")));
		String otherKey = Base64.getEncoder().encodeToString(new byte[32]);
		mvc.perform(SignedRequests.get("/api/v1/warden/ping", device, otherKey)).andExpect(status().isUnauthorized());
		mvc.perform(SignedRequests.get("/api/v1/warden/ping", device, key, Instant.now().minusSeconds(600))).andExpect(status().isUnauthorized());
		mvc.perform(SignedRequests.get("/api/v1/warden/ping", "no-such-device", key)).andExpect(status().isUnauthorized());
		// A signature for one plate does not ask about another.
		var signed = SignedRequests.get("/api/v1/warden/check?plate=RPK27B&zone=S", device, key);
		mvc.perform(signed.queryParam("plate", "ABC123")).andExpect(status().isUnauthorized());

		mvc.perform(SignedRequests.get("/api/v1/warden/ping", device, key)).andExpect(status().isOk());
	}

	@Test
	void aRevokedDeviceIsRefusedWithinSeconds() throws Exception {
		mvc.perform(SignedRequests.get("/api/v1/warden/ping", device, key)).andExpect(status().isOk());
		devices.revoke(device);
		Awaitility.await().atMost(Duration.ofSeconds(5)).untilAsserted(() ->
				mvc.perform(SignedRequests.get("/api/v1/warden/ping", device, key)).andExpect(status().isUnauthorized()));
	}

	@Test
	void theCheckAnswersForEachCaseWithItsReason() throws Exception {
		String reference = TestPermits.reference();
		Permits.Granted granted = (Permits.Granted) permits.apply(reference, TestPermits.CAR_OWNER, "RPK27B", PermitPeriod.QUARTER);
		awaitCheck("RPK27B", "S", "NOT_PAID");

		permits.paymentSettled(granted.feeId(), Instant.now());
		awaitCheck("RPK27B", "S", "VALID").andExpect(jsonPath("$.valid").value(true)).andExpect(jsonPath("$.permit").value(reference));
		for (String typed : new String[] {"rpk27b", "RPK 27B", " rpk 27b", "Rpk-27b"}) {
			check(typed, "s").andExpect(jsonPath("$.reason").value("VALID")).andExpect(jsonPath("$.plate").value("RPK27B"));
		}
		check("RPK27B", "O").andExpect(jsonPath("$.reason").value("OTHER_ZONE")).andExpect(jsonPath("$.valid").value(false));
		check("ABC123", "S").andExpect(jsonPath("$.reason").value("NO_PERMIT"))
				.andExpect(jsonPath("$.explanation").value("Inget tillstånd för bilen."));

		LocalDate today = permits.today();
		String loan = TestPermits.plate();
		permits.addTemporaryVehicle(reference, TestPermits.CAR_OWNER.number(), loan.toLowerCase(), "LOAN", today.plusDays(1), today.plusDays(3));
		awaitCheck(loan, "S", "TEMPORARY_NOT_TODAY");

		permits.suspend(reference, TestPermits.CAR_OWNER.number(), today);
		awaitCheck("RPK27B", "S", "SUSPENDED");
		permits.resume(reference, TestPermits.CAR_OWNER.number());
		awaitCheck("RPK27B", "S", "VALID");

		permits.correct(reference, TestPermits.OFFICER, new Permits.EndOn(today.minusDays(1)), "the holder asked by phone");
		awaitCheck("RPK27B", "S", "ENDED");
	}

	@Test
	void aTemporaryVehicleIsValidTodayBesideThePermitsOwnCar() throws Exception {
		String reference = TestPermits.reference();
		Permits.Granted granted = (Permits.Granted) permits.apply(reference, TestPermits.CAR_OWNER, "RPK27B", PermitPeriod.MONTH);
		permits.paymentSettled(granted.feeId(), Instant.now());
		LocalDate today = permits.today();
		String rental = TestPermits.plate();
		permits.addTemporaryVehicle(reference, TestPermits.CAR_OWNER.number(), rental.substring(0, 3) + " " + rental.substring(3), "RENTAL",
				today, today.plusDays(6));

		awaitCheck(rental.toLowerCase(), "S", "VALID");
		check("RPK27B", "S").andExpect(jsonPath("$.reason").value("VALID"));
		check(rental, "O").andExpect(jsonPath("$.reason").value("OTHER_ZONE"));
	}

	@Test
	void aPlateOrZoneThatIsNoneIsABadRequestThatSaysWhatWasTyped() throws Exception {
		check("my car", "S").andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("plate"))
				.andExpect(jsonPath("$.value").value("my car"));
		check("RPK27B", "Q").andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("zone"));
	}

	@Test
	void theOfflineListIsSignedAndADeltaHoldsOnlyWhatChangedSince() throws Exception {
		TestPermits.clear(permits, TestPermits.OUTSIDE_ZONES);
		String unchanged = TestPermits.reference();
		permits.grantAfterReview(unchanged, TestPermits.OUTSIDE_ZONES, "K", "BHO11A", PermitPeriod.MONTH, TestPermits.OFFICER, "test");
		String reference = TestPermits.reference();
		Permits.Granted granted = (Permits.Granted) permits.apply(reference, TestPermits.CAR_OWNER, "RPK27B", PermitPeriod.MONTH);
		permits.paymentSettled(granted.feeId(), Instant.now());
		// A list's version is the oldest transaction still open when it was read, so a delta may repeat a permit
		// changed while an older transaction ran (a listener filing an earlier event, say). Read the whole list once
		// every transaction older than the unchanged permit's is over, so the delta below must leave it out.
		Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> Boolean.TRUE.equals(jdbc.sql("""
				SELECT pg_snapshot_xmin(pg_current_snapshot()) > max(c.xid) FROM permits_change c
				JOIN permits_permit p ON p.id = c.permit_id WHERE p.reference = :reference""")
				.param("reference", unchanged).query(Boolean.class).single()));

		var whole = mvc.perform(SignedRequests.get("/api/v1/warden/offline-list", device, key)).andExpect(status().isOk()).andReturn().getResponse();
		byte[] body = whole.getContentAsByteArray();
		assertThat(verifies(body, whole.getHeader("X-List-Signature"))).isTrue();
		byte[] tampered = new String(body, StandardCharsets.UTF_8).replace("\"RPK27B\"", "\"ABC123\"").getBytes(StandardCharsets.UTF_8);
		assertThat(verifies(tampered, whole.getHeader("X-List-Signature"))).isFalse();
		JsonNode list = JsonMapper.builder().build().readTree(body);
		assertThat(list.path("complete").asBoolean()).isTrue();
		assertThat(list.path("permits").valueStream().map(p -> p.path("reference").asString())).contains(reference, unchanged);
		long version = list.path("version").asLong();

		permits.suspend(reference, TestPermits.CAR_OWNER.number(), permits.today());

		var delta = mvc.perform(SignedRequests.get("/api/v1/warden/offline-list?since=" + version, device, key)).andExpect(status().isOk())
				.andReturn().getResponse();
		assertThat(verifies(delta.getContentAsByteArray(), delta.getHeader("X-List-Signature"))).isTrue();
		JsonNode changes = JsonMapper.builder().build().readTree(delta.getContentAsByteArray());
		assertThat(changes.path("complete").asBoolean()).isFalse();
		assertThat(changes.path("permits").valueStream().filter(p -> p.path("reference").asString().equals(reference)))
				.singleElement().satisfies(p -> assertThat(p.path("suspendedFrom").asString()).isEqualTo(permits.today().toString()));
		assertThat(changes.path("permits").valueStream().map(p -> p.path("reference").asString())).doesNotContain(unchanged);
		assertThat(changes.path("version").asLong()).isGreaterThanOrEqualTo(version);
	}

	private boolean verifies(byte[] body, String header) throws Exception {
		byte[] raw = Base64.getDecoder().decode(keys.publicKey());
		byte[] x509 = new byte[44];
		byte[] prefix = {0x30, 0x2a, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70, 0x03, 0x21, 0x00};
		System.arraycopy(prefix, 0, x509, 0, 12);
		System.arraycopy(raw, 0, x509, 12, 32);
		PublicKey publicKey = KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(x509));
		Signature signature = Signature.getInstance("Ed25519");
		signature.initVerify(publicKey);
		signature.update(body);
		return signature.verify(Base64.getDecoder().decode(header.substring("ed25519=".length())));
	}

	private ResultActions check(String plate, String zone) throws Exception {
		return mvc.perform(SignedRequests.get("/api/v1/warden/check?plate=" + plate.replace(" ", "%20") + "&zone=" + zone, device, key));
	}

	private ResultActions awaitCheck(String plate, String zone, String reason) throws Exception {
		Awaitility.await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> check(plate, zone).andExpect(jsonPath("$.reason").value(reason)));
		return check(plate, zone);
	}
}
