package org.cityhall.permits.warden;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.cityhall.permits.PermitRows;
import org.cityhall.permits.PermitValidity;
import org.cityhall.permits.PermitView;
import org.cityhall.permits.Permits;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * This node's in-memory index of permits by plate and of the wardens' devices, for answering a check
 * without the database. It loads everything at start and then, every {@code pollMillis}, reads the
 * change log for the transactions it has not seen: a new permit, a payment, a suspension, an end or a
 * revoked device on any node reaches this one within a second or two. It follows transaction ids, not
 * a sequence, so a transaction that commits after a later one is never skipped.
 */
public class WardenIndex implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(WardenIndex.class);

	private final JdbcClient jdbc;
	private final PermitRows rows;
	private final Clock clock;
	private final long pollMillis;
	private final PlateIndex plates = new PlateIndex();
	private final Map<String, Boolean> devices = new ConcurrentHashMap<>();
	private volatile long horizon = -1;
	private volatile ScheduledExecutorService poller;

	public WardenIndex(JdbcClient jdbc, Clock clock, long pollMillis) {
		this.jdbc = jdbc;
		this.rows = new PermitRows(jdbc);
		this.clock = clock;
		this.pollMillis = pollMillis;
	}

	/** The answer for a car, its plate normalised, in a zone today. */
	public PlateIndex.Answer check(String normalisedPlate, String zoneCode) {
		return check(normalisedPlate, zoneCode, LocalDate.ofInstant(clock.instant(), Permits.ZONE));
	}

	public PlateIndex.Answer check(String normalisedPlate, String zoneCode, LocalDate day) {
		return plates.check(normalisedPlate, zoneCode, day.toEpochDay());
	}

	/** Whether a device is registered and not revoked. */
	public boolean deviceActive(String deviceId) {
		return Boolean.TRUE.equals(devices.get(deviceId));
	}

	/** How many plates the index holds. */
	public int plates() {
		return plates.plates();
	}

	/** Loads everything, then follows the change log. */
	@Override
	public synchronized void start() {
		if (poller != null) {
			return;
		}
		loadAll();
		ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
			Thread thread = new Thread(runnable, "permits-warden-index");
			thread.setDaemon(true);
			return thread;
		});
		executor.scheduleWithFixedDelay(this::pollQuietly, pollMillis, pollMillis, TimeUnit.MILLISECONDS);
		poller = executor;
	}

	@Override
	public synchronized void stop() {
		if (poller != null) {
			poller.shutdownNow();
			poller = null;
		}
	}

	@Override
	public boolean isRunning() {
		return poller != null;
	}

	private void loadAll() {
		long startHorizon = currentHorizon();
		for (PermitView permit : rows.all()) {
			plates.put(permit.id(), permit.validity());
		}
		jdbc.sql("SELECT id, active FROM permits_warden_device").query((row, n) -> devices.put(row.getString("id"), row.getBoolean("active")))
				.list();
		horizon = startHorizon;
		log.info("Warden index loaded {} plates", plates.plates());
	}

	private void pollQuietly() {
		try {
			poll();
		}
		catch (RuntimeException failed) {
			log.warn("Warden index could not read the change log; trying again", failed);
		}
	}

	/** Reads the changes of every transaction this node has not seen, and applies them. */
	void poll() {
		record Change(long horizon, UUID permitId, String deviceId) {
		}
		List<Change> changes = jdbc.sql("""
				WITH h AS (SELECT pg_snapshot_xmin(pg_current_snapshot())::text AS horizon)
				SELECT h.horizon, c.permit_id, c.device_id
				FROM h LEFT JOIN permits_change c ON c.xid >= CAST(:since AS xid8)
				""").param("since", Long.toString(horizon))
				.query((row, n) -> new Change(Long.parseLong(row.getString("horizon")), row.getObject("permit_id", UUID.class),
						row.getString("device_id"))).list();
		Set<UUID> permits = new HashSet<>();
		Set<String> changedDevices = new HashSet<>();
		for (Change change : changes) {
			if (change.permitId() != null) {
				permits.add(change.permitId());
			}
			if (change.deviceId() != null) {
				changedDevices.add(change.deviceId());
			}
		}
		if (!permits.isEmpty()) {
			Map<UUID, PermitValidity> now = new HashMap<>();
			rows.byIds(permits).forEach(permit -> now.put(permit.id(), permit.validity()));
			for (UUID id : permits) {
				plates.put(id, now.get(id));
			}
		}
		if (!changedDevices.isEmpty()) {
			jdbc.sql("SELECT id, active FROM permits_warden_device WHERE id IN (:ids)").param("ids", changedDevices)
					.query((row, n) -> devices.put(row.getString("id"), row.getBoolean("active"))).list();
		}
		horizon = changes.get(0).horizon();
	}

	private long currentHorizon() {
		return Long.parseLong(jdbc.sql("SELECT pg_snapshot_xmin(pg_current_snapshot())::text").query(String.class).single());
	}
}
