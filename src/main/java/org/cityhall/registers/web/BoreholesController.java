package org.cityhall.registers.web;

import java.util.List;
import java.util.Optional;

import org.cityhall.registers.Boreholes;
import org.cityhall.registers.Municipality;
import org.cityhall.registers.Properties;
import org.cityhall.registers.RegisteredProperty;
import org.cityhall.shared.Wgs84;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The borehole map and its list: by district (the list pages through the district's licences), and "what is
 * near my property" (the boreholes within a distance, nearest first). The map is drawn by script from the
 * GeoJSON API; the list beside it holds the same boreholes, and is all there is without script.
 */
@Controller
class BoreholesController {

	static final int PAGE_SIZE = 50;
	static final List<Integer> DISTANCES = List.of(50, 100, 250, 500, 1000);

	private final Boreholes boreholes;
	private final Properties properties;
	private final Municipality municipality;
	private final String tiles;
	private final String attribution;

	BoreholesController(Boreholes boreholes, Properties properties, Municipality municipality,
			@Value("${cityhall.registers.map.tiles:}") String tiles,
			@Value("${cityhall.registers.map.attribution:}") String attribution) {
		this.boreholes = boreholes;
		this.properties = properties;
		this.municipality = municipality;
		this.tiles = tiles;
		this.attribution = attribution;
	}

	@GetMapping("/registers/boreholes")
	String map(@RequestParam(required = false) String district, @RequestParam(defaultValue = "1") int page, Model model) {
		map(model);
		var counts = boreholes.countByDistrict();
		model.addAttribute("counts", counts);
		model.addAttribute("total", counts.values().stream().mapToInt(Integer::intValue).sum());
		if (district != null && counts.containsKey(district)) {
			int pages = Math.max(1, (counts.get(district) + PAGE_SIZE - 1) / PAGE_SIZE);
			int current = Math.min(Math.max(1, page), pages);
			model.addAttribute("district", district);
			model.addAttribute("listed", boreholes.inDistrict(district, current, PAGE_SIZE));
			model.addAttribute("page", current);
			model.addAttribute("pages", pages);
			model.addAttribute("previousUrl", current > 1 ? districtPage(district, current - 1) : null);
			model.addAttribute("nextUrl", current < pages ? districtPage(district, current + 1) : null);
			municipality.districts().stream().filter(d -> d.name().equals(district)).findFirst()
					.ifPresent(d -> model.addAttribute("focus", bounds(d.outline().getEnvelopeInternal())));
		}
		return "registers/boreholes";
	}

	@GetMapping("/registers/boreholes/near")
	String near(@RequestParam(required = false) String property, @RequestParam(defaultValue = "100") int distance,
			Model model) {
		map(model);
		model.addAttribute("property", property == null ? "" : property);
		int within = DISTANCES.contains(distance) ? distance : 100;
		model.addAttribute("distance", within);
		Optional<String> problem = Queries.problem(property == null ? "" : property);
		if (problem.isPresent()) {
			model.addAttribute("error", problem.get());
			return "registers/boreholes-near";
		}
		Optional<RegisteredProperty> found = properties.meant(property);
		if (found.isEmpty()) {
			model.addAttribute("error", "registers.boreholes.unknown-property");
			return "registers/boreholes-near";
		}
		RegisteredProperty at = found.get();
		Wgs84 point = at.position().toWgs84();
		model.addAttribute("found", at);
		model.addAttribute("near", boreholes.near(at.position(), within, Boreholes.MAX_NEAR));
		model.addAttribute("nearUrl", UriComponentsBuilder.fromPath("/api/v1/registers/boreholes/near.geojson")
				.queryParam("latitude", point.latitude()).queryParam("longitude", point.longitude())
				.queryParam("distance", within).build().toUriString());
		model.addAttribute("centre", point.longitude() + "," + point.latitude());
		double pad = within / 111_000.0;
		model.addAttribute("focus", (point.longitude() - 2 * pad) + "," + (point.latitude() - pad) + ","
				+ (point.longitude() + 2 * pad) + "," + (point.latitude() + pad));
		return "registers/boreholes-near";
	}

	private void map(Model model) {
		model.addAttribute("tiles", tiles);
		model.addAttribute("attribution", attribution);
		model.addAttribute("distances", DISTANCES);
		model.addAttribute("districts", municipality.districts().stream().map(Municipality.District::name).sorted().toList());
		model.addAttribute("cityBounds", bounds(municipality.envelope()));
	}

	private static String districtPage(String district, int page) {
		return UriComponentsBuilder.fromPath("/registers/boreholes").queryParam("district", district).queryParam("page", page)
				.encode().build().toUriString();
	}

	/** A grid envelope as {@code west,south,east,north} in WGS 84, as the map script takes it. */
	private static String bounds(org.locationtech.jts.geom.Envelope envelope) {
		Wgs84 sw = new org.cityhall.shared.Position(envelope.getMinX(), envelope.getMinY()).toWgs84();
		Wgs84 ne = new org.cityhall.shared.Position(envelope.getMaxX(), envelope.getMaxY()).toWgs84();
		return sw.longitude() + "," + sw.latitude() + "," + ne.longitude() + "," + ne.latitude();
	}

}
