package org.cityhall.booking;

import java.util.List;

import org.cityhall.forms.Option;
import org.cityhall.forms.OptionSource;
import org.cityhall.shared.LocalizedText;
import org.springframework.stereotype.Component;

/**
 * The option source {@code bookables/<e-service>}: what the e-service offers from now on, open or full
 * (a full one takes a waitlist), by start — so a course or camp week staff make bookable can be chosen at
 * once. Each option's value is the bookable's code; its label the title, the first start and the place.
 */
@Component
class BookableOptions implements OptionSource {

	private final Resources resources;

	BookableOptions(Resources resources) {
		this.resources = resources;
	}

	@Override
	public String name() {
		return "bookables";
	}

	@Override
	public List<Option> options(String eservice) {
		return resources.upcoming(eservice).stream()
				.map(bookable -> new Option(bookable.code(), new LocalizedText(
						bookable.title().sv() + ", från " + BookingTime.local(bookable.startsAt()) + ", " + bookable.resourceName().sv(),
						bookable.title().en() + ", from " + BookingTime.local(bookable.startsAt()) + ", " + bookable.resourceName().en())))
				.toList();
	}
}
