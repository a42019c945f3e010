package org.cityhall.feedback;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.cityhall.shared.Wgs84;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.Polygonal;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;
import org.locationtech.jts.io.WKTWriter;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The area a routing rule takes reports in: a polygon (or several) in WGS 84, longitude before latitude as
 * WKT and GeoJSON both write it. An administrator gives it as WKT ({@code POLYGON ((18.03 59.30, ...))}) or
 * as GeoJSON (a Polygon or MultiPolygon, bare or in a Feature or a FeatureCollection of one), as a GIS
 * exports a district; it is kept as WKT.
 */
public final class RoutingArea {

	/** The most corners an area may have: a district's outline, not a survey. */
	static final int MOST_POINTS = 10_000;

	private static final GeometryFactory GEOMETRIES = new GeometryFactory();
	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final Geometry geometry;
	private final PreparedGeometry prepared;

	private RoutingArea(Geometry geometry) {
		this.geometry = geometry;
		this.prepared = PreparedGeometryFactory.prepare(geometry);
	}

	/** Why what an administrator typed is not an area: a message key in {@code feedback_*.properties}. */
	public static final class Refused extends IllegalArgumentException {

		private final String messageKey;

		Refused(String messageKey, String detail) {
			super(detail);
			this.messageKey = messageKey;
		}

		public String messageKey() {
			return messageKey;
		}
	}

	/**
	 * Reads an area typed as WKT or GeoJSON.
	 * @throws Refused when it cannot be read, is not a polygon, is not a valid one (its edges cross), lies
	 * outside WGS 84's degrees, or has more than {@link #MOST_POINTS} corners
	 */
	public static RoutingArea parse(String typed) {
		String text = typed == null ? "" : typed.strip();
		if (text.isEmpty()) {
			throw new Refused("feedback.rules.error.area-unreadable", "no area was given");
		}
		Geometry read = text.startsWith("{") ? geoJson(text) : wkt(text);
		if (!(read instanceof Polygonal) || read.isEmpty()) {
			throw new Refused("feedback.rules.error.area-not-polygon", "a " + read.getGeometryType() + " is not an area");
		}
		if (read.getNumPoints() > MOST_POINTS) {
			throw new Refused("feedback.rules.error.area-too-detailed", read.getNumPoints() + " corners");
		}
		Envelope box = read.getEnvelopeInternal();
		if (box.getMinX() < -180 || box.getMaxX() > 180 || box.getMinY() < -90 || box.getMaxY() > 90) {
			throw new Refused("feedback.rules.error.area-degrees", "outside WGS 84: " + box);
		}
		if (!read.isValid()) {
			throw new Refused("feedback.rules.error.area-invalid", "the polygon's edges cross or its rings are not closed");
		}
		return new RoutingArea(read);
	}

	/** A box, south to north and west to east. */
	public static RoutingArea box(double south, double west, double north, double east) {
		if (!(south < north) || !(west < east)) {
			throw new IllegalArgumentException("an area's south must be below its north and its west left of its east");
		}
		return new RoutingArea(GEOMETRIES.toGeometry(new Envelope(west, east, south, north)));
	}

	public boolean contains(Wgs84 point) {
		return prepared.covers(GEOMETRIES.createPoint(new Coordinate(point.longitude(), point.latitude())));
	}

	/** The area as WKT, as it is kept and shown. */
	public String wkt() {
		return new WKTWriter().write(geometry);
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof RoutingArea area && area.geometry.equalsExact(geometry);
	}

	@Override
	public int hashCode() {
		return Objects.hash(wkt());
	}

	@Override
	public String toString() {
		return wkt();
	}

	private static Geometry wkt(String text) {
		try {
			return new WKTReader(GEOMETRIES).read(text);
		}
		catch (ParseException | IllegalArgumentException ex) {
			throw new Refused("feedback.rules.error.area-unreadable", ex.getMessage());
		}
	}

	private static Geometry geoJson(String text) {
		JsonNode node;
		try {
			node = JSON.readTree(text);
		}
		catch (JacksonException ex) {
			throw new Refused("feedback.rules.error.area-unreadable", ex.getOriginalMessage());
		}
		if ("FeatureCollection".equals(node.path("type").asString(""))) {
			JsonNode features = node.path("features");
			if (features.size() != 1) {
				throw new Refused("feedback.rules.error.area-not-polygon", features.size() + " features; give one area");
			}
			node = features.get(0);
		}
		if ("Feature".equals(node.path("type").asString(""))) {
			node = node.path("geometry");
		}
		String type = node.path("type").asString("");
		JsonNode coordinates = node.path("coordinates");
		try {
			return switch (type) {
				case "Polygon" -> polygon(coordinates);
				case "MultiPolygon" -> {
					List<Polygon> polygons = new ArrayList<>();
					for (JsonNode polygon : coordinates) {
						polygons.add(polygon(polygon));
					}
					yield GEOMETRIES.createMultiPolygon(polygons.toArray(Polygon[]::new));
				}
				case "" -> throw new Refused("feedback.rules.error.area-unreadable", "GeoJSON without a type");
				default -> throw new Refused("feedback.rules.error.area-not-polygon", "a " + type + " is not an area");
			};
		}
		catch (IllegalArgumentException ex) {
			if (ex instanceof Refused refused) {
				throw refused;
			}
			// JTS refuses a ring that is not closed or has too few points.
			throw new Refused("feedback.rules.error.area-invalid", ex.getMessage());
		}
	}

	private static Polygon polygon(JsonNode rings) {
		if (!rings.isArray() || rings.isEmpty()) {
			throw new Refused("feedback.rules.error.area-unreadable", "a polygon's coordinates are a list of rings");
		}
		LinearRing shell = ring(rings.get(0));
		LinearRing[] holes = new LinearRing[rings.size() - 1];
		for (int i = 1; i < rings.size(); i++) {
			holes[i - 1] = ring(rings.get(i));
		}
		return GEOMETRIES.createPolygon(shell, holes);
	}

	private static LinearRing ring(JsonNode positions) {
		List<Coordinate> coordinates = new ArrayList<>();
		for (JsonNode position : positions) {
			Optional<Coordinate> at = position.size() >= 2 && position.get(0).isNumber() && position.get(1).isNumber()
					? Optional.of(new Coordinate(position.get(0).asDouble(), position.get(1).asDouble())) : Optional.empty();
			coordinates.add(at.orElseThrow(() -> new Refused("feedback.rules.error.area-unreadable", "a position is [longitude, latitude]")));
		}
		return GEOMETRIES.createLinearRing(coordinates.toArray(Coordinate[]::new));
	}
}
