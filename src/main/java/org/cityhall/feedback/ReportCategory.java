package org.cityhall.feedback;

import java.util.List;

import org.cityhall.shared.LocalizedText;

/**
 * What a report is about: a street light, litter, a complaint about a service. Open311 calls it a service.
 *
 * @param publicView whether reports in it are shown to the public once screened
 * @param attributes what more the category asks for (Open311's service definition)
 */
public record ReportCategory(String code, LocalizedText name, LocalizedText description, String group, String keywords,
		boolean publicView, List<Attribute> attributes) {

	public ReportCategory {
		attributes = List.copyOf(attributes);
	}

	/** Something more a category asks, such as the number on a street light's pole. */
	public record Attribute(String code, String datatype, boolean required, LocalizedText description, int order) {
	}
}
