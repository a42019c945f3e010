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
import org.springframework.transaction.annotation.Transactional;

/**
 * Food inspection results: restaurants and other food businesses, found by name or area, each with its
 * inspections, the latest first.
 */
@Service
public class FoodInspections {

	public static final int PAGE_SIZE = 20;

	private final JdbcClient jdbc;

	FoodInspections(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A food business and where it is. */
	public record Business(UUID id, String name, String organisationNumber, String street, String postalCode,
			String postTown, String district) {
	}

	/** An inspection's outcome. */
	public enum Result {
		NO_REMARKS("no-remarks"), REMARKS("remarks"), SERIOUS_REMARKS("serious-remarks");

		private final String code;

		Result(String code) {
			this.code = code;
		}

		public String code() {
			return code;
		}

		public static Result of(String code) {
			for (Result result : values()) {
				if (result.code.equals(code)) {
					return result;
				}
			}
			throw new IllegalArgumentException("an inspection result is no-remarks, remarks or serious-remarks; was '" + code + "'");
		}
	}

	public record Inspection(LocalDate inspectedOn, Result result, String remarks) {
	}

	/** A business with its inspections, the latest first. */
	public record Inspected(Business business, List<Inspection> inspections) {

		public Optional<Inspection> latest() {
			return inspections.stream().findFirst();
		}

		public List<Inspection> earlier() {
			return inspections.size() <= 1 ? List.of() : inspections.subList(1, inspections.size());
		}
	}

	public record Found(List<Inspected> businesses, int total, int page) implements SearchPage {

		@Override
		public int pages() {
			return Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
		}
	}

	/** Businesses whose name, street, post town or district holds every word typed, by name. */
	public Found search(String typed, int page) {
		String folded = Folding.foldTyped(typed == null ? "" : typed);
		if (folded.isEmpty()) {
			return new Found(List.of(), 0, 1);
		}
		StringBuilder where = new StringBuilder(" from registers_food_business b where true");
		Map<String, Object> params = new LinkedHashMap<>();
		String[] words = folded.split(" ");
		for (int i = 0; i < words.length; i++) {
			where.append(" and (b.name_folded like :w").append(i).append(" escape '\\' or b.area_folded like :w").append(i)
					.append(" escape '\\')");
			params.put("w" + i, "%" + Folding.like(words[i]) + "%");
		}
		int total = jdbc.sql("select count(*)" + where).params(params).query(Integer.class).single();
		int current = Math.max(1, page);
		List<Business> businesses = jdbc.sql("select " + COLUMNS + where + " order by b.name, b.street limit :limit offset :offset")
				.params(params).param("limit", PAGE_SIZE).param("offset", (current - 1) * PAGE_SIZE)
				.query(FoodInspections::business).list();
		return new Found(inspected(businesses), total, current);
	}

	public Optional<Inspected> business(UUID id) {
		return jdbc.sql("select " + COLUMNS + " from registers_food_business b where b.id = :id").param("id", id)
				.query(FoodInspections::business).optional().map(b -> inspected(List.of(b)).get(0));
	}

	/** Every business in name order, a page at a time (for open data). */
	public List<Inspected> page(int page, int size) {
		return inspected(jdbc.sql("select " + COLUMNS + " from registers_food_business b order by b.name, b.street limit :l offset :o")
				.param("l", size).param("o", (Math.max(1, page) - 1) * size).query(FoodInspections::business).list());
	}

	public int count() {
		return jdbc.sql("select count(*) from registers_food_business").query(Integer.class).single();
	}

	/** Records an inspection, registering the business (by organisation number, name and street) if new. */
	@Transactional
	public UUID record(String name, String organisationNumber, String street, String postalCode, String postTown,
			String district, Inspection inspection) {
		UUID business = jdbc.sql("""
				insert into registers_food_business (id, name, name_folded, organisation_number, street, postal_code,
				    post_town, district, area_folded)
				values (:id, :name, :nameFolded, :org, :street, :postalCode, :postTown, :district, :area)
				on conflict (organisation_number, name, street) do update set district = excluded.district
				returning id""")
				.param("id", UuidCreator.getTimeOrderedEpoch()).param("name", name).param("nameFolded", Folding.fold(name))
				.param("org", organisationNumber).param("street", street).param("postalCode", postalCode)
				.param("postTown", postTown).param("district", district)
				.param("area", Folding.fold(street + " " + postalCode + " " + postTown + " " + district))
				.query(UUID.class).single();
		jdbc.sql("""
				insert into registers_food_inspection (id, business_id, inspected_on, result, remarks)
				values (:id, :business, :on, :result, :remarks)""")
				.param("id", UuidCreator.getTimeOrderedEpoch()).param("business", business)
				.param("on", inspection.inspectedOn()).param("result", inspection.result().code())
				.param("remarks", inspection.remarks()).update();
		return business;
	}

	private List<Inspected> inspected(List<Business> businesses) {
		if (businesses.isEmpty()) {
			return List.of();
		}
		Map<UUID, List<Inspection>> inspections = new LinkedHashMap<>();
		jdbc.sql("""
				select business_id, inspected_on, result, remarks from registers_food_inspection
				where business_id = any(:ids) order by inspected_on desc, id desc""")
				.param("ids", businesses.stream().map(Business::id).toArray(UUID[]::new))
				.query((rs, n) -> inspections.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>())
						.add(new Inspection(rs.getObject(2, LocalDate.class), Result.of(rs.getString(3)), rs.getString(4))))
				.list();
		return businesses.stream().map(b -> new Inspected(b, List.copyOf(inspections.getOrDefault(b.id(), List.of())))).toList();
	}

	private static final String COLUMNS = "b.id, b.name, b.organisation_number, b.street, b.postal_code, b.post_town, b.district";

	private static Business business(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new Business(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
				rs.getString(6), rs.getString(7));
	}
}
