package org.cityhall.shared;

/**
 * A point in WGS 84 (EPSG:4326), as web maps, phones and GeoJSON give and take it: latitude and
 * longitude in decimal degrees. GeoJSON writes it longitude first; {@link #longitude()} and
 * {@link #latitude()} are named so that order is never guessed. Convert to the city's grid with
 * {@link Position#fromWgs84(Wgs84)}.
 */
public record Wgs84(double latitude, double longitude) {

	public Wgs84 {
		if (!Double.isFinite(latitude) || latitude < -90 || latitude > 90) {
			throw new IllegalArgumentException("a latitude lies between -90 and 90 degrees; was " + latitude);
		}
		if (!Double.isFinite(longitude) || longitude < -180 || longitude > 180) {
			throw new IllegalArgumentException("a longitude lies between -180 and 180 degrees; was " + longitude);
		}
	}

	@Override
	public String toString() {
		return String.format(java.util.Locale.ROOT, "%.6f N, %.6f E (WGS 84)", latitude, longitude);
	}
}
