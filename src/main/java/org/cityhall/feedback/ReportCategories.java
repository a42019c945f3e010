package org.cityhall.feedback;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.cityhall.shared.LocalizedText;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** The categories residents report in, in the order they are offered; read once, they are data the city keeps. */
@Service
public class ReportCategories {

	private final Map<String, ReportCategory> byCode;

	ReportCategories(JdbcClient jdbc) {
		Map<String, List<ReportCategory.Attribute>> attributes = new LinkedHashMap<>();
		jdbc.sql("SELECT * FROM feedback_service_attribute ORDER BY service_code, position").query((rs, n) -> {
			attributes.computeIfAbsent(rs.getString("service_code"), c -> new ArrayList<>())
					.add(new ReportCategory.Attribute(rs.getString("code"), rs.getString("datatype"), rs.getBoolean("required"),
							new LocalizedText(rs.getString("description_sv"), rs.getString("description_en")), rs.getInt("position")));
			return null;
		}).list();
		Map<String, ReportCategory> read = new LinkedHashMap<>();
		jdbc.sql("SELECT * FROM feedback_service ORDER BY position").query((rs, n) -> new ReportCategory(rs.getString("code"),
				new LocalizedText(rs.getString("name_sv"), rs.getString("name_en")),
				new LocalizedText(rs.getString("description_sv"), rs.getString("description_en")), rs.getString("service_group"),
				rs.getString("keywords"), rs.getBoolean("public_view"), attributes.getOrDefault(rs.getString("code"), List.of())))
				.list().forEach(category -> read.put(category.code(), category));
		this.byCode = Map.copyOf(read);
		this.ordered = List.copyOf(read.values());
	}

	private final List<ReportCategory> ordered;

	public List<ReportCategory> all() {
		return ordered;
	}

	public Optional<ReportCategory> find(String code) {
		return Optional.ofNullable(code == null ? null : byCode.get(code));
	}
}
