package org.cityhall.feedback;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.cityhall.shared.Wgs84;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.github.f4b6a3.uuid.UuidCreator;

/**
 * The rules administrators keep for sending each report to the department responsible, in their order. A
 * report no rule takes goes to the department of the e-service (the City Executive Office, which passes it on).
 */
@Service
public class RoutingRules {

	private final JdbcClient jdbc;

	RoutingRules(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<RoutingRule> all() {
		return jdbc.sql("SELECT * FROM feedback_routing_rule ORDER BY position, id").query(RoutingRules::rule).list();
	}

	public Optional<RoutingRule> find(UUID id) {
		return jdbc.sql("SELECT * FROM feedback_routing_rule WHERE id = :id").param("id", id).query(RoutingRules::rule).optional();
	}

	private static RoutingRule rule(ResultSet rs, int row) throws SQLException {
		return new RoutingRule(rs.getObject("id", UUID.class), rs.getInt("position"), Optional.ofNullable(rs.getString("service_code")),
				Optional.ofNullable(rs.getString("area_wkt")).map(RoutingArea::parse), RoutingRule.words(rs.getString("words")),
				rs.getString("department"));
	}

	/** The department the first matching rule names, or the fallback when none matches. */
	public String route(String category, Optional<Wgs84> at, String text, String fallback) {
		return route(all(), category, at, text, fallback);
	}

	static String route(List<RoutingRule> rules, String category, Optional<Wgs84> at, String text, String fallback) {
		return rules.stream().filter(rule -> rule.matches(category, at, text)).findFirst().map(RoutingRule::department).orElse(fallback);
	}

	/** Adds a rule after the others. */
	@Transactional
	public RoutingRule add(Optional<String> category, Optional<RoutingArea> area, List<String> words, String department) {
		int position = jdbc.sql("SELECT coalesce(max(position), 0) + 10 FROM feedback_routing_rule").query(Integer.class).single();
		RoutingRule rule = new RoutingRule(UuidCreator.getTimeOrderedEpoch(), position, category, area, words, department);
		jdbc.sql("""
				INSERT INTO feedback_routing_rule (id, position, service_code, area_wkt, words, department)
				VALUES (:id, :position, :category, :area, :words, :department)
				""").param("id", rule.id()).param("position", position).param("category", category.orElse(null))
				.param("area", area.map(RoutingArea::wkt).orElse(null))
				.param("words", words.isEmpty() ? null : String.join(", ", words)).param("department", department).update();
		return rule;
	}

	/**
	 * Changes a rule's conditions and department; it keeps its place in the order.
	 * @throws IllegalArgumentException when there is no such rule
	 */
	@Transactional
	public RoutingRule change(UUID id, Optional<String> category, Optional<RoutingArea> area, List<String> words, String department) {
		RoutingRule rule = find(id).orElseThrow(() -> new IllegalArgumentException("no routing rule " + id));
		jdbc.sql("UPDATE feedback_routing_rule SET service_code = :category, area_wkt = :area, words = :words, department = :department WHERE id = :id")
				.param("category", category.orElse(null)).param("area", area.map(RoutingArea::wkt).orElse(null))
				.param("words", words.isEmpty() ? null : String.join(", ", words)).param("department", department).param("id", id).update();
		return new RoutingRule(id, rule.position(), category, area, words, department);
	}

	@Transactional
	public void remove(UUID id) {
		jdbc.sql("DELETE FROM feedback_routing_rule WHERE id = :id").param("id", id).update();
	}

	/** Moves a rule one place earlier, so it is tried before the rule that was before it. */
	@Transactional
	public void moveUp(UUID id) {
		List<RoutingRule> rules = all();
		for (int i = 1; i < rules.size(); i++) {
			if (rules.get(i).id().equals(id)) {
				RoutingRule earlier = rules.get(i - 1);
				RoutingRule rule = rules.get(i);
				jdbc.sql("UPDATE feedback_routing_rule SET position = :p WHERE id = :id").param("p", earlier.position()).param("id", rule.id()).update();
				jdbc.sql("UPDATE feedback_routing_rule SET position = :p WHERE id = :id").param("p", rule.position()).param("id", earlier.id()).update();
				if (earlier.position() == rule.position()) {
					jdbc.sql("UPDATE feedback_routing_rule SET position = position + 1 WHERE id = :id").param("id", earlier.id()).update();
				}
				return;
			}
		}
	}
}
