package org.cityhall.shared;

import org.locationtech.proj4j.BasicCoordinateTransform;
import org.locationtech.proj4j.CRSFactory;
import org.locationtech.proj4j.CoordinateReferenceSystem;
import org.locationtech.proj4j.CoordinateTransform;
import org.locationtech.proj4j.ProjCoordinate;

/**
 * A point in Sweden in SWEREF 99 TM (EPSG:3006), the national grid Lantmäteriet and the city's
 * maps use: metres east (easting) and north (northing). Only points within the grid's area of
 * use in Sweden are accepted. {@link #toWgs84()} and {@link #fromWgs84(Wgs84)} convert to and from
 * the latitude and longitude web maps use (proj4j, with SWEREF 99 TM's definition: UTM zone 33 on
 * GRS 80, which WGS 84 meets to within a metre).
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

	/** This point as latitude and longitude in WGS 84. */
	public Wgs84 toWgs84() {
		ProjCoordinate out = Transforms.TO_WGS84.get().transform(new ProjCoordinate(easting, northing), new ProjCoordinate());
		return new Wgs84(out.y, out.x);
	}

	/**
	 * The point in SWEREF 99 TM for a latitude and longitude in WGS 84.
	 *
	 * @throws IllegalArgumentException when the point lies outside SWEREF 99 TM's area of use
	 */
	public static Position fromWgs84(Wgs84 point) {
		ProjCoordinate out = Transforms.FROM_WGS84.get()
				.transform(new ProjCoordinate(point.longitude(), point.latitude()), new ProjCoordinate());
		return new Position(out.x, out.y);
	}

	/** proj4j's transforms keep working state, so each thread has its own pair. */
	private static final class Transforms {

		private static final CRSFactory FACTORY = new CRSFactory();
		private static final CoordinateReferenceSystem SWEREF_99_TM = FACTORY.createFromParameters("EPSG:3006",
				"+proj=utm +zone=33 +ellps=GRS80 +towgs84=0,0,0,0,0,0,0 +units=m +no_defs");
		private static final CoordinateReferenceSystem WGS_84 = FACTORY.createFromParameters("EPSG:4326",
				"+proj=longlat +datum=WGS84 +no_defs");

		static final ThreadLocal<CoordinateTransform> TO_WGS84 = ThreadLocal
				.withInitial(() -> new BasicCoordinateTransform(SWEREF_99_TM, WGS_84));
		static final ThreadLocal<CoordinateTransform> FROM_WGS84 = ThreadLocal
				.withInitial(() -> new BasicCoordinateTransform(WGS_84, SWEREF_99_TM));
	}

	@Override
	public String toString() {
		return "E " + Math.round(easting) + ", N " + Math.round(northing) + " (SWEREF 99 TM)";
	}
}
