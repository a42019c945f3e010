package org.cityhall.directory.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.cityhall.catalogue.Catalogue;
import org.cityhall.directory.Directory;
import org.cityhall.directory.Provider;
import org.cityhall.directory.ProviderKind;
import org.cityhall.shared.Position;
import org.cityhall.shared.Wgs84;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.server.ResponseStatusException;

/**
 * Find & Compare for residents: filter the providers and see them in a list and on a map, open one, and compare
 * two to four side by side. Works without script: the map is drawn over the list, and comparing is a form of
 * check boxes.
 */
@Controller
class DirectoryController {

	static final int MAX_TEXT = 100;

	private final Directory directory;
	private final Catalogue catalogue;
	private final String tiles;
	private final String attribution;

	DirectoryController(Directory directory, Catalogue catalogue,
			@Value("${cityhall.directory.map.tiles:${cityhall.registers.map.tiles:}}") String tiles,
			@Value("${cityhall.directory.map.attribution:${cityhall.registers.map.attribution:}}") String attribution) {
		this.directory = directory;
		this.catalogue = catalogue;
		this.tiles = tiles;
		this.attribution = attribution;
	}

	@GetMapping("/directory")
	String find(@RequestParam(defaultValue = "") String kind, @RequestParam(defaultValue = "") String runBy,
			@RequestParam(defaultValue = "") String district, @RequestParam(defaultValue = "") String q, Model model) {
		return findPage(kind, runBy, district, q, List.of(), null, model);
	}

	@GetMapping("/directory/compare")
	String compare(@RequestParam(defaultValue = "") List<String> id, @RequestParam(defaultValue = "") String kind,
			@RequestParam(defaultValue = "") String runBy, @RequestParam(defaultValue = "") String district,
			@RequestParam(defaultValue = "") String q, Model model) {
		List<String> chosen = id.stream().filter(s -> !s.isBlank()).distinct().toList();
		if (chosen.size() < 2) {
			return findPage(kind, runBy, district, q, chosen, "directory.compare.too-few", model);
		}
		if (chosen.size() > Directory.MAX_COMPARED) {
			return findPage(kind, runBy, district, q, chosen, "directory.compare.too-many", model);
		}
		List<Provider> providers = directory.compare(chosen);
		if (providers.size() != chosen.size()) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		model.addAttribute("providers", providers);
		model.addAttribute("types", Provider.indicatorTypes());
		model.addAttribute("applications", applications(providers));
		model.addAttribute("back", backQuery(kind, runBy, district, q));
		return "directory/compare";
	}

	@GetMapping("/directory/{id}")
	String provider(@PathVariable String id, Model model) {
		Provider provider = directory.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		model.addAttribute("p", provider);
		model.addAttribute("types", Provider.indicatorTypes());
		model.addAttribute("applications", applications(List.of(provider)));
		return "directory/provider";
	}

	/** The providers the filter lets through, on a map: WGS 84 points with the name, kind and the provider's page. */
	@GetMapping(value = "/api/v1/directory/providers.geojson", produces = "application/geo+json")
	@ResponseBody
	Map<String, Object> geoJson(@RequestParam(defaultValue = "") String kind, @RequestParam(defaultValue = "") String runBy,
			@RequestParam(defaultValue = "") String district, @RequestParam(defaultValue = "") String q) {
		List<Map<String, Object>> features = new ArrayList<>();
		for (Provider p : directory.find(filter(kind, runBy, district, q.length() > MAX_TEXT ? "" : q))) {
			if (p.position().isEmpty()) {
				continue;
			}
			Wgs84 point = p.position().get().toWgs84();
			Map<String, Object> properties = new LinkedHashMap<>();
			properties.put("id", p.id());
			properties.put("name", p.name());
			properties.put("kind", p.kind().code());
			properties.put("url", "/directory/" + p.id());
			features.add(Map.of("type", "Feature", "geometry", Map.of("type", "Point", "coordinates",
					List.of(round(point.longitude()), round(point.latitude()))), "properties", properties));
		}
		return Map.of("type", "FeatureCollection", "features", features);
	}

	private String findPage(String kind, String runBy, String district, String q, List<String> chosen, String compareError,
			Model model) {
		String textError = q.length() > MAX_TEXT ? "directory.filter.text-too-long" : null;
		List<Provider> providers = directory.find(filter(kind, runBy, district, textError == null ? q : ""));
		model.addAttribute("providers", providers);
		model.addAttribute("kinds", ProviderKind.values());
		model.addAttribute("districts", directory.districts());
		model.addAttribute("kind", kind);
		model.addAttribute("runBy", runBy);
		model.addAttribute("district", district);
		model.addAttribute("q", q);
		model.addAttribute("chosen", chosen);
		model.addAttribute("compareError", compareError);
		model.addAttribute("textError", textError);
		model.addAttribute("maxCompared", Directory.MAX_COMPARED);
		model.addAttribute("maxText", MAX_TEXT);
		model.addAttribute("tiles", tiles);
		model.addAttribute("attribution", attribution);
		model.addAttribute("geojson", "/api/v1/directory/providers.geojson" + backQuery(kind, runBy, district, textError == null ? q : ""));
		model.addAttribute("bounds", bounds(providers));
		return "directory/find";
	}

	private Directory.Filter filter(String kind, String runBy, String district, String q) {
		return new Directory.Filter(ProviderKind.fromCode(kind),
				runBy.equals("city") ? Optional.of(true) : runBy.equals("private") ? Optional.of(false) : Optional.empty(),
				district.isBlank() ? Optional.empty() : Optional.of(district), q);
	}

	/** The application e-service of each kind shown, by kind, for those the catalogue has. */
	private Map<ProviderKind, org.cityhall.catalogue.EService> applications(List<Provider> providers) {
		Map<ProviderKind, org.cityhall.catalogue.EService> applications = new LinkedHashMap<>();
		for (Provider p : providers) {
			catalogue.find(p.kind().applicationEService()).ifPresent(e -> applications.put(p.kind(), e));
		}
		return applications;
	}

	private static String backQuery(String kind, String runBy, String district, String q) {
		return org.springframework.web.util.UriComponentsBuilder.newInstance().queryParam("kind", kind).queryParam("runBy", runBy)
				.queryParam("district", district).queryParam("q", q).encode().build().toUriString();
	}

	/** West, south, east, north around the providers with a place, a little wider; empty without any. */
	private static String bounds(List<Provider> providers) {
		List<Wgs84> points = providers.stream().flatMap(p -> p.position().stream()).map(Position::toWgs84).toList();
		if (points.isEmpty()) {
			return "";
		}
		double west = points.stream().mapToDouble(Wgs84::longitude).min().orElseThrow() - 0.01;
		double east = points.stream().mapToDouble(Wgs84::longitude).max().orElseThrow() + 0.01;
		double south = points.stream().mapToDouble(Wgs84::latitude).min().orElseThrow() - 0.005;
		double north = points.stream().mapToDouble(Wgs84::latitude).max().orElseThrow() + 0.005;
		return String.format(Locale.ROOT, "%.5f,%.5f,%.5f,%.5f", west, south, east, north);
	}

	private static double round(double degrees) {
		return Math.round(degrees * 100_000) / 100_000.0;
	}

}
