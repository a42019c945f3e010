package org.cityhall.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.cityhall.shared.LocalizedText;
import org.junit.jupiter.api.Test;

class FormDefinitionsTest {

	static final String HEAT_PUMP = """
			id: heat-pump-licence
			form:
			  steps:
			    - id: property
			      title: {sv: Fastigheten, en: The property}
			      fields:
			        - id: propertyDesignation
			          type: property-designation
			          label: {sv: Fastighetsbeteckning, en: Property designation}
			          hint: {sv: Till exempel Tallen 4:12, en: For example Tallen 4:12}
			          required: true
			    - id: installation
			      title: {sv: Anläggningen, en: The installation}
			      fields:
			        - id: heatSource
			          type: single-choice
			          label: {sv: Värmekälla, en: Heat source}
			          required: true
			          options:
			            - {value: rock, label: {sv: Berg, en: Rock}}
			            - {value: ground, label: {sv: Jord, en: Ground}}
			            - {value: lake, label: {sv: Sjö, en: Lake}}
			        - id: boreholeDepth
			          type: number
			          label: {sv: Borrhålets djup, en: Borehole depth}
			          unit: m
			          min: 20
			          max: 300
			          showIf: "heatSource == 'rock'"
			          required: true
			        - id: installerOrganisationNumber
			          type: organisation-number
			          label: {sv: Installatörens organisationsnummer, en: The installer's organisation number}
			          required: true
			        - id: drillingDate
			          type: date
			          label: {sv: Datum för borrning, en: Drilling date}
			          after: today
			          showIf: "heatSource == 'rock'"
			          required: true
			    - id: documents
			      title: {sv: Handlingar, en: Documents}
			      fields:
			        - id: sitePlan
			          type: file
			          label: {sv: Situationsplan, en: Site plan}
			          accept: [pdf, jpg, png]
			          maxFileSizeMb: 10
			          maxFiles: 3
			          required: true
			        - id: truthful
			          type: declaration
			          label: {sv: Jag intygar att uppgifterna är riktiga, en: I confirm that the information is correct}
			""";

	@Test
	void readsTheHeatPumpLicenceForm() {
		FormDefinition form = FormDefinitions.readFile("heat-pump-licence.yml", HEAT_PUMP);

		assertThat(form.steps()).extracting(Step::id).containsExactly("property", "installation", "documents");
		Field depth = form.field("boreholeDepth").orElseThrow();
		assertThat(depth.type()).isEqualTo(FieldType.NUMBER);
		assertThat(depth.rules().min()).contains(new BigDecimal(20));
		assertThat(depth.rules().max()).contains(new BigDecimal(300));
		assertThat(depth.rules().unit()).contains("m");
		assertThat(depth.showIf()).contains(Condition.parse("heatSource == 'rock'"));
		assertThat(form.field("heatSource").orElseThrow().options()).extracting(Option::value).containsExactly("rock", "ground", "lake");
		assertThat(form.field("drillingDate").orElseThrow().rules().afterToday()).isTrue();
		Field sitePlan = form.field("sitePlan").orElseThrow();
		assertThat(sitePlan.rules().fileTypes()).containsExactly("pdf", "jpg", "png");
		assertThat(sitePlan.rules().maxFiles()).contains(3);
		assertThat(sitePlan.rules().maxFileSizeMegabytes()).contains(10);
		assertThat(form.field("propertyDesignation").orElseThrow().hint()).isPresent();
	}

	@Test
	void theReadFormValidatesTheBoreholeOnlyForRock() {
		Step installation = FormDefinitions.readFile("heat-pump-licence.yml", HEAT_PUMP).step("installation").orElseThrow();
		LocalDate today = LocalDate.of(2026, 5, 1);
		StepResult lake = FormValidation.validate(installation, Forms.typed("heatSource", "lake",
				"installerOrganisationNumber", "556016-0680"), Answers.NONE, today);
		assertThat(lake.isValid()).isTrue();
		StepResult rock = FormValidation.validate(installation, Forms.typed("heatSource", "rock", "boreholeDepth", "350",
				"installerOrganisationNumber", "556016-0680"), Answers.NONE, today);
		assertThat(rock.errors()).extracting(FieldError::fieldId, FieldError::messageKey)
				.containsExactly(org.assertj.core.groups.Tuple.tuple("boreholeDepth", "forms.error.above-max"),
						org.assertj.core.groups.Tuple.tuple("drillingDate", "forms.error.required"));
	}

	/** The 1-based line of the first line holding the text. */
	private static int lineOf(String yaml, String text) {
		return (int) yaml.substring(0, yaml.indexOf(text)).chars().filter(c -> c == '\n').count() + 1;
	}

	private static String heatPumpWith(String from, String to) {
		assertThat(HEAT_PUMP).contains(from);
		return HEAT_PUMP.replace(from, to);
	}

	private static void assertRefused(String yaml, int line, String field, String problem) {
		assertThatThrownBy(() -> FormDefinitions.readFile("heat-pump-licence.yml", yaml))
				.isInstanceOfSatisfying(org.cityhall.definitions.InvalidDefinitionException.class, ex -> {
					assertThat(ex.file()).isEqualTo("heat-pump-licence.yml");
					assertThat(ex.line()).isEqualTo(line);
					assertThat(ex.field()).isEqualTo(field);
					assertThat(ex.problem()).contains(problem);
					assertThat(ex.getMessage()).contains("heat-pump-licence.yml, line " + line + ", field '" + field + "'");
				});
	}

	@Test
	void aConditionWithBadSyntaxIsRefusedWithItsPlace() {
		assertRefused(heatPumpWith("showIf: \"heatSource == 'rock'\"\n          required: true",
				"showIf: \"heatSource = 'rock'\"\n          required: true"), 29, "form.steps[1].fields[1].showIf",
				"column 12: expected ==, !=");
	}

	@Test
	void aConditionOnAnUnknownFieldIsRefused() {
		assertRefused(heatPumpWith("showIf: \"heatSource == 'rock'\"\n          required: true",
				"showIf: \"heatColour == 'rock'\"\n          required: true"), 29, "form.steps[1].fields[1].showIf",
				"'heatColour' is not a field defined before");
	}

	@Test
	void aConditionOnAFieldDefinedLaterIsRefused() {
		assertRefused(heatPumpWith("required: true\n    - id: installation", "required: true\n          showIf: \"heatSource is answered\"\n    - id: installation"),
				12, "form.steps[0].fields[0].showIf", "'heatSource' is not a field defined before");
	}

	@Test
	void aStepConditionMayOnlyReferToEarlierSteps() {
		assertRefused(heatPumpWith("- id: documents\n", "- id: documents\n      showIf: \"sitePlan is answered\"\n"),
				42, "form.steps[2].showIf", "'sitePlan' is not a field defined before");
		FormDefinition form = FormDefinitions.readFile("f.yml",
				heatPumpWith("- id: documents\n", "- id: documents\n      showIf: \"heatSource is answered\"\n"));
		assertThat(form.step("documents").orElseThrow().showIf()).contains(Condition.parse("heatSource is answered"));
	}

	@Test
	void anUnknownTypeOrKeyIsNamed() {
		assertRefused(heatPumpWith("type: number", "type: numeric"), 24, "form.steps[1].fields[1].type", "must be one of text, long-text");
		assertRefused(heatPumpWith("unit: m", "units: m"), 26, "form.steps[1].fields[1].units", "is not a known field");
	}

	@Test
	void aRuleForAnotherTypeIsRefused() {
		assertRefused(heatPumpWith("maxFiles: 3", "maxFiles: 3\n          min: 2"), 50, "form.steps[2].fields[0].min",
				"applies only to number");
	}

	@Test
	void aRangeThatIsUpsideDownIsRefused() {
		assertRefused(heatPumpWith("max: 300", "max: 10"), 28, "form.steps[1].fields[1].max", "must not be below min (20)");
	}

	@Test
	void aChoiceWithoutOptionsOrWithRepeatedValuesIsRefused() {
		assertRefused(heatPumpWith("{value: lake", "{value: rock"), 22, "form.steps[1].fields[0].options[2].value", "already");
	}

	@Test
	void aChoiceTakesItsOptionsFromANamedSourceFilledInWhenTheFormIsUsed() {
		FormDefinition form = FormDefinitions.readFile("heat-pump-licence.yml",
				heatPumpWith("          options:\n            - {value: rock, label: {sv: Berg, en: Rock}}\n"
						+ "            - {value: ground, label: {sv: Jord, en: Ground}}\n", "          optionsFrom: heat-sources/municipal\n")
						.replaceAll("            - \\{value: [a-z]+, label: \\{sv: [^}]*\\}\\}\n", ""));
		Field heatSource = form.field("heatSource").orElseThrow();
		assertThat(heatSource.options()).isEmpty();
		assertThat(heatSource.optionsFrom()).contains(new OptionSource.Reference("heat-sources", "municipal"));
		assertThat(form.optionSources()).containsExactly(new OptionSource.Reference("heat-sources", "municipal"));

		FormDefinition filled = form.withOptionsFrom(reference -> List.of(
				new Option("rock-" + reference.argument(), new LocalizedText("Berg", "Rock"))));

		assertThat(filled.field("heatSource").orElseThrow().options()).extracting(Option::value).containsExactly("rock-municipal");
		assertThat(filled.field("propertyDesignation")).isEqualTo(form.field("propertyDesignation"));
	}

	@Test
	void aSourceNamedBadlyOrBesideWrittenOptionsIsRefused() {
		String both = heatPumpWith("          options:\n", "          optionsFrom: heat-sources\n          options:\n");
		assertRefused(both, lineOf(both, "optionsFrom"), "form.steps[1].fields[0].optionsFrom", "either written out");
		String badName = heatPumpWith("          options:\n            - {value: rock, label: {sv: Berg, en: Rock}}\n"
				+ "            - {value: ground, label: {sv: Jord, en: Ground}}\n", "          optionsFrom: Heat Sources\n")
				.replaceAll("            - \\{value: [a-z]+, label: \\{sv: [^}]*\\}\\}\n", "");
		assertRefused(badName, lineOf(badName, "optionsFrom"), "form.steps[1].fields[0].optionsFrom", "'bookables/swimming'");
	}

	@Test
	void aFieldIdGivenTwiceOrNamedLikeAKeywordIsRefused() {
		assertRefused(heatPumpWith("id: drillingDate", "id: heatSource"), 35, "form.steps[1].fields[3].id", "already the id");
		assertRefused(heatPumpWith("id: drillingDate", "id: today"), 35, "form.steps[1].fields[3].id", "not one of");
	}

	@Test
	void aDateRelationMustNameAnEarlierDateField() {
		assertRefused(heatPumpWith("after: today", "after: heatSource"), 38, "form.steps[1].fields[3].after",
				"must be today or the id of a date field defined before");
	}

	@Test
	void aMissingRequiredKeyIsNamed() {
		assertRefused(heatPumpWith("          label: {sv: Värmekälla, en: Heat source}\n", ""), 15,
				"form.steps[1].fields[0].label", "is required but missing");
	}

	@Test
	void aFileWithoutAFormIsRefused() {
		assertRefused("id: x\n", 1, "form", "is required but missing");
	}

	@Test
	void repeatingGroupsReadTheirFields() {
		FormDefinition form = FormDefinitions.readFile("owners.yml", """
				form:
				  steps:
				    - id: owners
				      title: {sv: Ägare, en: Owners}
				      fields:
				        - id: owners
				          type: repeating-group
				          label: {sv: Ägare, en: Owners}
				          minItems: 1
				          maxItems: 4
				          fields:
				            - {id: ownerName, type: text, label: {sv: Namn, en: Name}, required: true}
				            - {id: ownerEmail, type: email, label: {sv: E-post, en: E-mail}, showIf: "ownerName is answered"}
				""");
		Field owners = form.field("owners").orElseThrow();
		assertThat(owners.children()).extracting(Field::id).containsExactly("ownerName", "ownerEmail");
		assertThat(owners.rules().minItems()).contains(1);
		assertThat(owners.rules().maxItems()).contains(4);
		assertThat(List.of(form.allFields().size())).containsExactly(3);
	}

	@Test
	void aGroupsFieldsCannotBeReferredToOutsideTheGroup() {
		assertThatThrownBy(() -> FormDefinitions.readFile("owners.yml", """
				form:
				  steps:
				    - id: owners
				      title: {sv: Ägare, en: Owners}
				      fields:
				        - id: owners
				          type: repeating-group
				          label: {sv: Ägare, en: Owners}
				          fields:
				            - {id: ownerName, type: text, label: {sv: Namn, en: Name}}
				        - {id: note, type: text, label: {sv: Not, en: Note}, showIf: "ownerName is answered"}
				"""))
				.isInstanceOfSatisfying(org.cityhall.definitions.InvalidDefinitionException.class, ex -> {
					assertThat(ex.line()).isEqualTo(11);
					assertThat(ex.field()).isEqualTo("form.steps[0].fields[1].showIf");
					assertThat(ex.problem()).contains("'ownerName' is not a field defined before");
				});
	}

	private static final String PREFILLED = """
			form:
			  steps:
			    - id: person
			      title: {sv: Personen, en: The person}
			      fields:
			        - id: childName
			          type: text
			          label: {sv: Barnets namn, en: The child's name}
			          prefill: subject.name
			        - id: childNumber
			          type: identity-number
			          label: {sv: Barnets personnummer, en: The child's identity number}
			          prefill: subject.identity-number
			        - id: home
			          type: address
			          label: {sv: Adress, en: Address}
			          prefill: applicant.address
			        - id: note
			          type: long-text
			          label: {sv: Övrigt, en: Anything else}
			""";

	@Test
	void aFieldMayBePrefilledFromWhatTheCityKnows() {
		FormDefinition form = FormDefinitions.readFile("prefilled.yml", PREFILLED);
		assertThat(form.field("childName").orElseThrow().prefill()).contains(Prefill.SUBJECT_NAME);
		assertThat(form.field("childNumber").orElseThrow().prefill()).contains(Prefill.SUBJECT_IDENTITY_NUMBER);
		assertThat(form.field("home").orElseThrow().prefill()).contains(Prefill.APPLICANT_ADDRESS);
		assertThat(form.field("note").orElseThrow().prefill()).isEmpty();
	}

	@Test
	void everyPrefillHasItsDefinitionName() {
		assertThat(java.util.Arrays.stream(Prefill.values()).map(Prefill::definitionName)).containsExactly(
				"applicant.name", "applicant.address", "applicant.identity-number", "subject.name",
				"subject.identity-number", "subject.address");
		for (Prefill prefill : Prefill.values()) {
			assertThat(Prefill.ofDefinitionName(prefill.definitionName())).contains(prefill);
		}
	}

	private static void assertPrefillRefused(String yaml, int line, String field, String problem) {
		assertThatThrownBy(() -> FormDefinitions.readFile("prefilled.yml", yaml))
				.isInstanceOfSatisfying(org.cityhall.definitions.InvalidDefinitionException.class, ex -> {
					assertThat(ex.file()).isEqualTo("prefilled.yml");
					assertThat(ex.line()).isEqualTo(line);
					assertThat(ex.field()).isEqualTo(field);
					assertThat(ex.problem()).contains(problem);
				});
	}

	@Test
	void anUnknownPrefillIsRefusedWithItsPlace() {
		assertPrefillRefused(PREFILLED.replace("prefill: subject.name", "prefill: applicant.email"), 9,
				"form.steps[0].fields[0].prefill", "must be one of applicant.name, applicant.address, "
						+ "applicant.identity-number, subject.name, subject.identity-number, subject.address, was 'applicant.email'");
		assertPrefillRefused(PREFILLED.replace("prefill: subject.name", "prefill: Applicant.Name"), 9,
				"form.steps[0].fields[0].prefill", "was 'Applicant.Name'");
	}

	@Test
	void onlyTextAddressAndIdentityNumberFieldsArePrefilled() {
		assertPrefillRefused(PREFILLED.replace("type: long-text", "type: long-text\n          prefill: applicant.name"), 20,
				"form.steps[0].fields[3].prefill", "applies only to text, identity-number, address, not to long-text");
	}

	@Test
	void aPrefillMustFitItsField() {
		assertPrefillRefused(PREFILLED.replace("prefill: subject.name", "prefill: subject.identity-number"), 9,
				"form.steps[0].fields[0].prefill", "subject.identity-number can prefill only identity-number, not text");
		assertPrefillRefused(PREFILLED.replace("prefill: applicant.address", "prefill: applicant.name"), 17,
				"form.steps[0].fields[2].prefill", "applicant.name can prefill only text, not address");
	}

	@Test
	void aFieldOfARepeatingGroupIsNotPrefilled() {
		assertPrefillRefused("""
				form:
				  steps:
				    - id: owners
				      title: {sv: Ägare, en: Owners}
				      fields:
				        - id: owners
				          type: repeating-group
				          label: {sv: Ägare, en: Owners}
				          fields:
				            - {id: ownerName, type: text, label: {sv: Namn, en: Name}, prefill: applicant.name}
				""", 10, "form.steps[0].fields[0].fields[0].prefill", "cannot be prefilled");
	}

	@Test
	void aFormThatIsNotYamlIsRefusedWithItsLine() {
		assertThatThrownBy(() -> FormDefinitions.readFile("broken.yml", "form:\n  steps: [\n"))
				.isInstanceOfSatisfying(org.cityhall.definitions.InvalidDefinitionException.class, ex -> {
					assertThat(ex.file()).isEqualTo("broken.yml");
					assertThat(ex.problem()).startsWith("is not YAML");
				});
	}
}
