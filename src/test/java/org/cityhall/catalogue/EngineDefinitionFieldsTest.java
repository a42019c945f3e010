package org.cityhall.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.cityhall.catalogue.definition.CatalogueDefinitions;
import org.cityhall.definitions.InvalidDefinitionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * What the e-service engine reads from a definition: the handling target, the fee, the case number prefix,
 * the e-service followed up and the version. A wrong value stops the reading naming file, line and field.
 */
class EngineDefinitionFieldsTest {

	private static final String HEADER = """
			title: {sv: Testtjänst, en: Test service}
			summary: {sv: En tjänst för test., en: A service for tests.}
			description: {sv: Den finns för att testa läsningen., en: It exists to test the reading.}
			department: environment-health
			lifeSituations: [environment-and-building]
			audience: [residents]
			login: digital-id
			kind: application
			channels: [web]
			status: live
			handlingTime: {sv: Fyra veckor., en: Four weeks.}
			whoCanUse: {sv: Alla., en: Everyone.}
			benefit: {yearlyCases: 1000, expectedDigitalShare: 0.5, minutesSavedPerDigitalCase: 10, developmentCost: 100000, runningCostPerYear: 1000, hourlyStaffCost: 450}
			""";

	private static final String FORM = """
			form:
			  steps:
			    - id: only
			      title: {sv: Steg, en: Step}
			      fields:
			        - {id: name, type: text, label: {sv: Namn, en: Name}, prefill: applicant.name}
			""";

	private static final String FEE = """
			fee:
			  amount: 1250
			  vatRate: 0.25
			  description: {sv: Kartavgift, en: Map fee}
			""";

	@TempDir
	Path folder;

	/** A definition of the id with the given lines added to a complete application with a form. */
	private static String application(String id, String extra) {
		return "id: " + id + "\n" + HEADER + extra + FORM;
	}

	private CatalogueDefinitions.Loaded load(Map<String, String> files) {
		try {
			Path eservices = Files.createDirectories(folder.resolve("eservices"));
			for (Map.Entry<String, String> file : files.entrySet()) {
				Files.writeString(eservices.resolve(file.getKey() + ".yml"), file.getValue(), StandardCharsets.UTF_8);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return CatalogueDefinitions.load(new PathMatchingResourcePatternResolver(), "classpath:catalogue/departments.yml",
				"classpath:catalogue/life-situations.yml", folder.toUri() + "eservices/*.yml");
	}

	private EService loadOne(String yaml) {
		return load(Map.of("test-service", yaml)).eservices().get(0);
	}

	private static int lineOf(String yaml, String text) {
		List<String> lines = yaml.lines().toList();
		for (int i = 0; i < lines.size(); i++) {
			if (lines.get(i).contains(text)) {
				return i + 1;
			}
		}
		throw new AssertionError("'" + text + "' is not in the definition");
	}

	private void assertRefused(Map<String, String> files, String file, int line, String field, String problem) {
		assertThatThrownBy(() -> load(files)).isInstanceOfSatisfying(InvalidDefinitionException.class, ex -> {
			assertThat(ex.file()).isEqualTo("eservices/" + file + ".yml");
			assertThat(ex.line()).isEqualTo(line);
			assertThat(ex.field()).isEqualTo(field);
			assertThat(ex.problem()).contains(problem);
			assertThat(ex.getMessage()).startsWith("eservices/" + file + ".yml, line " + line + ", field '" + field + "': ");
		});
	}

	private void assertRefused(String yaml, String lineText, String field, String problem) {
		assertRefused(Map.of("test-service", yaml), "test-service", lineOf(yaml, lineText), field, problem);
	}

	@Test
	void readsTheHandlingTargetInDays() {
		assertThat(loadOne(application("test-service", "handlingTargetDays: 28\n")).handlingTargetDays()).hasValue(28);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			0          | must be at least 1, was 0
			-3         | must be at least 1, was -3
			four weeks | must be a whole number, was 'four weeks'
			2.5        | must be a whole number, was '2.5'
			""")
	void aHandlingTargetThatIsNotAWholeNumberOfDaysIsRefused(String value, String problem) {
		String yaml = application("test-service", "handlingTargetDays: " + value + "\n");
		assertRefused(yaml, "handlingTargetDays:", "handlingTargetDays", problem);
	}

	@Test
	void anApplicationWithAFormNeedsAHandlingTarget() {
		assertRefused(Map.of("test-service", application("test-service", "")), "test-service", 1, "handlingTargetDays",
				"is required for an application with a form");
	}

	@Test
	void anApplicationWithoutAFormOrAnotherKindMayGoWithoutAHandlingTarget() {
		String noForm = "id: test-service\n" + HEADER;
		assertThat(loadOne(noForm).handlingTargetDays()).isEmpty();
		String information = application("test-service", "").replace("kind: application", "kind: information");
		assertThat(loadOne(information).handlingTargetDays()).isEmpty();
		assertThat(loadOne(information.replace("form:", "handlingTargetDays: 5\nform:")).handlingTargetDays()).hasValue(5);
	}

	@Test
	void aFormWithoutLoginPrefillsNothing() {
		String yaml = application("test-service", "handlingTargetDays: 10\n").replace("login: digital-id", "login: none");
		assertRefused(yaml, "  steps:", "form", "field 'name' is prefilled with applicant.name, but with login: none");
		assertThat(loadOne(yaml.replace(", prefill: applicant.name", "")).form()).isPresent();
	}

	@Test
	void readsTheFeeWithItsVat() {
		Fee fee = loadOne(application("test-service", "handlingTargetDays: 10\n" + FEE)).fee().orElseThrow();
		assertThat(fee.amount()).isEqualByComparingTo("1250");
		assertThat(fee.vatRate()).isEqualByComparingTo("0.25");
		assertThat(fee.vat()).isEqualByComparingTo("250.00");
		assertThat(fee.amountExcludingVat()).isEqualByComparingTo("1000.00");
		assertThat(fee.description().en()).isEqualTo("Map fee");
		assertThat(loadOne(application("test-service", "handlingTargetDays: 10\n")).fee()).isEmpty();
	}

	@Test
	void aFeeMayHaveOreAndAnyOfTheSwedishVatRates() {
		for (String rate : List.of("0", "0.06", "0.12", "0.25", "0.250")) {
			String yaml = application("test-service", "handlingTargetDays: 10\n"
					+ FEE.replace("amount: 1250", "amount: 99.50").replace("vatRate: 0.25", "vatRate: " + rate));
			Fee fee = loadOne(yaml).fee().orElseThrow();
			assertThat(fee.amount()).isEqualByComparingTo("99.50");
			assertThat(fee.vatRate()).isEqualByComparingTo(rate);
		}
	}

	@ParameterizedTest(name = "{0}: {1}")
	@CsvSource(delimiter = '|', textBlock = """
			amount: 1250    | amount: 0           | amount:      | fee.amount      | must be above 0 SEK, was 0
			amount: 1250    | amount: -100        | amount:      | fee.amount      | must be above 0 SEK, was -100
			amount: 1250    | amount: 12.345      | amount:      | fee.amount      | must have at most two decimals (öre), was 12.345
			amount: 1250    | amount: much        | amount:      | fee.amount      | must be a number such as 20 or 2.5, was 'much'
			vatRate: 0.25   | vatRate: 0.2        | vatRate:     | fee.vatRate     | must be 0, 0.06, 0.12 or 0.25 (0.25 means 25 % VAT), was 0.2
			vatRate: 0.25   | vatRate: 25         | vatRate:     | fee.vatRate     | must be 0, 0.06, 0.12 or 0.25 (0.25 means 25 % VAT), was 25
			vatRate: 0.25   | vatRate: 0.125      | vatRate:     | fee.vatRate     | must be 0, 0.06, 0.12 or 0.25 (0.25 means 25 % VAT), was 0.125
			vatRate: 0.25   | currency: SEK       | currency:    | fee.currency    | is not a known field; known here are amount, description, vatRate
			""")
	void aWrongFeeIsRefused(String from, String to, String lineText, String field, String problem) {
		String yaml = application("test-service", "handlingTargetDays: 10\n" + FEE.replace(from, to));
		assertRefused(yaml, lineText, field, problem);
	}

	@Test
	void aFeeWithoutADescriptionIsRefused() {
		String yaml = application("test-service", "handlingTargetDays: 10\n"
				+ FEE.replace("  description: {sv: Kartavgift, en: Map fee}\n", ""));
		// a missing field is reported at the first line of the fields beside it
		assertRefused(yaml, "amount:", "fee.description", "is required but missing");
	}

	@ParameterizedTest(name = "{0} gives {1}")
	@CsvSource({
			"heat-pump-licence, HPL",
			"building-permit, BP",
			"report-start-of-construction, RSOC",
			"no-key-home-help, NKHH",
			"a-very-long-list-of-words, AVLL",
			"swimming, SW",
			"e-invoicing, EI",
			"xy-2026, XY",
			"x1y, XY"})
	void thePrefixIsDerivedFromTheIdsWordInitials(String id, String prefix) {
		assertThat(CatalogueDefinitions.derivedCaseNumberPrefix(id)).contains(prefix);
	}

	@Test
	void anIdWithFewerThanTwoLettersDerivesNoPrefix() {
		assertThat(CatalogueDefinitions.derivedCaseNumberPrefix("x")).isEmpty();
		assertThat(CatalogueDefinitions.derivedCaseNumberPrefix("x-2026")).isEmpty();
		String yaml = application("x-1", "handlingTargetDays: 10\n");
		assertRefused(Map.of("x-1", yaml), "x-1", 1, "caseNumberPrefix", "is required when the id has fewer than two letters");
		assertThat(load(Map.of("x-1", yaml.replace("handlingTargetDays", "caseNumberPrefix: XO\nhandlingTargetDays")))
				.eservices().get(0).caseNumberPrefix()).isEqualTo("XO");
	}

	@Test
	void aPrefixWrittenOutIsUsedAndOneLeftOutIsDerived() {
		assertThat(loadOne(application("test-service", "handlingTargetDays: 10\ncaseNumberPrefix: TJ\n")).caseNumberPrefix())
				.isEqualTo("TJ");
		assertThat(loadOne(application("test-service", "handlingTargetDays: 10\n")).caseNumberPrefix()).isEqualTo("TS");
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource({"T", "tj", "TJXYZ", "T1", "ÅÄ", "T-J"})
	void aPrefixThatIsNotTwoToFourCapitalLettersIsRefused(String prefix) {
		String yaml = application("test-service", "handlingTargetDays: 10\ncaseNumberPrefix: '" + prefix + "'\n");
		assertRefused(yaml, "caseNumberPrefix:", "caseNumberPrefix",
				"must be two to four upper-case letters A-Z (like HPL), was '" + prefix + "'");
	}

	@Test
	void aPrefixWrittenOutThatAnotherEServiceHasStopsTheStart() {
		Map<String, String> files = new LinkedHashMap<>();
		files.put("heat-pump-licence", application("heat-pump-licence", "handlingTargetDays: 10\n"));
		String clash = application("home-pool", "handlingTargetDays: 10\ncaseNumberPrefix: HPL\n");
		files.put("home-pool", clash);
		assertRefused(files, "home-pool", lineOf(clash, "caseNumberPrefix:"), "caseNumberPrefix",
				"'HPL' is already the case number prefix of heat-pump-licence (eservices/heat-pump-licence.yml)");
	}

	@Test
	void aDerivedPrefixThatAnotherEServiceHasStopsTheStartAskingForOne() {
		Map<String, String> files = new LinkedHashMap<>();
		files.put("heat-pump-licence", application("heat-pump-licence", "handlingTargetDays: 10\n"));
		files.put("home-parking-lot", application("home-parking-lot", "handlingTargetDays: 10\n"));
		assertRefused(files, "home-parking-lot", 1, "caseNumberPrefix",
				"is not given, and the prefix derived from the id, 'HPL' is already the case number prefix of heat-pump-licence");
		files.put("home-parking-lot", application("home-parking-lot", "handlingTargetDays: 10\ncaseNumberPrefix: HPA\n"));
		assertThat(load(files).eservices()).extracting(EService::caseNumberPrefix).containsExactly("HPL", "HPA");
	}

	@Test
	void aFollowUpNamesAnotherEServiceOfTheCatalogue() {
		Map<String, String> files = new LinkedHashMap<>();
		files.put("building-permit", application("building-permit", "handlingTargetDays: 70\n"));
		files.put("report-start", application("report-start", "handlingTargetDays: 14\nfollowUpOf: building-permit\n"));
		List<EService> loaded = load(files).eservices();
		assertThat(loaded.get(0).followUpOf()).isEmpty();
		assertThat(loaded.get(1).followUpOf()).contains("building-permit");
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
			planning-permit | 'planning-permit' is not an e-service of the catalogue
			test-service    | an e-service cannot follow up itself
			Building Permit | must be lower-case letters, digits and single hyphens
			""")
	void aFollowUpOfNoOtherEServiceIsRefused(String followed, String problem) {
		String yaml = application("test-service", "handlingTargetDays: 14\nfollowUpOf: " + followed + "\n");
		assertRefused(yaml, "followUpOf:", "followUpOf", problem);
	}

	@Test
	void followUpsThatGoRoundInACircleAreRefused() {
		Map<String, String> files = new LinkedHashMap<>();
		String first = application("first-service", "handlingTargetDays: 14\nfollowUpOf: second-service\n");
		files.put("first-service", first);
		files.put("second-service", application("second-service", "handlingTargetDays: 14\nfollowUpOf: first-service\n"));
		assertRefused(files, "first-service", lineOf(first, "followUpOf:"), "followUpOf",
				"following up goes round in a circle: first-service -> second-service -> first-service");
	}

	@Test
	void theWorkedExampleOfTheDocumentationLoadsAsItSays() throws IOException {
		String doc = Files.readString(Path.of("docs/eservice-definition.md"), StandardCharsets.UTF_8);
		int example = doc.indexOf("## A worked example");
		int start = doc.indexOf("```yaml\n", example) + "```yaml\n".length();
		String yaml = doc.substring(start, doc.indexOf("```", start));
		EService e = load(Map.of("heat-pump-licence", yaml)).eservices().get(0);
		assertThat(e.handlingTargetDays()).hasValue(28);
		assertThat(e.caseNumberPrefix()).isEqualTo("HPL");
		assertThat(e.fee()).hasValueSatisfying(fee -> {
			assertThat(fee.amount()).isEqualByComparingTo("4740");
			assertThat(fee.vat()).isZero();
		});
		assertThat(e.form().orElseThrow().field("applicantName").orElseThrow().prefill())
				.contains(org.cityhall.forms.Prefill.APPLICANT_NAME);
		assertThat(e.form().orElseThrow().field("sitePlanGuidance").orElseThrow().label().en()).contains(", ");
		assertThat(e.benefit().hoursSavedPerYear()).isEqualByComparingTo("910");
		assertThat(e.benefit().yearlySaving()).isEqualTo(309_500);
		assertThat(e.benefit().paybackYears()).hasValueSatisfying(years -> assertThat(years).isEqualByComparingTo("6.1"));
	}

	@Test
	void theVersionIsTheStartOfTheFilesSha256AndChangesWithTheFile() throws Exception {
		String yaml = application("test-service", "handlingTargetDays: 10\n");
		String expected = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
				.digest(yaml.getBytes(StandardCharsets.UTF_8))).substring(0, 16);
		EService first = loadOne(yaml);
		assertThat(first.version()).isEqualTo(expected).hasSize(16);
		EService changed = loadOne(yaml.replace("Four weeks.", "Four weeks at most."));
		assertThat(changed.version()).isNotEqualTo(first.version()).matches("[0-9a-f]{16}");
	}
}
