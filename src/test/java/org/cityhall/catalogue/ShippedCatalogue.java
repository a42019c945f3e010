package org.cityhall.catalogue;

import org.cityhall.catalogue.definition.CatalogueDefinitions;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The catalogue as shipped, read once for the tests that need no Spring context. Without the modules, the
 * option sources the shipped definitions name give no options: these tests read the definitions, not the
 * city's current pre-schools, schools and courses.
 */
final class ShippedCatalogue {

	private static Catalogue catalogue;

	private ShippedCatalogue() {
	}

	static synchronized Catalogue get() {
		if (catalogue == null) {
			catalogue = new Catalogue(CatalogueDefinitions.load(new PathMatchingResourcePatternResolver(),
					"classpath:catalogue/departments.yml", "classpath:catalogue/life-situations.yml",
					"classpath*:eservices/*.yml"), 4,
					withoutOptions("bookables", "queue-alternatives", "schools"));
		}
		return catalogue;
	}

	private static org.springframework.beans.factory.ObjectProvider<org.cityhall.forms.OptionSource> withoutOptions(String... names) {
		var beans = new org.springframework.beans.factory.support.StaticListableBeanFactory();
		for (String name : names) {
			beans.addBean(name, new org.cityhall.forms.OptionSource() {

				@Override
				public String name() {
					return name;
				}

				@Override
				public java.util.List<org.cityhall.forms.Option> options(String argument) {
					return java.util.List.of();
				}
			});
		}
		return beans.getBeanProvider(org.cityhall.forms.OptionSource.class);
	}
}
