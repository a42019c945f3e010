package org.cityhall.permits.warden;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The wardens' handheld devices: registering one gives its key once; revoking one refuses it on every node within seconds. */
@Service
public class WardenDevices {

	private final JdbcClient jdbc;
	private final WardenKeys keys;
	private final Clock clock;

	WardenDevices(JdbcClient jdbc, WardenKeys keys, Clock clock) {
		this.jdbc = jdbc;
		this.keys = keys;
		this.clock = clock;
	}

	/** A device as staff see it. */
	public record Device(String id, String name, boolean active) {
	}

	/**
	 * Registers a device, or activates it again, and gives its key (base64) to load into it.
	 *
	 * @param id lower-case letters, digits and hyphens, 3–40 characters
	 */
	@Transactional
	public String register(String id, String name) {
		if (!keys.configured()) {
			throw new IllegalStateException("set cityhall.permits.warden.secret before registering devices: keys made without it cannot be checked");
		}
		if (id == null || !id.matches("[a-z0-9-]{3,40}")) {
			throw new IllegalArgumentException("a device id is 3–40 lower-case letters, digits and hyphens");
		}
		jdbc.sql("""
				INSERT INTO permits_warden_device (id, name, active, registered_at) VALUES (:id, :name, true, :at)
				ON CONFLICT (id) DO UPDATE SET name = EXCLUDED.name, active = true
				""").param("id", id).param("name", name == null || name.isBlank() ? id : name.strip())
				.param("at", OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC)).update();
		return Base64.getEncoder().encodeToString(keys.deviceKey(id));
	}

	@Transactional
	public void revoke(String id) {
		jdbc.sql("UPDATE permits_warden_device SET active = false WHERE id = :id").param("id", id).update();
	}

	public List<Device> all() {
		return jdbc.sql("SELECT id, name, active FROM permits_warden_device ORDER BY id")
				.query((row, n) -> new Device(row.getString("id"), row.getString("name"), row.getBoolean("active"))).list();
	}
}
