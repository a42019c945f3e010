package org.cityhall.permits.web;

import java.security.Principal;
import java.util.Map;

import org.cityhall.permits.PermitPeriod;
import org.cityhall.permits.Permits;
import org.cityhall.permits.Zones;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The zones where residents' parking applies: a table of every zone with its prices, which works without
 * script, and over it a map drawing the zones from their GeoJSON where script runs. A signed-in resident is told
 * which zone their registered address is in, or that it is in none.
 */
@Controller
class ZonesController {

	private final Zones zones;
	private final Permits permits;
	private final String tiles;
	private final String attribution;

	ZonesController(Zones zones, Permits permits, @Value("${cityhall.permits.map.tiles:${cityhall.registers.map.tiles:}}") String tiles,
			@Value("${cityhall.permits.map.attribution:${cityhall.registers.map.attribution:}}") String attribution) {
		this.zones = zones;
		this.permits = permits;
		this.tiles = tiles;
		this.attribution = attribution;
	}

	@GetMapping(path = "/permits/zones.geojson", produces = "application/geo+json")
	@ResponseBody
	Map<String, Object> zonesGeoJson() {
		return zones.asWgs84GeoJson();
	}

	@GetMapping("/permits/zones")
	String zones(Principal principal, Model model) {
		model.addAttribute("zones", zones.all());
		model.addAttribute("periods", PermitPeriod.values());
		model.addAttribute("home", Holders.of(principal).flatMap(permits::home).orElse(null));
		model.addAttribute("tiles", tiles);
		model.addAttribute("attribution", attribution);
		return "permits/zones";
	}
}
