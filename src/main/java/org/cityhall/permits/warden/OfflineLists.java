package org.cityhall.permits.warden;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.cityhall.permits.PermitRows;
import org.cityhall.permits.PermitValidity;
import org.cityhall.permits.PermitView;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The list a device keeps for checking without a network: every permit with its zone, cars and paid
 * days, or, given the version the device has, only the permits changed since (a removed one by its
 * reference alone). A version is a transaction horizon: every change of a transaction before it is in
 * the list of that version, and a later delta may repeat a permit but never misses one.
 */
@Component
class OfflineLists {

	private final JdbcClient jdbc;
	private final PermitRows rows;

	OfflineLists(JdbcClient jdbc) {
		this.jdbc = jdbc;
		this.rows = new PermitRows(jdbc);
	}

	/** The list, whole when {@code since} is null, else the delta since that version. */
	Map<String, Object> list(Long since) {
		long version = Long.parseLong(jdbc.sql("SELECT pg_snapshot_xmin(pg_current_snapshot())::text").query(String.class).single());
		List<PermitView> permits;
		List<String> removed = new ArrayList<>();
		if (since == null) {
			permits = rows.all();
		}
		else {
			List<UUID> changed = jdbc.sql("SELECT DISTINCT permit_id FROM permits_change WHERE permit_id IS NOT NULL AND xid >= CAST(:since AS xid8)")
					.param("since", since.toString()).query(UUID.class).list();
			permits = rows.byIds(changed);
			Set<UUID> found = new HashSet<>();
			permits.forEach(p -> found.add(p.id()));
			if (found.size() < changed.size()) {
				jdbc.sql("SELECT reference FROM permits_permit WHERE id = ANY (:ids)").param("ids", changed.stream().filter(id -> !found.contains(id))
						.toArray(UUID[]::new)).query(String.class).list().forEach(removed::add);
			}
		}
		Map<String, Object> list = new LinkedHashMap<>();
		list.put("version", version);
		list.put("since", since);
		list.put("complete", since == null);
		List<Object> entries = new ArrayList<>(permits.size());
		for (PermitView permit : permits) {
			entries.add(entry(permit.validity()));
		}
		list.put("permits", entries);
		list.put("removed", removed);
		return list;
	}

	private static Map<String, Object> entry(PermitValidity permit) {
		Map<String, Object> entry = new LinkedHashMap<>();
		entry.put("reference", permit.reference());
		entry.put("zone", permit.zone());
		entry.put("plate", permit.plate());
		List<Object> paid = new ArrayList<>();
		for (int i = 0; i + 1 < permit.paid().length; i += 2) {
			paid.add(List.of(day(permit.paid()[i]), day(permit.paid()[i + 1])));
		}
		entry.put("paid", paid);
		entry.put("suspendedFrom", permit.suspendedFrom() == Long.MAX_VALUE ? null : day(permit.suspendedFrom()));
		entry.put("endsOn", permit.endsOn() == Long.MAX_VALUE ? null : day(permit.endsOn()));
		List<Object> temporary = new ArrayList<>();
		for (PermitValidity.Temporary car : permit.temporary()) {
			temporary.add(Map.of("plate", car.plate(), "from", day(car.from()), "to", day(car.to())));
		}
		entry.put("temporary", temporary);
		return entry;
	}

	private static String day(long epochDay) {
		return LocalDate.ofEpochDay(epochDay).toString();
	}
}
