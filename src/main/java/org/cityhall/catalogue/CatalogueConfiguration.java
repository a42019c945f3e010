package org.cityhall.catalogue;

import org.cityhall.catalogue.definition.CatalogueDefinitions;
import org.cityhall.forms.OptionSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.support.ResourcePatternResolver;

@Configuration(proxyBeanMethods = false)
class CatalogueConfiguration {

	/** Reads the catalogue at start; a definition that does not parse stops the start, naming file, line and field. */
	@Bean
	Catalogue catalogue(ResourcePatternResolver resolver, CatalogueProperties properties, ProgrammeProperties programme,
			ObjectProvider<OptionSource> optionSources) {
		var loaded = CatalogueDefinitions.load(resolver, properties.departments(), properties.lifeSituations(),
				properties.definitions());
		return new Catalogue(loaded, programme.paybackRequirementYears(), optionSources);
	}

	/**
	 * Once every bean is made, checks that each option source a definition names is given by a module: a
	 * missing one stops the start, naming the e-service and the field.
	 */
	@Bean
	static SmartInitializingSingleton optionSourcesChecked(ObjectProvider<Catalogue> catalogue) {
		return () -> catalogue.getObject().checkOptionSources();
	}

	/**
	 * @param definitions where the e-service definitions are, one YAML file each
	 * @param departments the file of the city's departments
	 * @param lifeSituations the file of the life situations the home page shows
	 */
	@ConfigurationProperties("cityhall.catalogue")
	record CatalogueProperties(
			@DefaultValue("classpath*:eservices/*.yml") String definitions,
			@DefaultValue("classpath:catalogue/departments.yml") String departments,
			@DefaultValue("classpath:catalogue/life-situations.yml") String lifeSituations) {
	}

	/** @param paybackRequirementYears within how many years the programme requires an e-service to pay back */
	@ConfigurationProperties("cityhall.programme")
	record ProgrammeProperties(@DefaultValue("4") int paybackRequirementYears) {
	}
}
