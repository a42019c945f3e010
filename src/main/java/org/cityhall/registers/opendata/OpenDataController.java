package org.cityhall.registers.opendata;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.cityhall.registers.Borehole;
import org.cityhall.registers.Boreholes;
import org.cityhall.registers.Box;
import org.cityhall.registers.FoodInspections;
import org.cityhall.registers.Municipality;
import org.cityhall.registers.Plans;
import org.cityhall.registers.RadonReadings;
import org.cityhall.registers.RadonReading;
import org.cityhall.shared.Position;
import org.cityhall.shared.Wgs84;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The public registers as open data: each register as JSON, CSV and GeoJSON, a page at a time, with the
 * licence in the body (JSON, GeoJSON) and in a {@code Link: <…>; rel="license"} header (all three); and the
 * borehole map's feeds, by box and by vicinity. No login; positions in WGS 84.
 */
@RestController
@Tag(name = "Public registers", description = "Radon readings, food inspection results, borehole licences and detailed "
		+ "development plans as open data, and the borehole map's GeoJSON feeds.")
class OpenDataController {

	static final int MAX_PAGE_SIZE = 1_000;

	private final RadonReadings radon;
	private final FoodInspections food;
	private final Boreholes boreholes;
	private final Plans plans;
	private final Municipality municipality;
	private final String licence;
	private final String licenceUrl;

	OpenDataController(RadonReadings radon, FoodInspections food, Boreholes boreholes, Plans plans, Municipality municipality,
			@Value("${cityhall.registers.open-data.licence:CC0 1.0 Universal}") String licence,
			@Value("${cityhall.registers.open-data.licence-url:https://creativecommons.org/publicdomain/zero/1.0/}") String licenceUrl) {
		this.radon = radon;
		this.food = food;
		this.boreholes = boreholes;
		this.plans = plans;
		this.municipality = municipality;
		this.licence = licence;
		this.licenceUrl = licenceUrl;
	}

	// The borehole map's feeds.

	@Operation(summary = "Boreholes in a box", description = "The licensed boreholes within a box of WGS 84 longitudes and "
			+ "latitudes, one feature each; when more than 500, clusters instead (property cluster = true, count).")
	@GetMapping(path = "/api/v1/registers/boreholes/map.geojson", produces = GeoJson.MEDIA_TYPE)
	ResponseEntity<String> boreholesInBox(
			@Parameter(description = "west,south,east,north in decimal degrees (WGS 84)", example = "18.05,59.26,18.12,59.29")
			@RequestParam String bbox) {
		String[] parts = bbox.split(",");
		if (parts.length != 4) {
			throw new IllegalArgumentException("bbox is west,south,east,north in decimal degrees");
		}
		double[] values = new double[4];
		for (int i = 0; i < 4; i++) {
			values[i] = Double.parseDouble(parts[i].trim());
		}
		Boreholes.InBox in = boreholes.within(Box.ofWgs84(values[0], values[1], values[2], values[3]));
		List<Map<String, Object>> features = new ArrayList<>();
		if (in.clustered()) {
			int n = 0;
			for (Boreholes.Cluster cluster : in.clusters()) {
				features.add(GeoJson.feature("cluster-" + (++n), GeoJson.point(cluster.centre()),
						Map.of("cluster", true, "count", cluster.count())));
			}
		}
		else {
			in.boreholes().forEach(b -> features.add(boreholeFeature(b, Map.of())));
		}
		return geoJson(GeoJson.collection(features, Map.of("licence", licence, "total", in.total())));
	}

	@Operation(summary = "Boreholes near a point", description = "The boreholes within a distance (metres, at most 5,000) "
			+ "of a point, nearest first, each with its distance in metres.")
	@GetMapping(path = "/api/v1/registers/boreholes/near.geojson", produces = GeoJson.MEDIA_TYPE)
	ResponseEntity<String> boreholesNear(@RequestParam double latitude, @RequestParam double longitude,
			@RequestParam(defaultValue = "100") double distance) {
		Position point = Position.fromWgs84(new Wgs84(latitude, longitude));
		List<Map<String, Object>> features = boreholes.near(point, distance, Boreholes.MAX_NEAR).stream()
				.map(n -> boreholeFeature(n.borehole(), Map.of("distanceMetres", Math.round(n.distance() * 10) / 10.0)))
				.toList();
		return geoJson(GeoJson.collection(features, Map.of("licence", licence)));
	}

	@Operation(summary = "The city's districts", description = "The district outlines as polygons (WGS 84, right-hand rule), "
			+ "drawn when no base map is configured.")
	@GetMapping(path = "/api/v1/registers/districts.geojson", produces = GeoJson.MEDIA_TYPE)
	ResponseEntity<String> districts() {
		return ResponseEntity.ok().header(HttpHeaders.LINK, licenceLink()).contentType(MediaType.valueOf(GeoJson.MEDIA_TYPE))
				.body(municipality.geoJson());
	}

	// Each register, paged, in three formats.

	@Operation(summary = "Radon readings", description = "Buildings with their radon readings, by designation, paged.")
	@GetMapping(path = "/api/v1/registers/radon-readings", produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<Map<String, Object>> radonJson(@RequestParam(defaultValue = "1") int page,
			@RequestParam(defaultValue = "100") int size) {
		return json(radon.page(page, size(size)).stream().map(this::radonItem).toList(), page, size(size), radon.count());
	}

	@Operation(summary = "Search radon readings", description = "The buildings with readings whose designation or address "
			+ "matches what was typed, tolerantly: any case, å/ä/ö as a/a/o, \"g.\" for \"gatan\" and \"v.\" for \"vägen\", a "
			+ "house number inside a range, part of a designation; 20 a page.")
	@GetMapping(path = "/api/v1/registers/radon-readings/search", produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<Map<String, Object>> radonSearch(@Parameter(example = "byalvsv. 12") @RequestParam String q,
			@RequestParam(defaultValue = "1") int page) {
		if (q.isBlank() || q.length() > 200) {
			throw new IllegalArgumentException("q is 1 to 200 characters");
		}
		RadonReadings.Found found = radon.search(q, page);
		return json(found.buildings().stream().map(this::radonItem).toList(), found.page(), RadonReadings.PAGE_SIZE,
				found.total());
	}

	@Operation(summary = "Radon readings as CSV", description = "One line per reading; the licence is in the Link header.")
	@GetMapping(path = "/api/v1/registers/radon-readings.csv", produces = "text/csv")
	ResponseEntity<String> radonCsv(@RequestParam(defaultValue = "1") int page, @RequestParam(defaultValue = "100") int size) {
		Csv csv = new Csv("designation", "district", "addresses", "becquerel", "measured_on", "method", "action_needed",
				"latitude", "longitude");
		for (RadonReadings.Building b : radon.page(page, size(size))) {
			Wgs84 at = b.property().position().toWgs84();
			for (RadonReading r : b.readings()) {
				csv.row(b.property().designation(), b.property().district(), addresses(b), r.becquerel(), r.measuredOn(),
						r.method().code(), r.actionNeeded(), GeoJson.round(at.latitude()), GeoJson.round(at.longitude()));
			}
		}
		return csv(csv);
	}

	@Operation(summary = "Radon readings as GeoJSON", description = "One point feature per building.")
	@GetMapping(path = "/api/v1/registers/radon-readings.geojson", produces = GeoJson.MEDIA_TYPE)
	ResponseEntity<String> radonGeoJson(@RequestParam(defaultValue = "1") int page,
			@RequestParam(defaultValue = "100") int size) {
		return geoJson(GeoJson.collection(radon.page(page, size(size)).stream()
				.map(b -> GeoJson.feature(b.property().id().toString(), GeoJson.point(b.property().position()), radonItem(b)))
				.toList(), paging(page, size(size), radon.count())));
	}

	@Operation(summary = "Food inspection results", description = "Food businesses with their inspections, latest first, paged.")
	@GetMapping(path = "/api/v1/registers/food-inspections", produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<Map<String, Object>> foodJson(@RequestParam(defaultValue = "1") int page,
			@RequestParam(defaultValue = "100") int size) {
		return json(food.page(page, size(size)).stream().map(this::foodItem).toList(), page, size(size), food.count());
	}

	@Operation(summary = "Food inspection results as CSV", description = "One line per inspection.")
	@GetMapping(path = "/api/v1/registers/food-inspections.csv", produces = "text/csv")
	ResponseEntity<String> foodCsv(@RequestParam(defaultValue = "1") int page, @RequestParam(defaultValue = "100") int size) {
		Csv csv = new Csv("name", "organisation_number", "street", "postal_code", "post_town", "district", "inspected_on",
				"result", "remarks");
		for (FoodInspections.Inspected i : food.page(page, size(size))) {
			FoodInspections.Business b = i.business();
			for (FoodInspections.Inspection inspection : i.inspections()) {
				csv.row(b.name(), b.organisationNumber(), b.street(), b.postalCode(), b.postTown(), b.district(),
						inspection.inspectedOn(), inspection.result().code(), inspection.remarks());
			}
		}
		return csv(csv);
	}

	@Operation(summary = "Food inspection results as GeoJSON", description = "One feature per business; the register "
			+ "holds addresses, not positions, so each geometry is null.")
	@GetMapping(path = "/api/v1/registers/food-inspections.geojson", produces = GeoJson.MEDIA_TYPE)
	ResponseEntity<String> foodGeoJson(@RequestParam(defaultValue = "1") int page,
			@RequestParam(defaultValue = "100") int size) {
		return geoJson(GeoJson.collection(food.page(page, size(size)).stream()
				.map(i -> GeoJson.feature(i.business().id().toString(), null, foodItem(i))).toList(),
				paging(page, size(size), food.count())));
	}

	@Operation(summary = "Borehole licences", description = "Every licensed borehole by licence number, paged.")
	@GetMapping(path = "/api/v1/registers/boreholes", produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<Map<String, Object>> boreholesJson(@RequestParam(defaultValue = "1") int page,
			@RequestParam(defaultValue = "100") int size) {
		return json(boreholes.page(page, size(size)).stream().map(this::boreholeItem).toList(), page, size(size),
				boreholes.count());
	}

	@Operation(summary = "Borehole licences as CSV", description = "One line per borehole, WGS 84 and SWEREF 99 TM.")
	@GetMapping(path = "/api/v1/registers/boreholes.csv", produces = "text/csv")
	ResponseEntity<String> boreholesCsv(@RequestParam(defaultValue = "1") int page, @RequestParam(defaultValue = "100") int size) {
		Csv csv = new Csv("licence_number", "property_designation", "depth_metres", "licensed_on", "district", "latitude",
				"longitude", "easting", "northing");
		for (Borehole b : boreholes.page(page, size(size))) {
			Wgs84 at = b.position().toWgs84();
			csv.row(b.licenceNumber(), b.propertyDesignation(), b.depthMetres(), b.licensedOn(), b.district(),
					GeoJson.round(at.latitude()), GeoJson.round(at.longitude()), Math.round(b.position().easting()),
					Math.round(b.position().northing()));
		}
		return csv(csv);
	}

	@Operation(summary = "Borehole licences as GeoJSON", description = "One point feature per borehole.")
	@GetMapping(path = "/api/v1/registers/boreholes.geojson", produces = GeoJson.MEDIA_TYPE)
	ResponseEntity<String> boreholesGeoJson(@RequestParam(defaultValue = "1") int page,
			@RequestParam(defaultValue = "100") int size) {
		return geoJson(GeoJson.collection(boreholes.page(page, size(size)).stream().map(b -> boreholeFeature(b, Map.of()))
				.toList(), paging(page, size(size), boreholes.count())));
	}

	@Operation(summary = "Detailed development plans", description = "Plans with status, decision date, document and the "
			+ "properties they cover, paged.")
	@GetMapping(path = "/api/v1/registers/plans", produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<Map<String, Object>> plansJson(@RequestParam(defaultValue = "1") int page,
			@RequestParam(defaultValue = "100") int size) {
		return json(plans.page(page, size(size)).stream().map(this::planItem).toList(), page, size(size), plans.count());
	}

	@Operation(summary = "Detailed development plans as CSV", description = "One line per plan and property it covers.")
	@GetMapping(path = "/api/v1/registers/plans.csv", produces = "text/csv")
	ResponseEntity<String> plansCsv(@RequestParam(defaultValue = "1") int page, @RequestParam(defaultValue = "100") int size) {
		Csv csv = new Csv("plan_number", "name", "status", "decided_on", "document_url", "property_designation");
		for (Plans.Plan p : plans.page(page, size(size))) {
			for (String property : p.properties()) {
				csv.row(p.planNumber(), p.name(), p.status().code(), p.decidedOn(), p.documentUrl(), property);
			}
		}
		return csv(csv);
	}

	@Operation(summary = "Detailed development plans as GeoJSON", description = "One feature per plan; geometry null (the "
			+ "register holds the properties a plan covers, not its outline).")
	@GetMapping(path = "/api/v1/registers/plans.geojson", produces = GeoJson.MEDIA_TYPE)
	ResponseEntity<String> plansGeoJson(@RequestParam(defaultValue = "1") int page,
			@RequestParam(defaultValue = "100") int size) {
		return geoJson(GeoJson.collection(plans.page(page, size(size)).stream()
				.map(p -> GeoJson.feature(p.id().toString(), null, planItem(p))).toList(), paging(page, size(size), plans.count())));
	}

	@ExceptionHandler(IllegalArgumentException.class)
	ResponseEntity<ProblemDetail> badRequest(IllegalArgumentException e) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
		problem.setTitle("Bad request");
		return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	private Map<String, Object> radonItem(RadonReadings.Building b) {
		Map<String, Object> item = new LinkedHashMap<>();
		item.put("designation", b.property().designation());
		item.put("district", b.property().district());
		item.put("addresses", b.property().addresses().stream().map(a -> a.label()).toList());
		item.put("readings", b.readings().stream().map(r -> Map.of("becquerel", r.becquerel(), "measuredOn",
				r.measuredOn().toString(), "method", r.method().code(), "actionNeeded", r.actionNeeded())).toList());
		return item;
	}

	private Map<String, Object> foodItem(FoodInspections.Inspected i) {
		Map<String, Object> item = new LinkedHashMap<>();
		item.put("name", i.business().name());
		item.put("organisationNumber", i.business().organisationNumber());
		item.put("street", i.business().street());
		item.put("postalCode", i.business().postalCode());
		item.put("postTown", i.business().postTown());
		item.put("district", i.business().district());
		item.put("inspections", i.inspections().stream().map(x -> Map.of("inspectedOn", x.inspectedOn().toString(), "result",
				x.result().code(), "remarks", x.remarks())).toList());
		return item;
	}

	private Map<String, Object> boreholeItem(Borehole b) {
		Map<String, Object> item = new LinkedHashMap<>();
		item.put("licenceNumber", b.licenceNumber());
		item.put("propertyDesignation", b.propertyDesignation());
		item.put("depthMetres", b.depthMetres());
		item.put("licensedOn", b.licensedOn().toString());
		item.put("district", b.district());
		Wgs84 at = b.position().toWgs84();
		item.put("latitude", GeoJson.round(at.latitude()));
		item.put("longitude", GeoJson.round(at.longitude()));
		return item;
	}

	private Map<String, Object> boreholeFeature(Borehole b, Map<String, Object> extra) {
		Map<String, Object> properties = boreholeItem(b);
		properties.remove("latitude");
		properties.remove("longitude");
		properties.putAll(extra);
		return GeoJson.feature(b.licenceNumber(), GeoJson.point(b.position()), properties);
	}

	private Map<String, Object> planItem(Plans.Plan p) {
		Map<String, Object> item = new LinkedHashMap<>();
		item.put("planNumber", p.planNumber());
		item.put("name", p.name());
		item.put("status", p.status().code());
		item.put("decidedOn", p.decidedOn().toString());
		item.put("documentUrl", p.documentUrl());
		item.put("properties", p.properties());
		return item;
	}

	private static String addresses(RadonReadings.Building b) {
		return String.join(" / ", b.property().addresses().stream().map(a -> a.label()).toList());
	}

	private static int size(int size) {
		if (size < 1 || size > MAX_PAGE_SIZE) {
			throw new IllegalArgumentException("size is between 1 and " + MAX_PAGE_SIZE);
		}
		return size;
	}

	private Map<String, Object> paging(int page, int size, int total) {
		if (page < 1) {
			throw new IllegalArgumentException("page starts at 1");
		}
		Map<String, Object> members = new LinkedHashMap<>();
		members.put("licence", licence);
		members.put("licenceUrl", licenceUrl);
		members.put("page", page);
		members.put("size", size);
		members.put("total", total);
		members.put("pages", Math.max(1, (total + size - 1) / size));
		return members;
	}

	private ResponseEntity<Map<String, Object>> json(List<Map<String, Object>> items, int page, int size, int total) {
		Map<String, Object> body = paging(page, size, total);
		body.put("items", items);
		return ResponseEntity.ok().header(HttpHeaders.LINK, licenceLink()).body(body);
	}

	private ResponseEntity<String> geoJson(Map<String, Object> body) {
		// Written here rather than by the application's mapper, which leaves nulls out: GeoJSON requires the
		// member "geometry" on every feature, null for a feature without a place.
		return ResponseEntity.ok().header(HttpHeaders.LINK, licenceLink()).contentType(MediaType.valueOf(GeoJson.MEDIA_TYPE))
				.body(GEOJSON_WRITER.writeValueAsString(body));
	}

	private static final tools.jackson.databind.json.JsonMapper GEOJSON_WRITER = tools.jackson.databind.json.JsonMapper.builder()
			.build();

	private ResponseEntity<String> csv(Csv csv) {
		return ResponseEntity.ok().header(HttpHeaders.LINK, licenceLink())
				.contentType(MediaType.valueOf("text/csv;charset=UTF-8")).body(csv.toString());
	}

	private String licenceLink() {
		return "<" + licenceUrl + ">; rel=\"license\"; title=\"" + licence + "\"";
	}

	/** CSV as RFC 4180 writes it: comma-separated, a field with a comma, quote or line break in double quotes. */
	private static final class Csv {

		private final StringBuilder out = new StringBuilder();

		Csv(String... header) {
			row((Object[]) header);
		}

		void row(Object... fields) {
			for (int i = 0; i < fields.length; i++) {
				if (i > 0) {
					out.append(',');
				}
				String field = fields[i] == null ? "" : (fields[i] instanceof LocalDate ? fields[i].toString() : String.valueOf(fields[i]));
				if (field.contains(",") || field.contains("\"") || field.contains("\n") || field.contains("\r")) {
					field = "\"" + field.replace("\"", "\"\"") + "\"";
				}
				out.append(field);
			}
			out.append("\r\n");
		}

		@Override
		public String toString() {
			return out.toString();
		}
	}

}
