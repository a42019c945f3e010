package org.cityhall.permits;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.cityhall.shared.LocalizedText;
import org.cityhall.shared.Money;
import org.cityhall.shared.Position;
import org.cityhall.shared.Wgs84;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.Polygonal;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.index.strtree.STRtree;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Service;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The city's residents' parking zones, read at start from a GeoJSON file in SWEREF 99 TM
 * ({@code cityhall.permits.zones}, the demo city's inner districts by default): which zone a position
 * lies in, through a spatial index, and the zones in WGS 84 for maps. A file whose zones overlap, lack
 * a price or are not polygons stops the start with the zone named.
 */
@Service
public class Zones {

	private static final GeometryFactory GEOMETRY = new GeometryFactory(new PrecisionModel(), 3006);

	private final Map<String, Zone> byCode;
	private final STRtree index = new STRtree();

	@org.springframework.beans.factory.annotation.Autowired
	Zones(@Value("${cityhall.permits.zones:classpath:permits/zones.geojson}") Resource file) {
		this(read(file));
	}

	Zones(List<Zone> zones) {
		Map<String, Zone> codes = new LinkedHashMap<>();
		for (Zone zone : zones) {
			if (codes.put(zone.code(), zone) != null) {
				throw new IllegalArgumentException("two residents' parking zones have the code " + zone.code());
			}
			Geometry area = (Geometry) zone.area();
			for (Zone other : codes.values()) {
				if (other != zone && ((Geometry) other.area()).intersection(area).getArea() > 1.0) {
					throw new IllegalArgumentException("residents' parking zones " + other.code() + " and " + zone.code() + " overlap");
				}
			}
			index.insert(area.getEnvelopeInternal(), new Indexed(zone, PreparedGeometryFactory.prepare(area)));
		}
		index.build();
		this.byCode = Collections.unmodifiableMap(codes);
	}

	private record Indexed(Zone zone, PreparedGeometry area) {
	}

	/** The zone a position lies in, if any. */
	public Optional<Zone> at(Position position) {
		Point point = GEOMETRY.createPoint(new Coordinate(position.easting(), position.northing()));
		@SuppressWarnings("unchecked")
		List<Indexed> candidates = index.query(new Envelope(point.getCoordinate()));
		for (Indexed candidate : candidates) {
			if (candidate.area().covers(point)) {
				return Optional.of(candidate.zone());
			}
		}
		return Optional.empty();
	}

	/** The zone with the code, typed in any case. */
	public Optional<Zone> find(String code) {
		return code == null ? Optional.empty() : Optional.ofNullable(byCode.get(code.strip().toUpperCase(java.util.Locale.ROOT)));
	}

	/** Every zone, in the file's order. */
	public List<Zone> all() {
		return List.copyOf(byCode.values());
	}

	/** The zones as a GeoJSON FeatureCollection in WGS 84 (longitude, latitude), for web maps. */
	public Map<String, Object> asWgs84GeoJson() {
		List<Object> features = new ArrayList<>();
		for (Zone zone : byCode.values()) {
			List<Object> polygons = new ArrayList<>();
			Geometry area = (Geometry) zone.area();
			for (int i = 0; i < area.getNumGeometries(); i++) {
				Polygon polygon = (Polygon) area.getGeometryN(i);
				List<Object> rings = new ArrayList<>();
				rings.add(wgs84(polygon.getExteriorRing().getCoordinates()));
				for (int h = 0; h < polygon.getNumInteriorRing(); h++) {
					rings.add(wgs84(polygon.getInteriorRingN(h).getCoordinates()));
				}
				polygons.add(rings);
			}
			Map<String, Object> properties = new LinkedHashMap<>();
			properties.put("code", zone.code());
			properties.put("name", Map.of("sv", zone.name().sv(), "en", zone.name().en()));
			Map<String, Object> prices = new LinkedHashMap<>();
			zone.prices().forEach((period, price) -> prices.put(period.name(), price.amount()));
			properties.put("prices", prices);
			features.add(Map.of("type", "Feature", "properties", properties,
					"geometry", Map.of("type", "MultiPolygon", "coordinates", polygons)));
		}
		return Map.of("type", "FeatureCollection", "features", features);
	}

	private static List<double[]> wgs84(Coordinate[] ring) {
		List<double[]> points = new ArrayList<>(ring.length);
		for (Coordinate c : ring) {
			Wgs84 point = new Position(c.x, c.y).toWgs84();
			points.add(new double[] {Math.round(point.longitude() * 1e6) / 1e6, Math.round(point.latitude() * 1e6) / 1e6});
		}
		return points;
	}

	static List<Zone> read(Resource file) {
		try (InputStream in = file.getInputStream()) {
			return read(JsonMapper.builder().build().readTree(in), file.getDescription());
		}
		catch (IOException failed) {
			throw new UncheckedIOException("cannot read the residents' parking zones from " + file.getDescription(), failed);
		}
	}

	static List<Zone> read(JsonNode collection, String source) {
		List<Zone> zones = new ArrayList<>();
		for (JsonNode feature : collection.path("features")) {
			String code = feature.path("properties").path("code").asString("");
			if (code.isBlank()) {
				throw new IllegalArgumentException(source + ": a zone without a code");
			}
			JsonNode name = feature.path("properties").path("name");
			Map<PermitPeriod, Money> prices = new EnumMap<>(PermitPeriod.class);
			feature.path("properties").path("prices").properties().forEach(price -> prices.put(
					PermitPeriod.valueOf(price.getKey()), Money.sek(price.getValue().decimalValue())));
			zones.add(new Zone(code.strip().toUpperCase(java.util.Locale.ROOT),
					new LocalizedText(name.path("sv").asString(code), name.path("en").asString(code)),
					area(feature.path("geometry"), source + ", zone " + code), prices));
		}
		if (zones.isEmpty()) {
			throw new IllegalArgumentException(source + " holds no residents' parking zone");
		}
		return zones;
	}

	private static Polygonal area(JsonNode geometry, String where) {
		String type = geometry.path("type").asString("");
		if (type.equals("Polygon")) {
			return polygon(geometry.path("coordinates"), where);
		}
		if (type.equals("MultiPolygon")) {
			List<Polygon> polygons = new ArrayList<>();
			geometry.path("coordinates").forEach(p -> polygons.add(polygon(p, where)));
			return GEOMETRY.createMultiPolygon(polygons.toArray(Polygon[]::new));
		}
		throw new IllegalArgumentException(where + ": a zone is a Polygon or MultiPolygon, not " + (type.isEmpty() ? "nothing" : type));
	}

	private static Polygon polygon(JsonNode rings, String where) {
		List<LinearRing> linear = new ArrayList<>();
		for (JsonNode ring : rings) {
			List<Coordinate> points = new ArrayList<>();
			ring.forEach(point -> points.add(new Coordinate(point.get(0).asDouble(), point.get(1).asDouble())));
			// Positions validate that the points are in SWEREF 99 TM, not degrees.
			points.forEach(c -> new Position(c.x, c.y));
			linear.add(GEOMETRY.createLinearRing(points.toArray(Coordinate[]::new)));
		}
		if (linear.isEmpty()) {
			throw new IllegalArgumentException(where + ": a polygon without rings");
		}
		Polygon polygon = GEOMETRY.createPolygon(linear.get(0), linear.subList(1, linear.size()).toArray(LinearRing[]::new));
		if (!polygon.isValid()) {
			throw new IllegalArgumentException(where + ": the polygon is not valid (it crosses itself)");
		}
		return polygon;
	}
}
