package org.cityhall.catalogue.information;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.cityhall.catalogue.InformationPages;
import org.cityhall.catalogue.PublishedInformationPage;
import org.cityhall.shared.LocalizedText;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The published versions of information pages, read straight from their tables. */
@Component
class JdbcInformationPages implements InformationPages {

	private static final String PUBLISHED = """
			SELECT p.slug, p.department, v.number, v.title_sv, v.title_en, v.summary_sv, v.summary_en, v.body_sv, v.body_en,
			       v.eservices, v.life_situations, v.published_at
			FROM catalogue_information_page p
			JOIN catalogue_information_page_version v ON v.page_id = p.id AND v.state = 'PUBLISHED'
			""";

	private final JdbcClient jdbc;

	JdbcInformationPages(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<PublishedInformationPage> published() {
		return jdbc.sql(PUBLISHED + " ORDER BY v.title_sv").query(JdbcInformationPages::map).list();
	}

	@Override
	public Optional<PublishedInformationPage> findPublished(String slug) {
		return jdbc.sql(PUBLISHED + " WHERE p.slug = :slug").param("slug", slug).query(JdbcInformationPages::map).optional();
	}

	@Override
	public List<PublishedInformationPage> aboutEService(String eserviceId) {
		return jdbc.sql(PUBLISHED + " WHERE :id = ANY (v.eservices) ORDER BY v.title_sv").param("id", eserviceId)
				.query(JdbcInformationPages::map).list();
	}

	@Override
	public List<PublishedInformationPage> inLifeSituation(String lifeSituationId) {
		return jdbc.sql(PUBLISHED + " WHERE :id = ANY (v.life_situations) ORDER BY v.title_sv").param("id", lifeSituationId)
				.query(JdbcInformationPages::map).list();
	}

	private static PublishedInformationPage map(ResultSet rs, int row) throws SQLException {
		return new PublishedInformationPage(rs.getString("slug"), rs.getString("department"), rs.getInt("number"),
				new LocalizedText(rs.getString("title_sv"), rs.getString("title_en")),
				new LocalizedText(rs.getString("summary_sv"), rs.getString("summary_en")),
				new LocalizedText(rs.getString("body_sv"), rs.getString("body_en")),
				strings(rs.getArray("eservices")), strings(rs.getArray("life_situations")),
				rs.getTimestamp("published_at").toInstant());
	}

	private static List<String> strings(Array array) throws SQLException {
		return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
	}
}
