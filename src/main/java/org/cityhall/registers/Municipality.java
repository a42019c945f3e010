package org.cityhall.registers;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.cityhall.shared.Position;
import org.cityhall.shared.Wgs84;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The municipality's districts, shipped as GeoJSON ({@code cityhall.registers.districts}, by default the
 * demo city's approximate outlines): the map draws them when no base map is configured, and imports check
 * that every position lies within one of them.
 */
@Component
public class Municipality {

	/** A district and its outline on the city's grid. */
	public record District(String name, Polygon outline) {
	}

	private final String geoJson;
	private final List<District> districts;
	private final PreparedGeometry whole;

	Municipality(@Value("${cityhall.registers.districts:classpath:registers/districts.geojson}") Resource source,
			JsonMapper json) {
		try (InputStream in = source.getInputStream()) {
			this.geoJson = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException e) {
			throw new UncheckedIOException("the districts' outlines cannot be read from " + source, e);
		}
		GeometryFactory factory = new GeometryFactory();
		List<District> read = new ArrayList<>();
		for (JsonNode feature : json.readTree(geoJson).get("features")) {
			List<Coordinate> ring = new ArrayList<>();
			for (JsonNode point : feature.get("geometry").get("coordinates").get(0)) {
				Position position = Position.fromWgs84(new Wgs84(point.get(1).asDouble(), point.get(0).asDouble()));
				ring.add(new Coordinate(position.easting(), position.northing()));
			}
			read.add(new District(feature.get("properties").get("name").asString(),
					factory.createPolygon(ring.toArray(Coordinate[]::new))));
		}
		this.districts = List.copyOf(read);
		Geometry union = factory.buildGeometry(read.stream().map(District::outline).toList()).union();
		this.whole = PreparedGeometryFactory.prepare(union.buffer(1));
	}

	/** The outlines as shipped: a GeoJSON FeatureCollection of polygons in WGS 84. */
	public String geoJson() {
		return geoJson;
	}

	public boolean contains(Position position) {
		return whole.contains(new GeometryFactory().createPoint(new Coordinate(position.easting(), position.northing())));
	}

	/** The district a position lies in, if any. */
	public Optional<String> district(Position position) {
		var point = new GeometryFactory().createPoint(new Coordinate(position.easting(), position.northing()));
		return districts.stream().filter(d -> d.outline().covers(point)).map(District::name).findFirst();
	}

	/** The rectangle on the grid holding every district. */
	public org.locationtech.jts.geom.Envelope envelope() {
		return whole.getGeometry().getEnvelopeInternal();
	}

	public List<District> districts() {
		return districts;
	}
}
