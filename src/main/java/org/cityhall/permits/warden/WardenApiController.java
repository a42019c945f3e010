package org.cityhall.permits.warden;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.cityhall.identity.Vehicle;
import org.cityhall.permits.PermitValidity;
import org.cityhall.permits.Zones;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
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
			explanations.put(reason.name(), new String[] {messages.getMessage(key, null, Locale.forLanguageTag("sv")),
					messages.getMessage(key, null, Locale.ENGLISH)});
		}
	}

	@GetMapping(path = "/api/v1/warden/check", produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<Map<String, Object>> check(@RequestParam(required = false) String plate, @RequestParam(required = false) String zone,
			@RequestHeader(name = "Accept-Language", required = false) String language) {
		String normalised = Vehicle.normalisePlate(plate);
		if (!Vehicle.isPlate(normalised)) {
			return problem("plate", "Not a registration number: " + (plate == null ? "(none)" : plate.strip()), plate);
		}
		if (zone == null || zones.find(zone).isEmpty()) {
			return problem("zone", "No residents' parking zone " + (zone == null ? "(none)" : zone.strip()), zone);
		}
		String zoneCode = zones.find(zone).get().code();
		PlateIndex.Answer answer = index.check(normalised, zoneCode);
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("plate", normalised);
		body.put("zone", zoneCode);
		body.put("valid", answer.reason().valid());
		body.put("reason", answer.reason().name());
		body.put("explanation", explanations.get(answer.reason().name())[language != null && language.startsWith("en") ? 1 : 0]);
		answer.reference().ifPresent(reference -> body.put("permit", reference));
		return ResponseEntity.ok(body);
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

	private static ResponseEntity<Map<String, Object>> problem(String field, String detail, String typed) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("type", "about:blank");
		body.put("title", "Bad Request");
		body.put("status", 400);
		body.put("detail", detail);
		body.put("field", field);
		body.put("value", typed);
		return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(body);
	}
}
