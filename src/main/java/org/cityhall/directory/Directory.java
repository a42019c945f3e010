package org.cityhall.directory;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.cityhall.shared.LocalizedText;
import org.cityhall.shared.Position;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The providers: found by filter, one by one, or several to compare; kept from events and imports. */
@Service
public class Directory {

	/** How many providers can be compared side by side. */
	public static final int MAX_COMPARED = 4;

	private final JdbcClient jdbc;

	Directory(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * What a resident filters by; each part empty for any.
	 *
	 * @param text part of the name or the district, in any case
	 */
	public record Filter(Optional<ProviderKind> kind, Optional<Boolean> cityRun, Optional<String> district, String text) {

		public static final Filter ALL = new Filter(Optional.empty(), Optional.empty(), Optional.empty(), "");
	}

	/** The providers the filter lets through, by name. */
	public List<Provider> find(Filter filter) {
		StringBuilder sql = new StringBuilder("SELECT * FROM directory_provider WHERE true");
		Map<String, Object> params = new HashMap<>();
		filter.kind().ifPresent(kind -> {
			sql.append(" AND kind = :kind");
			params.put("kind", kind.code());
		});
		filter.cityRun().ifPresent(city -> {
			sql.append(" AND run_by = :runBy");
			params.put("runBy", city ? "city" : "private");
		});
		filter.district().ifPresent(district -> {
			sql.append(" AND district = :district");
			params.put("district", district);
		});
		if (!filter.text().isBlank()) {
			sql.append(" AND (lower(name) LIKE :text OR lower(district) LIKE :text)");
			params.put("text", "%" + filter.text().strip().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
					.replace("_", "\\_") + "%");
		}
		sql.append(" ORDER BY name, id");
		return withIndicators(jdbc.sql(sql.toString()).params(params).query(Directory::provider).list());
	}

	public Optional<Provider> find(String id) {
		return withIndicators(jdbc.sql("SELECT * FROM directory_provider WHERE id = ?").param(id).query(Directory::provider).list())
				.stream().findFirst();
	}

	/** The providers with these ids, in the order given; ids not found are left out. */
	public List<Provider> compare(List<String> ids) {
		Map<String, Provider> found = new HashMap<>();
		withIndicators(jdbc.sql("SELECT * FROM directory_provider WHERE id = ANY(?)").param(ids.toArray(String[]::new))
				.query(Directory::provider).list()).forEach(p -> found.put(p.id(), p));
		return ids.stream().distinct().map(found::get).filter(p -> p != null).toList();
	}

	/** The districts that have a provider, in order. */
	public List<String> districts() {
		return jdbc.sql("SELECT DISTINCT district FROM directory_provider ORDER BY district").query(String.class).list();
	}

	/** A short value that changes with every change to the providers or their indicators. */
	public String version() {
		return jdbc.sql("""
				SELECT (SELECT count(*) || ':' || coalesce(max(updated_at)::text, '') FROM directory_provider)
				    || '/' || (SELECT count(*) || ':' || coalesce(sum(value)::text, '') FROM directory_indicator)""")
				.query(String.class).single();
	}

	/** Adds a provider, or changes the one with the same kind and code. */
	@Transactional
	void save(ProviderKind kind, String code, String name, boolean cityRun, Optional<String> organisationNumber, String district,
			String address, Optional<Position> position, LocalizedText offers, String source, Instant at) {
		jdbc.sql("""
				INSERT INTO directory_provider (id, kind, code, name, run_by, organisation_number, district, address, easting, northing,
				    offers_sv, offers_en, source, updated_at)
				VALUES (:id, :kind, :code, :name, :runBy, :org, :district, :address, :easting, :northing, :sv, :en, :source, :at)
				ON CONFLICT (id) DO UPDATE SET name = EXCLUDED.name, run_by = EXCLUDED.run_by,
				    organisation_number = EXCLUDED.organisation_number, district = EXCLUDED.district, address = EXCLUDED.address,
				    easting = EXCLUDED.easting, northing = EXCLUDED.northing, offers_sv = EXCLUDED.offers_sv,
				    offers_en = EXCLUDED.offers_en, source = EXCLUDED.source, updated_at = EXCLUDED.updated_at
				WHERE (directory_provider.name, directory_provider.run_by, directory_provider.organisation_number,
				       directory_provider.district, directory_provider.address, directory_provider.easting, directory_provider.northing,
				       directory_provider.offers_sv, directory_provider.offers_en)
				    IS DISTINCT FROM (EXCLUDED.name, EXCLUDED.run_by, EXCLUDED.organisation_number, EXCLUDED.district,
				       EXCLUDED.address, EXCLUDED.easting, EXCLUDED.northing, EXCLUDED.offers_sv, EXCLUDED.offers_en)""")
				.param("id", Provider.id(kind, code)).param("kind", kind.code()).param("code", code).param("name", name)
				.param("runBy", cityRun ? "city" : "private").param("org", organisationNumber.orElse(null))
				.param("district", district).param("address", address)
				.param("easting", position.map(Position::easting).orElse(null))
				.param("northing", position.map(Position::northing).orElse(null))
				.param("sv", offers.sv()).param("en", offers.en()).param("source", source).param("at", Timestamp.from(at))
				.update();
	}

	/** Sets an indicator of a provider for a year. */
	@Transactional
	void saveIndicator(String providerId, Indicator indicator) {
		jdbc.sql("""
				INSERT INTO directory_indicator (provider_id, indicator, year, value, source) VALUES (?, ?, ?, ?, ?)
				ON CONFLICT (provider_id, indicator, year) DO UPDATE SET value = EXCLUDED.value, source = EXCLUDED.source""")
				.params(providerId, indicator.type().code(), indicator.year(), indicator.value(), indicator.source()).update();
	}

	private List<Provider> withIndicators(List<Provider> providers) {
		if (providers.isEmpty()) {
			return providers;
		}
		Map<String, List<Indicator>> indicators = new HashMap<>();
		jdbc.sql("""
				SELECT provider_id, indicator, year, value, source FROM directory_indicator WHERE provider_id = ANY(?)
				ORDER BY provider_id, indicator, year DESC""")
				.param(providers.stream().map(Provider::id).toArray(String[]::new))
				.query((RowCallbackHandler) rs -> {
					Optional<Indicator.Type> type = Indicator.Type.fromCode(rs.getString(2));
					if (type.isPresent()) {
						indicators.computeIfAbsent(rs.getString(1), id -> new ArrayList<>()).add(new Indicator(type.get(), rs.getInt(3),
								rs.getBigDecimal(4).stripTrailingZeros(), rs.getString(5)));
					}
				});
		Map<String, Provider> ordered = new LinkedHashMap<>();
		for (Provider p : providers) {
			ordered.put(p.id(), new Provider(p.id(), p.kind(), p.name(), p.cityRun(), p.organisationNumber(), p.district(), p.address(),
					p.position(), p.offers(), indicators.getOrDefault(p.id(), List.of())));
		}
		return List.copyOf(ordered.values());
	}

	private static Provider provider(ResultSet rs, int row) throws SQLException {
		double easting = rs.getDouble("easting");
		Optional<Position> position = rs.wasNull() ? Optional.empty() : Optional.of(new Position(easting, rs.getDouble("northing")));
		return new Provider(rs.getString("id"), ProviderKind.fromCode(rs.getString("kind")).orElseThrow(), rs.getString("name"),
				"city".equals(rs.getString("run_by")), Optional.ofNullable(rs.getString("organisation_number")),
				rs.getString("district"), rs.getString("address"), position,
				new LocalizedText(rs.getString("offers_sv"), rs.getString("offers_en")), List.of());
	}
}
