package org.cityhall.permits;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import org.cityhall.shared.Money;
import org.cityhall.shared.Party;
import org.cityhall.shared.PersonalIdentityNumber;
import org.cityhall.web.MyPagesReads;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Reads permits with their periods and temporary vehicles, for pages and for every node's index:
 * a few permits by id, or all of them in one pass each table.
 */
public final class PermitRows {

	private static final String PERMIT_COLUMNS = "id, reference, holder, holder_name, zone, plate, status, granted_at, "
			+ "suspended_from, ends_on, end_reason";

	private final JdbcClient jdbc;

	public PermitRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The permits with these ids, those that exist. */
	public List<PermitView> byIds(Collection<UUID> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		UUID[] array = ids.toArray(UUID[]::new);
		return assemble(
				jdbc.sql("SELECT " + PERMIT_COLUMNS + " FROM permits_permit WHERE id = ANY (:ids)").param("ids", array).query(PermitRows::permit).list(),
				jdbc.sql("SELECT * FROM permits_period WHERE permit_id = ANY (:ids) ORDER BY starts_on").param("ids", array).query(PermitRows::period).list(),
				jdbc.sql("SELECT * FROM permits_temporary_vehicle WHERE permit_id = ANY (:ids) ORDER BY valid_from DESC").param("ids", array)
						.query(PermitRows::temporary).list());
	}

	/** Every permit not ended more than a year ago: what a node's index starts from. */
	public List<PermitView> all() {
		String live = "(SELECT id FROM permits_permit WHERE ends_on IS NULL OR ends_on > current_date - 366)";
		return assemble(
				jdbc.sql("SELECT " + PERMIT_COLUMNS + " FROM permits_permit WHERE id IN " + live).query(PermitRows::permit).list(),
				jdbc.sql("SELECT * FROM permits_period WHERE permit_id IN " + live + " ORDER BY starts_on").query(PermitRows::period).list(),
				jdbc.sql("SELECT * FROM permits_temporary_vehicle WHERE permit_id IN " + live + " ORDER BY valid_from DESC")
						.query(PermitRows::temporary).list());
	}

	/** Ids of a holder's permits, newest first. */
	public List<UUID> idsOf(PersonalIdentityNumber holder) {
		return jdbc.sql(IDS_OF_HOLDER).param(holder.value()).query(UUID.class).list();
	}

	/** {@link #idsOf}, queued with the other sections' queries of My pages. */
	public Supplier<List<UUID>> idsOf(PersonalIdentityNumber holder, MyPagesReads reads) {
		return reads.query(IDS_OF_HOLDER, (row, n) -> row.getObject(1, UUID.class), holder.value());
	}

	private static final String IDS_OF_HOLDER = "SELECT id FROM permits_permit WHERE holder = ? ORDER BY granted_at DESC, id DESC";

	public Optional<UUID> idOf(String reference) {
		return jdbc.sql("SELECT id FROM permits_permit WHERE reference = :reference").param("reference", reference)
				.query(UUID.class).optional();
	}

	private record PermitRow(UUID id, String reference, Party.Person holder, String zone, String plate, PermitStatus status,
			java.time.Instant grantedAt, Optional<LocalDate> suspendedFrom, Optional<LocalDate> endsOn, Optional<String> endReason) {
	}

	private record PeriodRow(UUID permitId, PermitView.Period period) {
	}

	private record TemporaryRow(UUID permitId, PermitView.TemporaryVehicle vehicle) {
	}

	private static List<PermitView> assemble(List<PermitRow> permits, List<PeriodRow> periods, List<TemporaryRow> temporaries) {
		Map<UUID, List<PermitView.Period>> periodsOf = new HashMap<>();
		periods.forEach(p -> periodsOf.computeIfAbsent(p.permitId(), id -> new ArrayList<>()).add(p.period()));
		Map<UUID, List<PermitView.TemporaryVehicle>> temporariesOf = new HashMap<>();
		temporaries.forEach(t -> temporariesOf.computeIfAbsent(t.permitId(), id -> new ArrayList<>()).add(t.vehicle()));
		List<PermitView> views = new ArrayList<>(permits.size());
		for (PermitRow row : permits) {
			List<PermitView.Period> itsPeriods = periodsOf.getOrDefault(row.id(), List.of());
			List<PermitView.TemporaryVehicle> itsCars = temporariesOf.getOrDefault(row.id(), List.of());
			views.add(new PermitView(row.id(), row.reference(), row.holder(), row.zone(), row.plate(), row.status(), row.grantedAt(),
					row.suspendedFrom(), row.endsOn(), row.endReason(), List.copyOf(itsPeriods), List.copyOf(itsCars),
					validity(row, itsPeriods, itsCars)));
		}
		return views;
	}

	private static PermitValidity validity(PermitRow row, List<PermitView.Period> periods, List<PermitView.TemporaryVehicle> cars) {
		long[] paid = ranges(periods, true);
		long[] unpaid = ranges(periods, false);
		List<PermitValidity.Temporary> temporary = new ArrayList<>(cars.size());
		cars.forEach(car -> temporary.add(new PermitValidity.Temporary(car.plate(), car.validFrom().toEpochDay(), car.validTo().toEpochDay())));
		return new PermitValidity(row.reference(), row.zone(), row.plate(), paid, unpaid,
				row.suspendedFrom().map(LocalDate::toEpochDay).orElse(Long.MAX_VALUE),
				row.endsOn().map(LocalDate::toEpochDay).orElse(Long.MAX_VALUE), temporary);
	}

	private static long[] ranges(List<PermitView.Period> periods, boolean paid) {
		return periods.stream().filter(p -> p.paid() == paid)
				.flatMapToLong(p -> java.util.stream.LongStream.of(p.startsOn().toEpochDay(), p.endsOn().toEpochDay())).toArray();
	}

	private static PermitRow permit(ResultSet row, int n) throws SQLException {
		return new PermitRow(row.getObject("id", UUID.class), row.getString("reference"),
				new Party.Person(PersonalIdentityNumber.parse(row.getString("holder")), row.getString("holder_name")),
				row.getString("zone"), row.getString("plate"), PermitStatus.valueOf(row.getString("status")),
				row.getObject("granted_at", OffsetDateTime.class).toInstant(),
				Optional.ofNullable(row.getObject("suspended_from", LocalDate.class)),
				Optional.ofNullable(row.getObject("ends_on", LocalDate.class)), Optional.ofNullable(row.getString("end_reason")));
	}

	private static PeriodRow period(ResultSet row, int n) throws SQLException {
		OffsetDateTime paidAt = row.getObject("paid_at", OffsetDateTime.class);
		return new PeriodRow(row.getObject("permit_id", UUID.class), new PermitView.Period(PermitPeriod.valueOf(row.getString("period")),
				row.getObject("starts_on", LocalDate.class), row.getObject("ends_on", LocalDate.class),
				new Money(row.getBigDecimal("amount"), Currency.getInstance("SEK")), row.getObject("fee_id", UUID.class),
				Optional.ofNullable(paidAt).map(OffsetDateTime::toInstant)));
	}

	private static TemporaryRow temporary(ResultSet row, int n) throws SQLException {
		return new TemporaryRow(row.getObject("permit_id", UUID.class), new PermitView.TemporaryVehicle(row.getString("plate"),
				row.getString("kind"), row.getObject("valid_from", LocalDate.class), row.getObject("valid_to", LocalDate.class)));
	}
}
