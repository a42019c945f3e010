package org.cityhall.feedback.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.cityhall.feedback.ReportCategories;
import org.cityhall.feedback.ReportCategory;
import org.cityhall.shared.Wgs84;

/**
 * What was typed on the report page, kept as typed, and what is wrong with it: a message key per field.
 */
record ReportForm(String category, String description, String latitude, String longitude, String address, String email, String key) {

	static final int DESCRIPTION_LIMIT = 4000;
	private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

	ReportForm {
		category = category == null ? "" : category.strip();
		description = description == null ? "" : description.strip();
		latitude = latitude == null ? "" : latitude.strip();
		longitude = longitude == null ? "" : longitude.strip();
		address = address == null ? "" : address.strip();
		email = email == null ? "" : email.strip();
	}

	static ReportForm empty(String key) {
		return new ReportForm("", "", "", "", "", "", key);
	}

	/** The field ids (in page order) and their message keys. */
	Map<String, String> errors(ReportCategories categories) {
		Map<String, String> errors = new LinkedHashMap<>();
		Optional<ReportCategory> chosen = categories.find(category);
		if (chosen.isEmpty()) {
			errors.put("category", "feedback.error.category");
		}
		if (description.isEmpty()) {
			errors.put("description", "feedback.error.description");
		}
		else if (description.length() > DESCRIPTION_LIMIT) {
			errors.put("description", "feedback.error.description-long");
		}
		if (!latitude.isEmpty() || !longitude.isEmpty()) {
			if (number(latitude).filter(v -> v >= -90 && v <= 90).isEmpty()) {
				errors.put("latitude", "feedback.error.latitude");
			}
			if (number(longitude).filter(v -> v >= -180 && v <= 180).isEmpty()) {
				errors.put("longitude", "feedback.error.longitude");
			}
		}
		else if (address.isEmpty() && chosen.map(ReportCategory::publicView).orElse(false)) {
			errors.put("address", "feedback.error.location");
		}
		if (address.length() > 300) {
			errors.put("address", "feedback.error.address-long");
		}
		if (!email.isEmpty() && (!EMAIL.matcher(email).matches() || email.length() > 254)) {
			errors.put("email", "feedback.error.email");
		}
		return errors;
	}

	Optional<Wgs84> position() {
		return number(latitude).flatMap(lat -> number(longitude).map(lon -> new Wgs84(lat, lon)));
	}

	private static Optional<Double> number(String typed) {
		try {
			return typed.isEmpty() ? Optional.empty() : Optional.of(Double.parseDouble(typed.replace(',', '.')));
		}
		catch (NumberFormatException ex) {
			return Optional.empty();
		}
	}
}
