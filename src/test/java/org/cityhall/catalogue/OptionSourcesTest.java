package org.cityhall.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.util.List;

import org.cityhall.catalogue.definition.CatalogueDefinitions;
import org.cityhall.forms.Option;
import org.cityhall.forms.OptionSource;
import org.cityhall.shared.LocalizedText;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Choice fields that name an option source: a definition naming a source no module gives stops the
 * start, naming the file and the field; otherwise each use of the e-service reads the source's options as
 * they stand then.
 */
class OptionSourcesTest {

	@Test
	void aSourceNoModuleGivesStopsTheStartNamingTheFileAndTheField() {
		Catalogue catalogue = catalogue(source("schools", List.of()), source("queue-alternatives", List.of()));

		assertThatIllegalStateException().isThrownBy(catalogue::checkOptionSources)
				.withMessageContaining("eservices/holiday-camp.yml").withMessageContaining("field 'bookable'")
				.withMessageContaining("'bookables'");
	}

	@Test
	void eachUseReadsTheSourceAsItStandsThen() {
		List<Option> courses = new java.util.ArrayList<>();
		Catalogue catalogue = catalogue(source("schools", List.of()), source("queue-alternatives", List.of()),
				source("bookables", courses));
		catalogue.checkOptionSources();

		assertThat(catalogue.find("swimming").orElseThrow().form().orElseThrow().field("bookable").orElseThrow().options()).isEmpty();
		courses.add(new Option("SIM-NY", new LocalizedText("Ny simskola", "New swimming lessons")));

		assertThat(catalogue.find("swimming").orElseThrow().form().orElseThrow().field("bookable").orElseThrow().options())
				.extracting(Option::value).containsExactly("SIM-NY");
	}

	private static Catalogue catalogue(OptionSource... sources) {
		StaticListableBeanFactory beans = new StaticListableBeanFactory();
		for (OptionSource source : sources) {
			beans.addBean(source.name(), source);
		}
		return new Catalogue(CatalogueDefinitions.load(new PathMatchingResourcePatternResolver(), "classpath:catalogue/departments.yml",
				"classpath:catalogue/life-situations.yml", "classpath*:eservices/*.yml"), 4, beans.getBeanProvider(OptionSource.class));
	}

	private static OptionSource source(String name, List<Option> options) {
		return new OptionSource() {

			@Override
			public String name() {
				return name;
			}

			@Override
			public List<Option> options(String argument) {
				return List.copyOf(options);
			}
		};
	}
}
