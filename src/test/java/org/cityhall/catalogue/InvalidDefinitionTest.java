package org.cityhall.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.cityhall.catalogue.definition.CatalogueDefinitions;
import org.cityhall.definitions.InvalidDefinitionException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** A definition the catalogue cannot accept is refused with its file, line and field named. */
class InvalidDefinitionTest {

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			missing-title      | 1  | title                        | is required but missing
			bad-syntax         | 7  | en                           | is not valid YAML
			bad-number         | 25 | benefit.yearlyCases          | must be a whole number, was 'many'
			unknown-department | 11 | department                   | is not a department of the city
			unknown-field      | 17 | staus                        | is not a known field
			wrong-file-name    | 1  | id                           | must match the file name
			share-too-large    | 26 | benefit.expectedDigitalShare | must be above 0 and at most 1
			bad-assurance      | 31 | assurance                    | must be loa2, loa3 or loa4
			bad-retention      | 31 | retention                    | retention class 'dispose-ten-years' is not known: use 'keep'
			bad-form           | 46 | form.steps[0].fields[1].showIf | column 12
			""")
	void aBrokenDefinitionIsRefusedNamingFileLineAndField(String name, int line, String field, String problem) {
		assertThatThrownBy(() -> load("classpath*:broken-eservices/" + name + "/*.yml"))
				.isInstanceOfSatisfying(InvalidDefinitionException.class, ex -> {
					assertThat(ex.file()).isEqualTo(name + "/" + name + ".yml");
					assertThat(ex.line()).isEqualTo(line);
					assertThat(ex.field()).isEqualTo(field);
					assertThat(ex.problem()).contains(problem);
					assertThat(ex.getMessage()).startsWith(name + "/" + name + ".yml, line " + line + ", field '" + field + "': ");
				});
	}

	@org.junit.jupiter.api.Test
	void theSameIdInTwoFilesIsRefused() {
		assertThatThrownBy(() -> load("classpath*:broken-eservices/dup-*/*.yml"))
				.isInstanceOfSatisfying(InvalidDefinitionException.class, ex -> {
					assertThat(ex.file()).isEqualTo("dup-b/same-id.yml");
					assertThat(ex.field()).isEqualTo("id");
					assertThat(ex.problem()).contains("already the id of dup-a/same-id.yml");
				});
	}

	@org.junit.jupiter.api.Test
	void aDefinitionMayCarryItsFormWhichTheFormsModuleReads() {
		EService withForm = load("classpath*:form-eservices/*.yml").eservices().get(0);
		assertThat(withForm.form()).hasValueSatisfying(form -> {
			assertThat(form.steps()).hasSize(1);
			assertThat(form.steps().get(0).fields()).extracting(field -> field.id()).containsExactly("heatSource", "depth");
		});
	}

	private static CatalogueDefinitions.Loaded load(String definitions) {
		return CatalogueDefinitions.load(new PathMatchingResourcePatternResolver(), "classpath:catalogue/departments.yml",
				"classpath:catalogue/life-situations.yml", definitions);
	}
}
