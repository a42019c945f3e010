package org.cityhall.directory;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.cityhall.shared.LocalizedText;
import org.cityhall.shared.Position;

/**
 * A provider residents can find and compare.
 *
 * @param id {@code <kind>:<code>}
 * @param position where it is, in SWEREF 99 TM; empty for a provider that comes to you (home help)
 * @param indicators its quality indicators, the latest year of each type first
 */
public record Provider(String id, ProviderKind kind, String name, boolean cityRun, Optional<String> organisationNumber,
		String district, String address, Optional<Position> position, LocalizedText offers, List<Indicator> indicators) {

	public Provider {
		Objects.requireNonNull(id, "id");
		indicators = List.copyOf(indicators);
	}

	/** The latest value of an indicator, if the provider has one. */
	public Optional<Indicator> latest(Indicator.Type type) {
		return indicators.stream().filter(i -> i.type() == type).findFirst();
	}

	/** The indicator types the compare table shows, in order. */
	public static List<Indicator.Type> indicatorTypes() {
		return Arrays.asList(Indicator.Type.values());
	}

	static String id(ProviderKind kind, String code) {
		return kind.code() + ":" + code;
	}
}
