package org.cityhall.shared;

/**
 * A point in Sweden in SWEREF 99 TM (EPSG:3006), the national grid Lantmäteriet and the city's
 * maps use: metres east (easting) and north (northing). Only points within the grid's area of
 * use in Sweden are accepted.
 */
public record Position(double easting, double northing) {

	/** The bounds of SWEREF 99 TM's area of use, rounded outwards to whole kilometres. */
	static final double MIN_EASTING = 181_000;
	static final double MAX_EASTING = 1_087_000;
	static final double MIN_NORTHING = 6_101_000;
	static final double MAX_NORTHING = 7_690_000;

	public Position {
		if (!Double.isFinite(easting) || easting < MIN_EASTING || easting > MAX_EASTING) {
			throw new IllegalArgumentException("an easting in SWEREF 99 TM lies between " + (long) MIN_EASTING + " and "
					+ (long) MAX_EASTING + " m; was " + easting);
		}
		if (!Double.isFinite(northing) || northing < MIN_NORTHING || northing > MAX_NORTHING) {
			throw new IllegalArgumentException("a northing in SWEREF 99 TM lies between " + (long) MIN_NORTHING + " and "
					+ (long) MAX_NORTHING + " m; was " + northing);
		}
	}

	/** The straight-line distance in metres on the grid; its scale error is below 0.2 % anywhere in Sweden. */
	public double distanceTo(Position other) {
		return Math.hypot(easting - other.easting, northing - other.northing);
	}

	@Override
	public String toString() {
		return "E " + Math.round(easting) + ", N " + Math.round(northing) + " (SWEREF 99 TM)";
	}
}
