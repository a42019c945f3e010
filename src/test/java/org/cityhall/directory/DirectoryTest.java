package org.cityhall.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.cityhall.identity.StaffRoles;
import org.cityhall.placement.SchoolListed;
import org.cityhall.search.SearchSource;
import org.cityhall.shared.Position;
import org.cityhall.shared.ScopedRole;
import org.cityhall.testing.CityHallWebTest;
import org.cityhall.testing.SignedInAs;
import org.cityhall.testing.html.HtmlChecker;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Find & Compare: the city's units from queues' and placement's events, the administrations' files with a dry
 * run and per-line problems, comparing two to four side by side, and the search portal's documents.
 */
@CityHallWebTest
class DirectoryTest {

	static final RequestPostProcessor ELDERLY_CARE_OFFICER = SignedInAs.staff("officer-elderly-care",
			ScopedRole.inDepartment(StaffRoles.OFFICER, "elderly-care"));
	static final RequestPostProcessor TRAFFIC_OFFICER = SignedInAs.staff("officer-traffic",
			ScopedRole.inDepartment(StaffRoles.OFFICER, "traffic"));

	@Autowired
	MockMvc mvc;

	@Autowired
	Directory directory;

	@Autowired
	ProviderImports imports;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	ProviderSearchSource search;

	@Test
	void theCitysPreschoolsAndSchoolsComeFromTheQueueAndSchoolChoice() {
		Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> directory.find("preschool:preschool-solrosen").isPresent()
				&& directory.find("school:vasaskolan").isPresent());
		Provider solrosen = directory.find("preschool:preschool-solrosen").orElseThrow();
		assertThat(solrosen.cityRun()).isTrue();
		assertThat(solrosen.district()).isEqualTo("Hägersten-Liljeholmen");
		assertThat(solrosen.position()).contains(new Position(670950, 6577550));
		assertThat(solrosen.offers().en()).contains("outdoor learning");
		assertThat(solrosen.latest(Indicator.Type.STAFF_RATIO)).hasValueSatisfying(i -> {
			assertThat(i.value()).isEqualByComparingTo("4.8");
			assertThat(i.source()).isEqualTo("Skolverket");
			assertThat(i.year()).isEqualTo(2025);
		});
		assertThat(directory.find("school:friskolan-linden")).hasValueSatisfying(p -> assertThat(p.cityRun()).isFalse());

		String code = "test-" + UUID.randomUUID().toString().substring(0, 8);
		transactions.executeWithoutResult(status -> events.publishEvent(
				new SchoolListed(code, "Testskolan", true, "Bromma", "", new Position(667_000, 6_581_000), Instant.now())));
		Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> directory.find("school:" + code).isPresent());
		transactions.executeWithoutResult(status -> events.publishEvent(
				new SchoolListed(code, "Testskolan i Bromma", true, "Bromma", "", new Position(667_000, 6_581_000), Instant.now())));
		Awaitility.await().atMost(Duration.ofSeconds(20))
				.until(() -> directory.find("school:" + code).orElseThrow().name().equals("Testskolan i Bromma"));
	}

	@Test
	void aDryRunListsEveryLinesProblemsAndWritesNothing() {
		String code = code();
		String file = """
				kind;code;name;run_by;organisation_number;district;address;easting;northing;offers_sv;offers_en
				care-home;%1$s;Testboendet;private;556555-1230;Bromma;Testvägen 1;667100;6581700;Trädgård;Garden
				castle;%1$s-b;Borgen;private;556555-1230;Bromma;;667100;6581700;;
				care-home;%1$s-c;Utan nummer;private;;Bromma;;667100;6581700;;
				preschool;%1$s-d;Stadens egen;city;;Bromma;;667100;6581700;;
				care-home;%1$s-e;Långt bort;private;556555-1230;Bromma;;12;6581700;;
				care-home;%1$s;Testboendet igen;private;556555-1230;Bromma;;667100;6581700;;
				home-help;%1$s-f;"Hemtjänst; natt";private;556555-1230;Bromma;;;;;
				care-home;%1$s-g;För få fält
				""".formatted(code);

		ProviderImports.Result result = imports.importFile(ProviderImports.File.PROVIDERS, file.getBytes(StandardCharsets.UTF_8), false);

		assertThat(result.written()).isFalse();
		assertThat(result.problems()).extracting(ProviderImports.Problem::line, ProviderImports.Problem::column, ProviderImports.Problem::code)
				.containsExactlyInAnyOrder(
						tuple(9, "", "field-count"),
						tuple(3, "kind", "kind"),
						tuple(4, "organisation_number", "organisation-number-required"),
						tuple(5, "run_by", "city-unit-from-events"),
						tuple(6, "easting", "position"),
						tuple(7, "code", "repeated"));
		assertThat(directory.find("care-home:" + code)).isEmpty();
		assertThat(directory.find("home-help:" + code + "-f")).isEmpty();
	}

	@Test
	void aFileWithoutProblemsIsCheckedThenImportedWithItsIndicators() {
		String code = code();
		byte[] providers = ("\uFEFFkind,code,name,run_by,organisation_number,district,address,easting,northing,offers_sv,offers_en\n"
				+ "care-home," + code + ",Testgårdens äldreboende,private,5565551230,Skärholmen,Testgatan 2,665800,6574200,\"Trädgård, bastu\",\"Garden, sauna\"\n"
				+ "home-help," + code + ",Testhemtjänsten,private,5565551230,Skärholmen,,,,,\n").getBytes(StandardCharsets.UTF_8);

		ProviderImports.Result dryRun = imports.importFile(ProviderImports.File.PROVIDERS, providers, true);
		assertThat(dryRun.problems()).isEmpty();
		assertThat(dryRun.written()).isFalse();
		assertThat(directory.find("care-home:" + code)).isEmpty();

		ProviderImports.Result imported = imports.importFile(ProviderImports.File.PROVIDERS, providers, false);
		assertThat(imported.written()).isTrue();
		assertThat(imported.lines()).isEqualTo(2);
		Provider home = directory.find("care-home:" + code).orElseThrow();
		assertThat(home.cityRun()).isFalse();
		assertThat(home.organisationNumber()).contains("5565551230");
		assertThat(home.offers().en()).isEqualTo("Garden, sauna");
		assertThat(directory.find("home-help:" + code).orElseThrow().position()).isEmpty();

		String indicators = """
				provider;indicator;year;value;source
				care-home:%1$s;satisfaction;2025;81,5;Socialstyrelsens brukarundersökning
				care-home:%1$s;satisfaction;2024;77;Socialstyrelsens brukarundersökning
				care-home:%1$s;satisfaction;2023;101;Socialstyrelsens brukarundersökning
				care-home:no-such-%1$s;satisfaction;2025;80;Socialstyrelsens brukarundersökning
				care-home:%1$s;smiles;2025;80;Någon
				care-home:%1$s;staff-ratio;1850;1.2;IVO
				""".formatted(code);
		ProviderImports.Result refused = imports.importFile(ProviderImports.File.INDICATORS, indicators.getBytes(StandardCharsets.UTF_8), false);
		assertThat(refused.problems()).extracting(ProviderImports.Problem::line, ProviderImports.Problem::code)
				.containsExactlyInAnyOrder(tuple(4, "value-range"), tuple(5, "unknown-provider"), tuple(6, "indicator"), tuple(7, "year"));
		assertThat(directory.find("care-home:" + code).orElseThrow().indicators()).isEmpty();

		String good = String.join("\n", indicators.lines().limit(3).toList());
		assertThat(imports.importFile(ProviderImports.File.INDICATORS, good.getBytes(StandardCharsets.UTF_8), false).written()).isTrue();
		assertThat(directory.find("care-home:" + code).orElseThrow().latest(Indicator.Type.SATISFACTION)).hasValueSatisfying(i -> {
			assertThat(i.year()).isEqualTo(2025);
			assertThat(i.value()).isEqualByComparingTo("81.5");
		});

		assertThat(search.documents()).anySatisfy(document -> {
			assertThat(document.url()).isEqualTo("/directory/care-home:" + code);
			assertThat(document.kind()).isEqualTo("provider");
			assertThat(document.text().en()).contains("Elderly care home", "Independent", "Skärholmen", "sauna");
		});
	}

	@Test
	void theImportPageIsForTheFundingDepartmentsOfficersAndShowsProblemsByLine() throws Exception {
		mvc.perform(get("/staff/directory/import").with(TRAFFIC_OFFICER)).andExpect(status().isForbidden());
		MockMultipartFile file = new MockMultipartFile("content", "providers.csv", "text/csv",
				"kind;code;name;run_by;organisation_number;district;address;easting;northing;offers_sv;offers_en\ncastle;x;X;private;;Bromma;;1;2;;\n"
						.getBytes(StandardCharsets.UTF_8));
		String problems = mvc.perform(multipart("/staff/directory/import").file(file).param("file", "providers").param("action", "import")
				.param("lang", "en").with(ELDERLY_CARE_OFFICER).with(csrf()))
				.andExpect(status().isOk())
				.andExpect(content().string(allOf(containsString("govuk-error-summary"), containsString("Problems in providers.csv"),
						containsString("Not a kind: write preschool"), containsString("Nothing was imported"))))
				.andReturn().getResponse().getContentAsString();
		HtmlChecker.assertValid(problems, "directory, import with problems (en)");
		mvc.perform(multipart("/staff/directory/import").param("action", "check").with(ELDERLY_CARE_OFFICER).with(csrf()))
				.andExpect(content().string(allOf(containsString("Välj vilken fil det är"), containsString("Välj filen att kontrollera"))));
	}

	@Test
	void aParentComparesThreePreschoolsButNotOneOrFive() throws Exception {
		Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> directory.find("preschool:preschool-lonnen").isPresent());
		String three = mvc.perform(get("/directory/compare").param("lang", "en").param("id", "preschool:preschool-solrosen",
				"preschool:preschool-ekorren", "preschool:preschool-lonnen"))
				.andExpect(status().isOk())
				.andExpect(content().string(allOf(containsString("3 providers side by side"), containsString("Förskolan Solrosen"),
						containsString("Förskolan Ekorren"), containsString("4.8 per member of staff"), containsString("(Skolverket, 2025)"),
						containsString("/eservices/preschool-application"))))
				.andReturn().getResponse().getContentAsString();
		HtmlChecker.assertValid(three, "directory, three compared (en)");
		HtmlChecker.assertValid(mvc.perform(get("/directory/preschool:preschool-solrosen")).andExpect(status().isOk())
				.andReturn().getResponse().getContentAsString(), "directory, a pre-school (sv)");
		mvc.perform(get("/directory/compare").param("id", "preschool:preschool-solrosen"))
				.andExpect(status().isOk())
				.andExpect(content().string(allOf(containsString("govuk-error-summary"), containsString("Välj minst två utförare"))));
		String five = mvc.perform(get("/directory/compare").param("lang", "en").param("kind", "preschool").param("id",
				"preschool:preschool-solrosen", "preschool:preschool-ekorren", "preschool:preschool-lonnen", "preschool:preschool-hamnen",
				"preschool:preschool-backen"))
				.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		HtmlChecker.assertValid(five, "directory, five chosen (en)");
		assertThat(five).contains("Choose at most 4 providers").containsPattern("value=\"preschool:preschool-backen\"[^>]*checked=\"checked\"");
	}

	@Test
	void residentsFilterByKindAndWhoRunsIt() throws Exception {
		Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> directory.find("preschool:preschool-tallen").isPresent());
		mvc.perform(get("/directory").param("kind", "preschool").param("runBy", "private").param("lang", "en"))
				.andExpect(status().isOk())
				.andExpect(content().string(allOf(containsString("Förskolan Ugglan"), not(containsString("Förskolan Tallen")),
						not(containsString("Vasaskolan")))));
		String geoJson = mvc.perform(get("/api/v1/directory/providers.geojson").param("kind", "preschool").param("district", "Bromma"))
				.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(geoJson).contains("\"Förskolan Tallen\"", "\"FeatureCollection\"").doesNotContain("Solrosen");
		mvc.perform(get("/directory").param("q", "x".repeat(101)).param("lang", "en"))
				.andExpect(content().string(allOf(containsString("Type at most 100 characters"), containsString("value=\"" + "x".repeat(101) + "\""))));
	}

	private static String code() {
		return "test-" + UUID.randomUUID().toString().substring(0, 8);
	}
}
