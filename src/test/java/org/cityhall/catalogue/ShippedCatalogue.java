package org.cityhall.catalogue;

import org.cityhall.catalogue.definition.CatalogueDefinitions;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** The catalogue as shipped, read once for the tests that need no Spring context. */
final class ShippedCatalogue {

	private static Catalogue catalogue;

	private ShippedCatalogue() {
	}

	static synchronized Catalogue get() {
		if (catalogue == null) {
			catalogue = new Catalogue(CatalogueDefinitions.load(new PathMatchingResourcePatternResolver(),
					"classpath:catalogue/departments.yml", "classpath:catalogue/life-situations.yml",
					"classpath*:eservices/*.yml"), 4);
		}
		return catalogue;
	}
}
