package org.cityhall.placement;

import java.text.Normalizer;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.cityhall.shared.Position;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Officers add schools to school choice and change them. A school saved tells the other modules of itself
 * ({@link SchoolListed}, so Find &amp; Compare and search hold it) and is filed for staff ({@link SchoolChanged});
 * the school application offers it at once.
 */
@Service
public class SchoolRegister {

	private final Schools schools;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	SchoolRegister(Schools schools, ApplicationEventPublisher events, Clock clock) {
		this.schools = schools;
		this.events = events;
		this.clock = clock;
	}

	/** What an officer gives for a school; its code is made from its name when it is added. */
	public record Details(String name, boolean municipal, String district, String address, Position position,
			Set<Grade> grades, List<PriorityRule> rules) {

		School school(String code) {
			return new School(code, name, municipal, district, address, position, grades, municipal ? PriorityRule.CITY : rules);
		}
	}

	/** Adds a school under a code made from its name (a number added when another school has it); filed. */
	@Transactional
	public School add(Details details, String by) {
		String base = code(details.name());
		String code = base;
		for (int n = 2; schools.find(code).isPresent(); n++) {
			code = base + "-" + n;
		}
		School school = details.school(code);
		schools.save(school);
		events.publishEvent(new SchoolChanged(UUID.randomUUID(), code, school.name(), true, summary(school), by, clock.instant()));
		return school;
	}

	/**
	 * Changes a school; its code stays, so rounds, applications and head teachers' roles still point to it; filed.
	 *
	 * @throws IllegalArgumentException when there is no such school
	 */
	@Transactional
	public School change(String code, Details details, String by) {
		schools.find(code).orElseThrow(() -> new IllegalArgumentException("no school " + code));
		School school = details.school(code);
		schools.save(school);
		events.publishEvent(new SchoolChanged(UUID.randomUUID(), code, school.name(), false, summary(school), by, clock.instant()));
		return school;
	}

	/** A code for a school's name: lower case letters and digits joined by hyphens, å, ä and ö as a, a and o. */
	static String code(String name) {
		String plain = Normalizer.normalize(name.toLowerCase(Locale.ROOT), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
		String code = plain.replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
		if (code.length() > 60) {
			code = code.substring(0, 60).replaceAll("-+$", "");
		}
		return code.isEmpty() ? "skola" : code;
	}

	private static String summary(School school) {
		return school.name() + ": " + (school.municipal() ? "municipal" : "independent") + ", " + school.district() + ", "
				+ school.address() + ", " + school.position() + ", grades " + Grade.codes(school.grades()) + ", rules "
				+ school.rules().stream().map(PriorityRule::code).collect(Collectors.joining(","));
	}
}
