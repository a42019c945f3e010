package org.cityhall.permits.warden;

import java.time.Instant;
import java.util.Base64;

import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/** GET requests to the wardens' API signed as a device signs them. */
final class SignedRequests {

	private SignedRequests() {
	}

	static MockHttpServletRequestBuilder get(String pathAndQuery, String device, String keyBase64) {
		return get(pathAndQuery, device, keyBase64, Instant.now());
	}

	static MockHttpServletRequestBuilder get(String pathAndQuery, String device, String keyBase64, Instant at) {
		String time = Long.toString(at.getEpochSecond());
		String signature = WardenKeys.sign(Base64.getDecoder().decode(keyBase64), DeviceAuthentication.signedText("GET", pathAndQuery, time));
		return MockMvcRequestBuilders.get(java.net.URI.create(pathAndQuery)).header(DeviceAuthentication.DEVICE, device).header(DeviceAuthentication.TIME, time)
				.header(DeviceAuthentication.SIGNATURE, signature);
	}
}
