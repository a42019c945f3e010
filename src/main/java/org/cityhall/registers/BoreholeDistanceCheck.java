package org.cityhall.registers;

import java.util.List;
import java.util.Locale;

import org.cityhall.forms.Advice;
import org.cityhall.forms.AdvisoryCheck;
import org.cityhall.forms.Answers;
import org.cityhall.shared.LocalizedText;
import org.springframework.stereotype.Component;

/**
 * Warns the heat-pump licence's applicant, before submitting, when a licensed borehole on another
 * property lies closer than the advised {@value #ADVISED_DISTANCE} metres to where theirs is planned. The
 * planned borehole is placed at the property's position in the register (the form asks for no point of
 * its own); a property the register does not know gets no warning.
 */
@Component
class BoreholeDistanceCheck implements AdvisoryCheck {

	/** The distance the city advises between two properties' energy wells, in metres. */
	static final int ADVISED_DISTANCE = 20;

	private final Properties properties;
	private final Boreholes boreholes;

	BoreholeDistanceCheck(Properties properties, Boreholes boreholes) {
		this.properties = properties;
		this.boreholes = boreholes;
	}

	@Override
	public boolean appliesTo(String eserviceId, String stepId) {
		return eserviceId.equals("heat-pump-licence") && stepId.equals("installation");
	}

	@Override
	public List<Advice> check(Answers answers) {
		if (!answers.get("heatSource").map("rock"::equals).orElse(false)) {
			return List.of();
		}
		return answers.get("propertyDesignation").map(String::valueOf).flatMap(properties::byDesignation)
				.map(property -> boreholes.near(property.position(), ADVISED_DISTANCE, 50).stream()
						.filter(near -> !Folding.fold(near.borehole().propertyDesignation()).equals(Folding.fold(property.designation())))
						.findFirst()
						.map(nearest -> List.of(new Advice("distanceToBoundary", text(nearest))))
						.orElse(List.of()))
				.orElse(List.of());
	}

	private static LocalizedText text(Boreholes.Near nearest) {
		long metres = Math.round(nearest.distance());
		String licence = nearest.borehole().licenceNumber();
		String property = nearest.borehole().propertyDesignation();
		return new LocalizedText(
				String.format(Locale.ROOT, "Grannens borrhål %s på %s ligger ungefär %d meter från din fastighet. Vi råder att "
						+ "borrhål ligger minst %d meter från varandra; placera borrhålet längre bort eller beskriv i "
						+ "situationsplanen hur ni har kommit överens med grannen.", licence, property, metres, ADVISED_DISTANCE),
				String.format(Locale.ROOT, "The neighbour's borehole %s on %s lies about %d metres from your property. We advise "
						+ "boreholes to be at least %d metres apart; place yours further away or describe in the site plan "
						+ "what you have agreed with the neighbour.", licence, property, metres, ADVISED_DISTANCE));
	}
}
