package org.cityhall.permits.warden;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.cityhall.identity.Vehicle;
import org.cityhall.permits.PermitValidity;
import org.cityhall.permits.Zone;
import org.cityhall.permits.Zones;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import tools.jackson.databind.json.JsonMapper;

/**
 * The traffic wardens' API, for handheld devices that sign each request ({@link DeviceAuthentication}).
 * {@code check}: is there a valid, paid permit for this car in this zone today, and if not, why;
 * {@code offline-list}: the signed list for checking without a network, whole or since a version;
 * {@code ping}: nothing but the authentication, for a device to test its key and clock.
 */
@RestController
class WardenApiController {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final WardenIndex index;
	private final WardenKeys keys;
	private final OfflineLists lists;
	private final Zones zones;
	private final Map<String, String[]> explanations = new LinkedHashMap<>();

	WardenApiController(WardenIndex index, WardenKeys keys, OfflineLists lists, Zones zones, MessageSource messages) {
		this.index = index;
		this.keys = keys;
		this.lists = lists;
		this.zones = zones;
		for (PermitValidity.Reason reason : PermitValidity.Reason.values()) {
			String key = "permits.warden.reason." + reason.name().toLowerCase(Locale.ROOT).replace('_', '-');
			explanations.put(reason.name(), new String[] {json(messages.getMessage(key, null, Locale.forLanguageTag("sv"))),
					json(messages.getMessage(key, null, Locale.ENGLISH))});
		}
	}

	/**
	 * The check's answer. Written straight to the response as UTF-8 text rather than through a JSON mapper and
	 * message converters: its fields are a few known words, and the check is the one request every warden makes all
	 * day. A plate or zone that is none is a problem detail, as everywhere else.
	 */
	@GetMapping(path = "/api/v1/warden/check", produces = MediaType.APPLICATION_JSON_VALUE)
	void check(HttpServletRequest request, HttpServletResponse response) throws IOException {
		String plate = request.getParameter("plate");
		String zone = request.getParameter("zone");
		String normalised = Vehicle.normalisePlate(plate);
		if (!Vehicle.isPlate(normalised)) {
			problem(response, "plate", "Not a registration number: " + (plate == null ? "(none)" : plate.strip()), plate);
			return;
		}
		Optional<Zone> found = zones.find(zone);
		if (found.isEmpty()) {
			problem(response, "zone", "No residents' parking zone " + (zone == null ? "(none)" : zone.strip()), zone);
			return;
		}
		String zoneCode = found.get().code();
		PlateIndex.Answer answer = index.check(normalised, zoneCode);
		String language = request.getHeader("Accept-Language");
		StringBuilder body = new StringBuilder(200).append("{\"plate\":\"").append(normalised).append("\",\"zone\":\"")
				.append(json(zoneCode)).append("\",\"valid\":").append(answer.reason().valid()).append(",\"reason\":\"")
				.append(answer.reason().name()).append("\",\"explanation\":\"")
				.append(explanations.get(answer.reason().name())[language != null && language.startsWith("en") ? 1 : 0]).append('"');
		answer.reference().ifPresent(reference -> body.append(",\"permit\":\"").append(json(reference)).append('"'));
		byte[] bytes = body.append('}').toString().getBytes(StandardCharsets.UTF_8);
		response.setContentType(MediaType.APPLICATION_JSON_VALUE);
		response.setContentLength(bytes.length);
		response.getOutputStream().write(bytes);
	}

	/** A text as a JSON string's content: quotes, backslashes and control characters escaped. */
	static String json(String text) {
		StringBuilder escaped = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '"' || c == '\\') {
				escaped.append('\\').append(c);
			}
			else if (c < 0x20) {
				escaped.append(String.format("\\u%04x", (int) c));
			}
			else {
				escaped.append(c);
			}
		}
		return escaped.toString();
	}

	@GetMapping(path = "/api/v1/warden/ping", produces = MediaType.TEXT_PLAIN_VALUE)
	String ping() {
		return "ok";
	}

	@GetMapping(path = "/api/v1/warden/offline-list", produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<byte[]> offlineList(@RequestParam(required = false) Long since) {
		byte[] body = JSON.writeValueAsBytes(lists.list(since));
		return ResponseEntity.ok().header("X-List-Signature", "ed25519=" + keys.signList(body)).contentType(MediaType.APPLICATION_JSON)
				.body(body);
	}

	@GetMapping(path = "/api/v1/warden/signing-key", produces = MediaType.TEXT_PLAIN_VALUE)
	String signingKey() {
		return keys.publicKey();
	}

	private static void problem(HttpServletResponse response, String field, String detail, String typed) throws IOException {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("type", "about:blank");
		body.put("title", "Bad Request");
		body.put("status", 400);
		body.put("detail", detail);
		body.put("field", field);
		body.put("value", typed);
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		response.getOutputStream().write(JSON.writeValueAsBytes(body));
	}
}
