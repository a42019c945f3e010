package org.cityhall.registers;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import java.util.Map;

/**
 * The rules of RFC 7946 a GeoJSON validator checks, applied to a parsed document: the object types and
 * their members, positions as [longitude, latitude] within range, linear rings closed with at least four
 * positions, exterior rings counterclockwise and holes clockwise (the right-hand rule).
 */
final class GeoJsonRules {

	private GeoJsonRules() {
	}

	static void assertValid(String json) {
		Object root = JsonPath.parse(json).json();
		featureCollection(map(root));
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> map(Object o) {
		assertThat(o).isInstanceOf(Map.class);
		return (Map<String, Object>) o;
	}

	@SuppressWarnings("unchecked")
	private static List<Object> list(Object o) {
		assertThat(o).isInstanceOf(List.class);
		return (List<Object>) o;
	}

	private static void featureCollection(Map<String, Object> collection) {
		assertThat(collection.get("type")).isEqualTo("FeatureCollection");
		for (Object feature : list(collection.get("features"))) {
			Map<String, Object> f = map(feature);
			assertThat(f.get("type")).isEqualTo("Feature");
			assertThat(f).containsKey("geometry").containsKey("properties");
			if (f.get("id") != null) {
				assertThat(f.get("id")).isInstanceOfAny(String.class, Number.class);
			}
			if (f.get("geometry") != null) {
				geometry(map(f.get("geometry")));
			}
		}
	}

	private static void geometry(Map<String, Object> geometry) {
		Object coordinates = geometry.get("coordinates");
		switch ((String) geometry.get("type")) {
			case "Point":
				position(coordinates);
				break;
			case "Polygon":
				polygon(coordinates);
				break;
			case "MultiPolygon":
				list(coordinates).forEach(GeoJsonRules::polygon);
				break;
			default:
				throw new AssertionError("unexpected geometry type " + geometry.get("type"));
		}
	}

	private static double[] position(Object o) {
		List<Object> p = list(o);
		assertThat(p).hasSizeBetween(2, 3);
		assertThat(p).allMatch(v -> v instanceof Number);
		double longitude = ((Number) p.get(0)).doubleValue();
		double latitude = ((Number) p.get(1)).doubleValue();
		assertThat(longitude).isBetween(-180.0, 180.0);
		assertThat(latitude).isBetween(-90.0, 90.0);
		return new double[] {longitude, latitude};
	}

	private static void polygon(Object o) {
		List<Object> rings = list(o);
		assertThat(rings).isNotEmpty();
		for (int i = 0; i < rings.size(); i++) {
			List<Object> ring = list(rings.get(i));
			assertThat(ring).hasSizeGreaterThanOrEqualTo(4);
			double[][] points = ring.stream().map(GeoJsonRules::position).toArray(double[][]::new);
			assertThat(points[0]).containsExactly(points[points.length - 1]);
			double area = 0;
			for (int k = 0; k + 1 < points.length; k++) {
				area += points[k][0] * points[k + 1][1] - points[k + 1][0] * points[k][1];
			}
			if (i == 0) {
				assertThat(area).as("the exterior ring runs counterclockwise").isPositive();
			}
			else {
				assertThat(area).as("a hole runs clockwise").isNegative();
			}
		}
	}
}
