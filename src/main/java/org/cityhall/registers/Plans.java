package org.cityhall.registers;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.github.f4b6a3.uuid.UuidCreator;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Detailed development plans (detaljplaner): which plans apply to a property. */
@Service
public class Plans {

	private final JdbcClient jdbc;

	Plans(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public enum Status {
		IN_FORCE("in-force"), IN_PROGRESS("in-progress"), REPEALED("repealed");

		private final String code;

		Status(String code) {
			this.code = code;
		}

		public String code() {
			return code;
		}

		public static Status of(String code) {
			for (Status status : values()) {
				if (status.code.equals(code)) {
					return status;
				}
			}
			throw new IllegalArgumentException("a plan's status is in-force, in-progress or repealed; was '" + code + "'");
		}
	}

	/** A plan, its status and decision date, its document, and the properties it covers. */
	public record Plan(UUID id, String planNumber, String name, Status status, LocalDate decidedOn, String documentUrl,
			List<String> properties) {
	}

	/** The plans covering the property with this designation (exactly as registered), in force first, newest first. */
	public List<Plan> forProperty(String designation) {
		return plans("where p.id in (select plan_id from registers_plan_property where property_designation = :d)",
				Map.of("d", designation));
	}

	/** The plan with this number ({@code Dp 2015-01234}). */
	public java.util.Optional<Plan> byNumber(String planNumber) {
		return plans("where p.plan_number = :n", Map.of("n", planNumber)).stream().findFirst();
	}

	/** Every plan by number, a page at a time (for open data). */
	public List<Plan> page(int page, int size) {
		return plans("where p.id in (select id from registers_plan order by plan_number limit " + size + " offset "
				+ (Math.max(1, page) - 1) * size + ")", Map.of());
	}

	public int count() {
		return jdbc.sql("select count(*) from registers_plan").query(Integer.class).single();
	}

	/** Registers the plan (or updates the one with its number) and adds the properties it covers. */
	@Transactional
	public void register(String planNumber, String name, Status status, LocalDate decidedOn, String documentUrl,
			List<String> properties) {
		UUID id = jdbc.sql("""
				insert into registers_plan (id, plan_number, name, status, decided_on, document_url)
				values (:id, :number, :name, :status, :decidedOn, :url)
				on conflict (plan_number) do update set name = excluded.name, status = excluded.status,
				    decided_on = excluded.decided_on, document_url = excluded.document_url
				returning id""")
				.param("id", UuidCreator.getTimeOrderedEpoch()).param("number", planNumber).param("name", name)
				.param("status", status.code()).param("decidedOn", decidedOn).param("url", documentUrl)
				.query(UUID.class).single();
		for (String property : properties) {
			jdbc.sql("insert into registers_plan_property (plan_id, property_designation) values (:plan, :d) on conflict do nothing")
					.param("plan", id).param("d", property).update();
		}
	}

	private List<Plan> plans(String where, Map<String, Object> params) {
		Map<UUID, Plan> plans = new LinkedHashMap<>();
		jdbc.sql("""
				select p.id, p.plan_number, p.name, p.status, p.decided_on, p.document_url,
				    array(select property_designation from registers_plan_property pp where pp.plan_id = p.id
				          order by property_designation) as properties
				from registers_plan p """ + " " + where + " " + """
				 order by case p.status when 'in-force' then 0 when 'in-progress' then 1 else 2 end, p.decided_on desc, p.plan_number""")
				.params(params)
				.query((rs, n) -> plans.put(rs.getObject(1, UUID.class), new Plan(rs.getObject(1, UUID.class), rs.getString(2),
						rs.getString(3), Status.of(rs.getString(4)), rs.getObject(5, LocalDate.class), rs.getString(6),
						List.of((String[]) rs.getArray(7).getArray()))))
				.list();
		return List.copyOf(plans.values());
	}
}
