package org.cityhall.registers;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import com.github.f4b6a3.uuid.UuidCreator;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The radon register: readings per building, found by designation or address however they are typed.
 */
@Service
public class RadonReadings {

	public static final int PAGE_SIZE = 20;

	private final JdbcClient jdbc;
	private final Properties properties;

	RadonReadings(JdbcClient jdbc, Properties properties) {
		this.jdbc = jdbc;
		this.properties = properties;
	}

	/** A property with its radon readings, the latest first. */
	public record Building(RegisteredProperty property, List<RadonReading> readings) {

		public RadonReading latest() {
			return readings.get(0);
		}
	}

	/** One page of what a search found, and how many it found in all. */
	public record Found(List<Building> buildings, int total, int page) implements SearchPage {

		@Override
		public int pages() {
			return Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
		}
	}

	/**
	 * The buildings with readings whose designation contains what was typed ({@code bagarmossen 1}), or
	 * with an address of every word typed and the house number within its range ({@code byalvsv. 12}),
	 * in designation order; page 1 first.
	 */
	public Found search(String typed, int page) {
		TypedQuery query = TypedQuery.of(typed);
		if (query.isBlank()) {
			return new Found(List.of(), 0, 1);
		}
		Properties.Match match = Properties.matching(query);
		String from = " from registers_property p where p.id in (" + match.sql() + ")"
				+ " and exists (select 1 from registers_radon_reading r where r.property_id = p.id)";
		int current = Math.max(1, page);
		// The count comes with the page (a window over all matches), so a search is one query before the details.
		List<UUID> ids = new java.util.ArrayList<>();
		int[] total = {0};
		params(jdbc.sql("select p.id, count(*) over () as total" + from + " order by p.designation limit :limit offset :offset"),
				match.params()).param("limit", PAGE_SIZE).param("offset", (current - 1) * PAGE_SIZE)
				.query((rs, n) -> {
					total[0] = rs.getInt("total");
					return ids.add(rs.getObject("id", UUID.class));
				}).list();
		if (ids.isEmpty() && current > 1) {
			total[0] = params(jdbc.sql("select count(*)" + from), match.params()).query(Integer.class).single();
		}
		return new Found(buildings(ids), total[0], current);
	}

	private static JdbcClient.StatementSpec params(JdbcClient.StatementSpec spec, Map<String, Object> params) {
		params.forEach(spec::param);
		return spec;
	}

	/** The building by its property's id, if it has readings. */
	public Optional<Building> building(UUID propertyId) {
		return buildings(List.of(propertyId)).stream().findFirst();
	}

	/** Every building with readings, in designation order, a page at a time (for open data). */
	public List<Building> page(int page, int size) {
		List<UUID> ids = jdbc.sql("""
				select p.id from registers_property p
				where exists (select 1 from registers_radon_reading r where r.property_id = p.id)
				order by p.designation limit :limit offset :offset""")
				.param("limit", size).param("offset", (Math.max(1, page) - 1) * size).query(UUID.class).list();
		return buildings(ids);
	}

	/** How many buildings have readings. */
	public int count() {
		return jdbc.sql("select count(distinct property_id) from registers_radon_reading").query(Integer.class).single();
	}

	/** Records a reading for a registered property. */
	public UUID record(UUID propertyId, int becquerel, LocalDate measuredOn, RadonReading.Method method) {
		UUID id = UuidCreator.getTimeOrderedEpoch();
		jdbc.sql("""
				insert into registers_radon_reading (id, property_id, becquerel, measured_on, method)
				values (:id, :property, :becquerel, :measuredOn, :method)""")
				.param("id", id).param("property", propertyId).param("becquerel", becquerel)
				.param("measuredOn", measuredOn).param("method", method.code()).update();
		return id;
	}

	private List<Building> buildings(List<UUID> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		Map<UUID, List<RadonReading>> readings = new LinkedHashMap<>();
		jdbc.sql("""
				select property_id, id, becquerel, measured_on, method from registers_radon_reading
				where property_id = any(:ids) order by measured_on desc, id desc""")
				.param("ids", ids.toArray(UUID[]::new))
				.query((rs, n) -> readings.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>())
						.add(new RadonReading(rs.getObject(2, UUID.class), rs.getInt(3), rs.getObject(4, LocalDate.class),
								RadonReading.Method.of(rs.getString(5)))))
				.list();
		return properties.load(ids).stream().filter(p -> readings.containsKey(p.id()))
				.map(p -> new Building(p, List.copyOf(readings.get(p.id())))).toList();
	}
}
