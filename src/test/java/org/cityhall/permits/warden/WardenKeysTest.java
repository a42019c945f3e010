package org.cityhall.permits.warden;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** Keys every node derives alike from the city's secret, and an API without a secret that lets no device in. */
class WardenKeysTest {

	private static final String SECRET = "a-city-secret-of-at-least-thirty-two-characters";

	@Test
	void twoNodesWithTheSameSecretHaveTheSameKeysAndAnotherSecretGivesOthers() {
		WardenKeys one = new WardenKeys(SECRET);
		WardenKeys other = new WardenKeys(SECRET);
		assertThat(one.deviceKey("warden-17")).isEqualTo(other.deviceKey("warden-17")).isNotEqualTo(one.deviceKey("warden-18"));
		assertThat(one.publicKey()).isEqualTo(other.publicKey());
		assertThat(new WardenKeys(SECRET + "!").publicKey()).isNotEqualTo(one.publicKey());
		String signed = WardenKeys.sign(one.deviceKey("warden-17"), "GET\n/api/v1/warden/ping\n1");
		assertThat(other.verify(other.deviceKey("warden-17"), "GET\n/api/v1/warden/ping\n1", signed)).isTrue();
		assertThat(other.verify(other.deviceKey("warden-17"), "GET\n/api/v1/warden/ping\n2", signed)).isFalse();
		assertThat(other.verify(other.deviceKey("warden-17"), "GET\n/api/v1/warden/ping\n1", "not base64!")).isFalse();
	}

	@Test
	void withoutTheCitysSecretEveryDeviceIsRefused() throws Exception {
		WardenKeys unconfigured = WardenKeys.unconfigured();
		assertThat(unconfigured.configured()).isFalse();
		Clock clock = Clock.fixed(Instant.ofEpochSecond(1_800_000_000), ZoneOffset.UTC);
		DeviceAuthentication authentication = new DeviceAuthentication(null, unconfigured, clock, 300);
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/v1/warden/ping");
		request.addHeader(DeviceAuthentication.DEVICE, "warden-17");
		request.addHeader(DeviceAuthentication.TIME, "1800000000");
		request.addHeader(DeviceAuthentication.SIGNATURE, WardenKeys.sign(unconfigured.deviceKey("warden-17"), "GET\n/api/v1/warden/ping\n1800000000"));
		MockHttpServletResponse response = new MockHttpServletResponse();

		assertThat(authentication.preHandle(request, response, null)).isFalse();
		assertThat(response.getStatus()).isEqualTo(401);
		assertThat(response.getContentAsString()).contains("not configured");
	}
}
