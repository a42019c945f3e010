package org.cityhall.permits.warden;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.time.Clock;

import org.springframework.http.MediaType;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Lets a request to the wardens' API through only from a registered, active device that signed it:
 * headers {@code X-Device-Id}, {@code X-Device-Time} (seconds since the epoch, within {@code
 * cityhall.permits.warden.max-skew-seconds}, five minutes, of the server's clock) and {@code X-Device-Signature}, the base64 HMAC-SHA256 with the device's key of
 * {@code METHOD\npath?query\ntime}. Two HMACs and a map lookup per request: cheap enough for every one.
 */
class DeviceAuthentication implements HandlerInterceptor {

	static final String DEVICE = "X-Device-Id";
	static final String TIME = "X-Device-Time";
	static final String SIGNATURE = "X-Device-Signature";

	private final WardenIndex index;
	private final WardenKeys keys;
	private final Clock clock;
	private final long maxSkewSeconds;

	DeviceAuthentication(WardenIndex index, WardenKeys keys, Clock clock, long maxSkewSeconds) {
		this.index = index;
		this.keys = keys;
		this.clock = clock;
		this.maxSkewSeconds = maxSkewSeconds;
	}

	/** The text a device signs for a request. */
	static String signedText(String method, String pathAndQuery, String time) {
		return method + "\n" + pathAndQuery + "\n" + time;
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) throws IOException {
		if (!keys.configured()) {
			return refuse(response, "The city has not configured the wardens' API (cityhall.permits.warden.secret).");
		}
		String device = request.getHeader(DEVICE);
		String time = request.getHeader(TIME);
		String signature = request.getHeader(SIGNATURE);
		if (device == null || time == null || signature == null) {
			return refuse(response, "The request is not signed: send X-Device-Id, X-Device-Time and X-Device-Signature.");
		}
		long seconds;
		try {
			seconds = Long.parseLong(time);
		}
		catch (NumberFormatException notNumber) {
			return refuse(response, "X-Device-Time is seconds since 1970-01-01T00:00Z.");
		}
		if (Math.abs(clock.instant().getEpochSecond() - seconds) > maxSkewSeconds) {
			return refuse(response, "X-Device-Time is more than " + maxSkewSeconds + " seconds from the server's clock.");
		}
		if (!index.deviceActive(device)) {
			return refuse(response, "The device is not registered, or it was revoked.");
		}
		String query = request.getQueryString();
		String pathAndQuery = request.getRequestURI() + (query == null ? "" : "?" + query);
		if (!keys.verify(keys.deviceKey(device), signedText(request.getMethod(), pathAndQuery, time), signature)) {
			return refuse(response, "The signature does not match the request.");
		}
		return true;
	}

	private static boolean refuse(HttpServletResponse response, String detail) throws IOException {
		response.setStatus(401);
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Unauthorized\",\"status\":401,\"detail\":\""
				+ detail.replace("\"", "'") + "\"}");
		return false;
	}
}
