package org.cityhall.registers;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.github.f4b6a3.uuid.UuidCreator;
import org.cityhall.shared.Position;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The borehole licences for heat pumps: those within a box on the map (clustered when there are many),
 * and those near a point, nearest first.
 */
@Service
public class Boreholes {

	/** The most boreholes a box answers one by one; more are drawn as clusters. */
	public static final int MAX_SINGLE = 500;

	/** The most a vicinity question answers. */
	public static final int MAX_NEAR = 200;

	/** The farthest a vicinity question looks, in metres. */
	public static final int MAX_DISTANCE = 5_000;

	private static final int CLUSTER_GRID = 12;

	private final JdbcClient jdbc;
	private final Municipality municipality;
	private final BoreholePositions positions;

	Boreholes(JdbcClient jdbc, Municipality municipality, BoreholePositions positions) {
		this.jdbc = jdbc;
		this.municipality = municipality;
		this.positions = positions;
	}

	/** How many boreholes each district has, by district name. */
	public java.util.Map<String, Integer> countByDistrict() {
		java.util.Map<String, Integer> counts = new java.util.TreeMap<>();
		jdbc.sql("select district, count(*) from registers_borehole group by district")
				.query((rs, n) -> counts.put(rs.getString(1), rs.getInt(2))).list();
		return counts;
	}

	/** A district's boreholes in licence order, a page at a time. */
	public List<Borehole> inDistrict(String district, int page, int size) {
		return jdbc.sql("select " + COLUMNS + " from registers_borehole where district = :d order by licence_number limit :l offset :o")
				.param("d", district).param("l", size).param("o", (Math.max(1, page) - 1) * size).query(Boreholes::borehole).list();
	}

	/** A group of boreholes drawn as one mark: where their mean lies and how many they are. */
	public record Cluster(Position centre, int count) {
	}

	/** What a box holds: the boreholes one by one, or, when they are more than {@link #MAX_SINGLE}, clusters. */
	public record InBox(int total, List<Borehole> boreholes, List<Cluster> clusters) {

		public boolean clustered() {
			return !clusters.isEmpty();
		}
	}

	/** A borehole and its distance in metres from the point asked about. */
	public record Near(Borehole borehole, double distance) {

		/** The distance rounded to whole metres, as a page shows it. */
		public long metres() {
			return Math.round(distance);
		}
	}

	/**
	 * What lies in a box. Outside a transaction, the count and the clusters come from the positions every node holds
	 * in memory (checked against the table's version first); inside one, from the table, so the caller's own
	 * uncommitted changes count.
	 */
	public InBox within(Box box) {
		boolean fromMemory = !TransactionSynchronizationManager.isActualTransactionActive();
		BoreholePositions.Snapshot snapshot = fromMemory ? positions.current() : null;
		int total = fromMemory ? snapshot.count(box) : jdbc.sql("""
				select count(*) from registers_borehole
				where easting between :minE and :maxE and northing between :minN and :maxN""")
				.params(boxParams(box)).query(Integer.class).single();
		if (total <= MAX_SINGLE) {
			List<Borehole> boreholes = jdbc.sql("select " + COLUMNS + """
					 from registers_borehole
					where easting between :minE and :maxE and northing between :minN and :maxN
					order by licence_number""").params(boxParams(box)).query(Boreholes::borehole).list();
			return new InBox(boreholes.size(), boreholes, List.of());
		}
		double cell = box.width() / CLUSTER_GRID;
		if (fromMemory) {
			return new InBox(total, List.of(), snapshot.clusters(box, cell));
		}
		List<Cluster> clusters = jdbc.sql("""
				select avg(easting), avg(northing), count(*) from registers_borehole
				where easting between :minE and :maxE and northing between :minN and :maxN
				group by floor(easting / :cell), floor(northing / :cell)
				order by 3 desc""").params(boxParams(box)).param("cell", cell)
				.query((rs, n) -> new Cluster(new Position(rs.getDouble(1), rs.getDouble(2)), rs.getInt(3))).list();
		return new InBox(total, List.of(), clusters);
	}

	/** The boreholes within {@code distance} metres of a point, nearest first, at most {@code limit}. */
	public List<Near> near(Position point, double distance, int limit) {
		if (distance <= 0 || distance > MAX_DISTANCE) {
			throw new IllegalArgumentException("a vicinity is between 1 and " + MAX_DISTANCE + " m; was " + distance);
		}
		return jdbc.sql("select " + COLUMNS + """
				, sqrt((easting - :e) * (easting - :e) + (northing - :n) * (northing - :n)) as distance
				from registers_borehole
				where easting between :e - :d and :e + :d and northing between :n - :d and :n + :d
				  and (easting - :e) * (easting - :e) + (northing - :n) * (northing - :n) <= :d * :d
				order by distance, licence_number limit :limit""")
				.param("e", point.easting()).param("n", point.northing()).param("d", distance)
				.param("limit", Math.min(limit, MAX_NEAR))
				.query((rs, n) -> new Near(borehole(rs, n), rs.getDouble("distance"))).list();
	}

	public Optional<Borehole> byLicence(String licenceNumber) {
		return jdbc.sql("select " + COLUMNS + " from registers_borehole where licence_number = :number")
				.param("number", licenceNumber).query(Boreholes::borehole).optional();
	}

	/** Every borehole in licence order, a page at a time (for open data). */
	public List<Borehole> page(int page, int size) {
		return jdbc.sql("select " + COLUMNS + " from registers_borehole order by licence_number limit :limit offset :offset")
				.param("limit", size).param("offset", (Math.max(1, page) - 1) * size).query(Boreholes::borehole).list();
	}

	public int count() {
		return jdbc.sql("select count(*) from registers_borehole").query(Integer.class).single();
	}

	/** Registers a licensed borehole; a licence number already registered is updated. */
	public void register(String licenceNumber, String propertyDesignation, int depthMetres, LocalDate licensedOn,
			Position position) {
		jdbc.sql("""
				insert into registers_borehole (id, licence_number, property_designation, depth_metres, licensed_on, district,
				    easting, northing)
				values (:id, :number, :property, :depth, :licensedOn, :district, :e, :n)
				on conflict (licence_number) do update set property_designation = excluded.property_designation,
				    depth_metres = excluded.depth_metres, licensed_on = excluded.licensed_on, district = excluded.district,
				    easting = excluded.easting, northing = excluded.northing""")
				.param("id", UuidCreator.getTimeOrderedEpoch()).param("number", licenceNumber)
				.param("property", propertyDesignation).param("depth", depthMetres).param("licensedOn", licensedOn)
				.param("district", municipality.district(position).orElse(""))
				.param("e", position.easting()).param("n", position.northing()).update();
	}

	private static final String COLUMNS = "id, licence_number, property_designation, depth_metres, licensed_on, district, easting, northing";

	private static java.util.Map<String, Object> boxParams(Box box) {
		return java.util.Map.of("minE", box.minEasting(), "maxE", box.maxEasting(), "minN", box.minNorthing(), "maxN",
				box.maxNorthing());
	}

	private static Borehole borehole(ResultSet rs, int row) throws SQLException {
		return new Borehole(rs.getObject("id", UUID.class), rs.getString("licence_number"),
				rs.getString("property_designation"), rs.getInt("depth_metres"), rs.getObject("licensed_on", LocalDate.class),
				rs.getString("district"),
				new Position(rs.getDouble("easting"), rs.getDouble("northing")));
	}
}
