package org.cityhall.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.cityhall.catalogue.EService.Status;
import org.cityhall.forms.Field;
import org.cityhall.forms.FieldType;
import org.cityhall.forms.FormDefinition;
import org.cityhall.forms.Prefill;
import org.junit.jupiter.api.Test;

/** The catalogue the city ships: every e-service of the programme, honestly marked, with the published figures. */
class ShippedCatalogueTest {

	static final List<String> PROGRAMME = List.of("housing-queue", "wedding-booking", "school-application",
			"preschool-application", "residents-parking-permit", "radon-readings", "heat-pump-licence", "care-diary",
			"building-permit", "preschool-portal", "komet-parent-training", "art-school-courses",
			"sports-facility-booking", "cycle-trip-planner", "elderly-care-enquiry", "holiday-camp", "swimming",
			"find-and-compare", "navigation-support", "e-invoicing", "food-inspection-results",
			"comments-and-complaints", "alcohol-licence", "no-key-home-help", "mobile-security-alarm",
			"traffic-information", "heavy-traffic-exemption", "job-market-portal", "custodian-annual-report",
			"planning-guidance", "city-museum", "elderly-support-application", "report-start-of-construction",
			"map-order");

	/** The programme's application e-services that run on the e-service engine, each with its form. */
	static final List<String> LIVE_APPLICATIONS = List.of("heat-pump-licence", "building-permit",
			"report-start-of-construction", "alcohol-licence", "heavy-traffic-exemption", "elderly-care-enquiry",
			"elderly-support-application", "map-order", "custodian-annual-report", "planning-guidance",
			"school-application");

	/** The programme's queues that run on the e-service engine through the queues module's submission handler. */
	static final List<String> LIVE_QUEUES = List.of("preschool-application", "art-school-courses", "housing-queue");
	/** The booking e-services that run on the booking engine through the e-service engine, each with its form. */
	static final List<String> LIVE_BOOKINGS = List.of("wedding-booking", "sports-facility-booking", "swimming", "holiday-camp");
	/** The permit e-services that run on the permits engine through the e-service engine, each with its form. */
	static final List<String> LIVE_PERMITS = List.of("residents-parking-permit");
	/** The public registers searched on the registers module's pages, with no form. */
	static final List<String> LIVE_REGISTERS = List.of("radon-readings", "food-inspection-results");

	/** The journals that run on the records module: read and shared, not applied for. */
	static final List<String> LIVE_JOURNALS = List.of("care-diary", "preschool-portal");

	private final Catalogue catalogue = ShippedCatalogue.get();

	@Test
	void everyEServiceOfTheProgrammeHasADefinition() {
		assertThat(catalogue.all(Locale.ROOT)).extracting(EService::id).containsExactlyInAnyOrderElementsOf(PROGRAMME);
	}

	@Test
	void onlyTheEServicesOnTheEngineAreLiveAndTheRestAreStillUnderDevelopment() {
		List<String> onTheEngine = new java.util.ArrayList<>(LIVE_APPLICATIONS);
		onTheEngine.addAll(LIVE_QUEUES);
		onTheEngine.addAll(LIVE_BOOKINGS);
		onTheEngine.addAll(LIVE_PERMITS);
		onTheEngine.addAll(LIVE_REGISTERS);
		onTheEngine.addAll(LIVE_JOURNALS);
		assertThat(catalogue.all(Locale.ROOT)).filteredOn(EService::isLive).extracting(EService::id)
				.containsExactlyInAnyOrderElementsOf(onTheEngine);
		assertThat(catalogue.all(Locale.ROOT)).filteredOn(e -> !onTheEngine.contains(e.id()))
				.extracting(EService::status).containsOnly(Status.UNDER_DEVELOPMENT);
	}

	@Test
	void everyLiveApplicationHasAFormAHandlingTargetAndItsOwnCaseNumberPrefix() {
		List<EService> live = catalogue.all(Locale.ROOT).stream()
				.filter(e -> e.isLive() && e.kind() == EService.Kind.APPLICATION).toList();
		assertThat(live).isNotEmpty();
		for (EService e : live) {
			assertThat(e.form()).as(e.id()).hasValueSatisfying(form -> assertThat(form.steps()).isNotEmpty());
			assertThat(e.handlingTargetDays()).as(e.id()).isPresent();
			assertThat(e.handlingTargetDays().getAsInt()).as(e.id()).isPositive();
		}
		assertThat(catalogue.all(Locale.ROOT)).extracting(EService::caseNumberPrefix).doesNotHaveDuplicates()
				.allMatch(prefix -> prefix.matches("[A-Z]{2,4}"));
	}

	@Test
	void everyApplicationOnTheEngineLoadsWithItsHandlingTarget() {
		Map<String, Integer> targets = new java.util.HashMap<>(Map.of("heat-pump-licence", 28, "building-permit", 70,
				"report-start-of-construction", 14, "alcohol-licence", 56, "heavy-traffic-exemption", 7,
				"elderly-care-enquiry", 3, "elderly-support-application", 28, "map-order", 28,
				"custodian-annual-report", 180, "planning-guidance", 14));
		targets.put("school-application", 120);
		assertThat(targets.keySet()).containsExactlyInAnyOrderElementsOf(LIVE_APPLICATIONS);
		targets.forEach((id, days) -> assertThat(catalogue.find(id)).as(id)
				.hasValueSatisfying(e -> assertThat(e.handlingTargetDays()).hasValue(days)));
	}

	@Test
	void theFeesAreThoseOfTheCitysFeeSchedulesWithVatOnlyOnTheMap() {
		Map<String, String> fees = Map.of("heat-pump-licence", "4740.00", "building-permit", "12460.00",
				"alcohol-licence", "12700.00", "heavy-traffic-exemption", "700.00", "map-order", "1250.00");
		fees.forEach((id, amount) -> assertThat(catalogue.find(id).orElseThrow().fee()).as(id)
				.hasValueSatisfying(fee -> assertThat(fee.amount()).isEqualByComparingTo(amount)));
		Fee map = catalogue.find("map-order").orElseThrow().fee().orElseThrow();
		assertThat(map.vatRate()).isEqualByComparingTo("0.25");
		assertThat(map.vat()).isEqualByComparingTo("250.00");
		assertThat(catalogue.all(Locale.ROOT)).filteredOn(e -> e.fee().isPresent() && !e.id().equals("map-order"))
				.allSatisfy(e -> assertThat(e.fee().orElseThrow().vatRate()).as(e.id()).isZero());
		assertThat(catalogue.find("elderly-support-application").orElseThrow().fee()).isEmpty();
	}

	@Test
	void reportingTheStartOfConstructionFollowsUpTheBuildingPermit() {
		EService report = catalogue.find("report-start-of-construction").orElseThrow();
		assertThat(report.followUpOf()).contains("building-permit");
		assertThat(report.caseNumberPrefix()).isEqualTo("RSOC");
		assertThat(catalogue.find("heat-pump-licence").orElseThrow().caseNumberPrefix()).isEqualTo("HPL");
		assertThat(catalogue.find("building-permit").orElseThrow().followUpOf()).isEmpty();
	}

	@Test
	void theHeatPumpLicenceAsksWhatTheIssueNames() {
		FormDefinition form = catalogue.find("heat-pump-licence").orElseThrow().form().orElseThrow();
		assertThat(form.field("propertyDesignation")).map(Field::type).contains(FieldType.PROPERTY_DESIGNATION);
		assertThat(form.field("heatSource")).map(Field::type).contains(FieldType.SINGLE_CHOICE);
		Field depth = form.field("boreholeDepth").orElseThrow();
		assertThat(depth.rules().unit()).contains("m");
		assertThat(depth.rules().min()).isPresent();
		assertThat(depth.rules().max()).isPresent();
		assertThat(form.field("installerOrganisationNumber")).map(Field::type).contains(FieldType.ORGANISATION_NUMBER);
		assertThat(form.field("drillingDate").orElseThrow().rules().afterToday()).isTrue();
		Field sitePlan = form.field("sitePlan").orElseThrow();
		assertThat(sitePlan.rules().fileTypes()).contains("pdf", "png", "jpg", "jpeg");
		assertThat(sitePlan.rules().maxFileSizeMegabytes()).contains(10);
		assertThat(form.allFields()).filteredOn(field -> field.prefill().isPresent())
				.extracting(field -> field.prefill().orElseThrow()).contains(Prefill.APPLICANT_NAME);
		assertThat(form.allFields()).extracting(Field::type).contains(FieldType.DECLARATION);
	}

	@Test
	void theSupportApplicationPrefillsThePersonActedFor() {
		FormDefinition form = catalogue.find("elderly-support-application").orElseThrow().form().orElseThrow();
		assertThat(form.field("subjectName").flatMap(Field::prefill)).contains(Prefill.SUBJECT_NAME);
		assertThat(form.field("subjectIdentityNumber").flatMap(Field::prefill)).contains(Prefill.SUBJECT_IDENTITY_NUMBER);
		assertThat(form.field("subjectAddress").flatMap(Field::prefill)).contains(Prefill.SUBJECT_ADDRESS);
	}

	@Test
	void everyDefinitionHasAVersionFromItsFile() {
		assertThat(catalogue.all(Locale.ROOT)).extracting(EService::version)
				.allMatch(version -> version.matches("[0-9a-f]{16}")).doesNotHaveDuplicates();
	}

	@Test
	void theHomePageHasTheEightLifeSituationsInOrder() {
		assertThat(catalogue.lifeSituations()).extracting(LifeSituation::id).containsExactly("children-and-school",
				"housing", "parking-and-traffic", "environment-and-building", "elderly-care-and-support",
				"leisure-and-culture", "business", "contact-the-city");
		assertThat(catalogue.countsByLifeSituation().values()).allMatch(count -> count > 0);
	}

	@Test
	void theCitysPublishedDigitalSharesAreThoseReported() {
		Map<String, String> published = Map.of("housing-queue", "0.99", "wedding-booking", "0.9",
				"preschool-application", "0.9", "heat-pump-licence", "0.6", "school-application", "0.5");
		published.forEach((id, share) -> assertThat(catalogue.find(id).orElseThrow().benefit().reportedDigitalShare())
				.as(id).hasValueSatisfying(value -> assertThat(value).isEqualByComparingTo(share)));
	}

	@Test
	void theParkingPermitEstimateMatchesThePublishedFigures() {
		BenefitEstimate parking = catalogue.find("residents-parking-permit").orElseThrow().benefit();
		assertThat(parking.expectedDigitalShare()).isEqualByComparingTo("0.75");
		// "a saving the size of four full-time posts": about 1,600 working hours a post
		assertThat(parking.hoursSavedPerYear()).isBetween(BigDecimal.valueOf(5_800), BigDecimal.valueOf(7_000));
	}

	@Test
	void publishedVolumesAreUsed() {
		assertThat(catalogue.find("art-school-courses").orElseThrow().benefit().yearlyCases()).isEqualTo(14_000);
		assertThat(catalogue.find("building-permit").orElseThrow().benefit().yearlyCases()).isEqualTo(9_000);
	}

	@Test
	void mostPayBackWithinTheRequirementAndThoseThatDoNotAreFlagged() {
		List<EService> missing = catalogue.all(Locale.ROOT).stream().filter(e -> !catalogue.meetsPaybackRequirement(e)).toList();
		assertThat(missing).extracting(EService::id).contains("navigation-support", "city-museum");
		assertThat(missing.size()).isLessThan(PROGRAMME.size() / 4);
	}

	@Test
	void everyEServiceReadsInBothLanguages() {
		for (EService e : catalogue.all(Locale.ROOT)) {
			assertThat(e.title().sv()).as(e.id()).isNotEqualTo(e.title().en());
			assertThat(e.description().sv()).as(e.id()).isNotBlank();
			assertThat(e.description().en()).as(e.id()).isNotBlank();
		}
	}
}
