package org.cityhall.permits;

import java.util.Map;
import java.util.Objects;

import org.cityhall.shared.LocalizedText;
import org.cityhall.shared.Money;
import org.locationtech.jts.geom.Polygonal;

/**
 * A residents' parking zone (boendeparkeringsområde): where residents registered inside it may park
 * with a permit, and what a permit costs there for each period.
 *
 * @param code what the signs and the wardens call it: {@code S}
 * @param name its name in both languages
 * @param area the zone's area in SWEREF 99 TM
 * @param prices the price of each period, VAT included
 */
public record Zone(String code, LocalizedText name, Polygonal area, Map<PermitPeriod, Money> prices) {

	public Zone {
		Objects.requireNonNull(code, "code");
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(area, "area");
		prices = Map.copyOf(prices);
		for (PermitPeriod period : PermitPeriod.values()) {
			if (!prices.containsKey(period)) {
				throw new IllegalArgumentException("zone " + code + " has no price for a " + period.name().toLowerCase(java.util.Locale.ROOT));
			}
		}
	}

	public Money price(PermitPeriod period) {
		return prices.get(period);
	}
}
