package org.cityhall.registers;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.cityhall.search.SearchSource;
import org.cityhall.search.Searchable;
import org.cityhall.shared.LocalizedText;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The registers' documents for the search portal, all public: each building with radon readings, each food
 * business, each plan, and each property with licensed boreholes. A source's version is its table's count
 * and newest id (ids are time-ordered), so an import is found on every node within a few seconds.
 */
@Configuration(proxyBeanMethods = false)
class RegisterSearchSources {

	private static final Optional<String> ENVIRONMENT = Optional.of("environment-health");
	private static final Optional<String> PLANNING = Optional.of("city-planning");

	@Bean
	SearchSource radonSearchSource(JdbcClient jdbc) {
		return source("registers.radon", jdbc, "registers_radon_reading", () -> jdbc.sql("""
				select p.id, p.designation, p.district, max(r.becquerel) as highest,
				    string_agg(distinct a.street || ' ' || a.number_from || case when a.number_to > a.number_from
				        then '-' || a.number_to else '' end || ' ' || a.post_town, ', ') as addresses
				from registers_property p join registers_radon_reading r on r.property_id = p.id
				left join registers_property_address a on a.property_id = p.id
				group by p.id, p.designation, p.district""")
				.query((rs, n) -> Searchable.publicDocument("radon:" + rs.getString(1), "radon-reading",
						new LocalizedText(rs.getString(2), rs.getString(2)),
						// The words "radon" and "detaljplan" stay out of the registers' documents: thousands of them
						// would bury the e-service and the information page a resident searching those words wants.
						new LocalizedText(rs.getString(5) + ". " + rs.getString(3) + ". Högsta uppmätta halt "
								+ rs.getInt(4) + " Bq/m³.", rs.getString(5) + ". " + rs.getString(3)
										+ ". Highest level measured " + rs.getInt(4) + " Bq/m³."),
						"/registers/radon/" + rs.getString(1), ENVIRONMENT))
				.list());
	}

	@Bean
	SearchSource foodSearchSource(JdbcClient jdbc) {
		return source("registers.food", jdbc, "registers_food_inspection", () -> jdbc.sql("""
				select id, name, street, post_town, district from registers_food_business""")
				.query((rs, n) -> Searchable.publicDocument("food:" + rs.getString(1), "food-business",
						new LocalizedText(rs.getString(2) + " – livsmedelskontroll", rs.getString(2) + " – food inspection"),
						new LocalizedText(rs.getString(3) + ", " + rs.getString(4) + ", " + rs.getString(5)
								+ ". Resultat av livsmedelskontroller.", rs.getString(3) + ", " + rs.getString(4) + ", "
										+ rs.getString(5) + ". Food inspection results."),
						"/registers/food/" + rs.getString(1), ENVIRONMENT))
				.list());
	}

	@Bean
	SearchSource plansSearchSource(JdbcClient jdbc) {
		return source("registers.plans", jdbc, "registers_plan", () -> jdbc.sql("""
				select plan_number, name, status from registers_plan""")
				.query((rs, n) -> Searchable.publicDocument("plan:" + rs.getString(1), "development-plan",
						new LocalizedText(rs.getString(1) + " " + rs.getString(2), rs.getString(1) + " " + rs.getString(2)),
						new LocalizedText("Plan för fastigheterna i " + rs.getString(2) + ".",
								"Plan for the properties in " + rs.getString(2) + "."),
						"/registers/plans/" + rs.getString(1).replaceFirst(" ", "-"), PLANNING))
				.list());
	}

	@Bean
	SearchSource boreholeSearchSource(JdbcClient jdbc) {
		return source("registers.boreholes", jdbc, "registers_borehole", () -> {
			List<Searchable> documents = new ArrayList<>();
			jdbc.sql("""
					select property_designation, string_agg(licence_number, ' ' order by licence_number), min(district)
					from registers_borehole group by property_designation""")
					.query((rs, n) -> documents.add(Searchable.publicDocument("borehole:" + rs.getString(1), "borehole",
							new LocalizedText("Borrhål på " + rs.getString(1), "Boreholes on " + rs.getString(1)),
							new LocalizedText("Bergvärme, energibrunn. " + rs.getString(3) + ". Tillstånd " + rs.getString(2),
									"Geothermal heating, energy well. " + rs.getString(3) + ". Licence " + rs.getString(2)),
							"/registers/boreholes/near?property=" + java.net.URLEncoder.encode(rs.getString(1),
									java.nio.charset.StandardCharsets.UTF_8),
							ENVIRONMENT)))
					.list();
			return documents;
		});
	}

	private static SearchSource source(String name, JdbcClient jdbc, String table,
			java.util.function.Supplier<List<Searchable>> documents) {
		String version = "select count(*) || '@' || coalesce(max(id::text), '') || '@' || coalesce((select max(finished_at)::text"
				+ " from registers_import), '') from " + table;
		return new SearchSource() {

			@Override
			public String name() {
				return name;
			}

			@Override
			public String version() {
				return jdbc.sql(version).query(String.class).single();
			}

			@Override
			public List<Searchable> documents() {
				return documents.get();
			}
		};
	}
}
