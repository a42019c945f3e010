package org.cityhall.web.frame;

import java.time.LocalDate;

import org.cityhall.shared.LocalizedText;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The facts that make the frame this city's and no other's: its name and how to reach it. They are
 * configuration, so another city runs the same code with its own.
 */
@ConfigurationProperties("cityhall.city")
public record CityProperties(LocalizedText name, Contact contact, Accessibility accessibility) {

	/** How residents reach the city's contact centre. */
	public record Contact(String phone, String email) {
	}

	/** Where to report accessibility problems, and when the statement was last reviewed. */
	public record Accessibility(String email, LocalDate statementDate) {
	}
}
