package org.cityhall.feedback;

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
		return jdbc.sql("SELECT * FROM feedback_routing_rule ORDER BY position, id").query((rs, n) -> {
			Optional<RoutingRule.Area> area = rs.getObject("south") == null ? Optional.empty()
					: Optional.of(new RoutingRule.Area(rs.getDouble("south"), rs.getDouble("west"), rs.getDouble("north"), rs.getDouble("east")));
			return new RoutingRule(rs.getObject("id", UUID.class), rs.getInt("position"), Optional.ofNullable(rs.getString("service_code")),
					area, RoutingRule.words(rs.getString("words")), rs.getString("department"));
		}).list();
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
	public RoutingRule add(Optional<String> category, Optional<RoutingRule.Area> area, List<String> words, String department) {
		int position = jdbc.sql("SELECT coalesce(max(position), 0) + 10 FROM feedback_routing_rule").query(Integer.class).single();
		RoutingRule rule = new RoutingRule(UuidCreator.getTimeOrderedEpoch(), position, category, area, words, department);
		jdbc.sql("""
				INSERT INTO feedback_routing_rule (id, position, service_code, south, west, north, east, words, department)
				VALUES (:id, :position, :category, :south, :west, :north, :east, :words, :department)
				""").param("id", rule.id()).param("position", position).param("category", category.orElse(null))
				.param("south", area.map(RoutingRule.Area::south).orElse(null)).param("west", area.map(RoutingRule.Area::west).orElse(null))
				.param("north", area.map(RoutingRule.Area::north).orElse(null)).param("east", area.map(RoutingRule.Area::east).orElse(null))
				.param("words", words.isEmpty() ? null : String.join(", ", words)).param("department", department).update();
		return rule;
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
