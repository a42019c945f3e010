package org.cityhall.registers;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import com.github.f4b6a3.uuid.UuidCreator;
import org.cityhall.shared.Position;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The properties the registers refer to, found by designation or address as people type them.
 */
@Service
public class Properties {

	private final JdbcClient jdbc;

	Properties(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The property with this designation, typed in any case, with or without å/ä/ö and with or without
	 * the municipality's name in front ({@code tallen 4:12} finds {@code Stockholm Tallen 4:12}).
	 */
	public Optional<RegisteredProperty> byDesignation(String typed) {
		String folded = Folding.fold(typed == null ? "" : typed);
		if (folded.isEmpty()) {
			return Optional.empty();
		}
		List<UUID> ids = jdbc.sql("""
				select id from registers_property
				where designation_folded = :folded or designation_folded like :ending escape '\\'
				order by length(designation) limit 1""")
				.param("folded", folded).param("ending", "% " + Folding.like(folded)).query(UUID.class).list();
		return ids.stream().findFirst().flatMap(this::byId);
	}

	/**
	 * The property a resident means by what they typed: the one with that designation, else the first of
	 * those whose address matches as the radon search reads it ({@code tallkrogsv. 12}).
	 */
	public Optional<RegisteredProperty> meant(String typed) {
		Optional<RegisteredProperty> exact = byDesignation(typed);
		if (exact.isPresent()) {
			return exact;
		}
		TypedQuery query = TypedQuery.of(typed == null ? "" : typed);
		if (query.isBlank()) {
			return Optional.empty();
		}
		Match match = matching(query);
		var spec = jdbc.sql("select p.id from registers_property p where p.id in (" + match.sql() + ") order by p.designation limit 1");
		match.params().forEach(spec::param);
		return spec.query(UUID.class).optional().flatMap(this::byId);
	}

	/** The property by its id. */
	public Optional<RegisteredProperty> byId(UUID id) {
		return load(List.of(id)).stream().findFirst();
	}

	/** The properties, with their addresses, in the order of the ids given. */
	List<RegisteredProperty> load(Collection<UUID> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		UUID[] array = ids.toArray(UUID[]::new);
		Map<UUID, List<PropertyAddress>> addresses = new LinkedHashMap<>();
		jdbc.sql("""
				select property_id, street, number_from, number_to, postal_code, post_town from registers_property_address
				where property_id = any(:ids) order by street, number_from""").param("ids", array)
				.query((rs, n) -> {
					addresses.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>()).add(new PropertyAddress(
							rs.getString(2), rs.getInt(3), rs.getInt(4), rs.getString(5), rs.getString(6)));
					return null;
				}).list();
		Map<UUID, RegisteredProperty> found = new LinkedHashMap<>();
		jdbc.sql("select id, designation, district, easting, northing from registers_property where id = any(:ids)")
				.param("ids", array)
				.query((rs, n) -> {
					UUID id = rs.getObject(1, UUID.class);
					found.put(id, new RegisteredProperty(id, rs.getString(2), rs.getString(3),
							new Position(rs.getDouble(4), rs.getDouble(5)), addresses.getOrDefault(id, List.of())));
					return null;
				}).list();
		return ids.stream().map(found::get).filter(p -> p != null).toList();
	}

	/**
	 * SQL selecting the ids of the properties a typed query finds, for use as a subquery, with its
	 * parameters: a designation containing what was typed, or an address with every word typed and the
	 * house number inside its range.
	 */
	static Match matching(TypedQuery query) {
		Map<String, Object> params = new LinkedHashMap<>();
		params.put("designation", query.designationPattern());
		StringBuilder sql = new StringBuilder(
				"select p.id from registers_property p where p.designation_folded like :designation escape '\\'");
		if (query.mayBeAddress()) {
			sql.append(" union select a.property_id from registers_property_address a where true");
			for (int i = 0; i < query.words().size(); i++) {
				sql.append(" and a.address_folded like :word").append(i).append(" escape '\\'");
				params.put("word" + i, "%" + Folding.like(query.words().get(i)) + "%");
			}
			query.postalCode().ifPresent(code -> {
				sql.append(" and a.postal_code = :postalCode");
				params.put("postalCode", code);
			});
			if (query.houseNumber().isPresent()) {
				sql.append(" and :houseNumber between a.number_from and a.number_to");
				params.put("houseNumber", query.houseNumber().getAsInt());
			}
		}
		return new Match(sql.toString(), params);
	}

	record Match(String sql, Map<String, Object> params) {
	}

	/**
	 * Adds the property, or finds the one registered with the designation; adds the addresses it did not
	 * have. Returns its id.
	 */
	@Transactional
	public UUID register(String designation, String district, Position position, List<PropertyAddress> addresses) {
		UUID id = jdbc.sql("""
				insert into registers_property (id, designation, designation_folded, district, easting, northing)
				values (:id, :designation, :folded, :district, :easting, :northing)
				on conflict (designation) do update set district = excluded.district
				returning id""")
				.param("id", UuidCreator.getTimeOrderedEpoch()).param("designation", designation)
				.param("folded", Folding.fold(designation)).param("district", district)
				.param("easting", position.easting()).param("northing", position.northing()).query(UUID.class).single();
		for (PropertyAddress address : addresses) {
			jdbc.sql("""
					insert into registers_property_address (property_id, street, address_folded, number_from, number_to,
					    postal_code, post_town)
					values (:property, :street, :folded, :from, :to, :postalCode, :postTown)
					on conflict do nothing""")
					.param("property", id).param("street", address.street()).param("folded", address.folded())
					.param("from", address.numberFrom()).param("to", address.numberTo())
					.param("postalCode", address.postalCode()).param("postTown", address.postTown()).update();
		}
		return id;
	}
}
