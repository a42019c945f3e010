package org.cityhall.registers.opendata;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.cityhall.shared.Position;
import org.cityhall.shared.Wgs84;

/**
 * GeoJSON (RFC 7946) as the registers write it: WGS 84, longitude before latitude, seven decimals (about a
 * centimetre); a feature without a place has a null geometry.
 */
final class GeoJson {

	static final String MEDIA_TYPE = "application/geo+json";

	private GeoJson() {
	}

	static Map<String, Object> point(Position position) {
		Wgs84 point = position.toWgs84();
		return Map.of("type", "Point", "coordinates", List.of(round(point.longitude()), round(point.latitude())));
	}

	static Map<String, Object> feature(String id, Map<String, Object> geometry, Map<String, Object> properties) {
		Map<String, Object> feature = new LinkedHashMap<>();
		feature.put("type", "Feature");
		feature.put("id", id);
		feature.put("geometry", geometry);
		feature.put("properties", properties);
		return feature;
	}

	static Map<String, Object> collection(List<Map<String, Object>> features, Map<String, Object> members) {
		Map<String, Object> collection = new LinkedHashMap<>();
		collection.put("type", "FeatureCollection");
		collection.putAll(members);
		collection.put("features", features);
		return collection;
	}

	static double round(double degrees) {
		return Math.round(degrees * 1e7) / 1e7;
	}
}
