package org.cityhall.placement;

import java.util.List;

import org.cityhall.forms.Option;
import org.cityhall.forms.OptionSource;
import org.cityhall.shared.LocalizedText;
import org.springframework.stereotype.Component;

/**
 * The option source {@code schools}: the city's schools, municipal and independent, by name, so a school
 * added to the register can be chosen in the school application at once. The value is the school's code.
 */
@Component
class SchoolOptions implements OptionSource {

	private final Schools schools;

	SchoolOptions(Schools schools) {
		this.schools = schools;
	}

	@Override
	public String name() {
		return "schools";
	}

	@Override
	public List<Option> options(String argument) {
		return schools.all().stream().map(school -> new Option(school.code(), new LocalizedText(school.name(), school.name())))
				.toList();
	}
}
