/**
 * The city's public registers: radon readings per building, food inspection results, borehole and
 * heat-pump licences on a map, and the detailed development plans in force. Each is searchable as people
 * type, imported from the files the administrations keep (with a dry run first), open as data, and
 * contributes its documents to the search portal. The heat-pump licence application is warned, through
 * {@code forms}' advisory-check contract, when a planned borehole lies close to a licensed one.
 * <p>
 * The API: {@link org.cityhall.registers.RadonReadings}, {@link org.cityhall.registers.FoodInspections},
 * {@link org.cityhall.registers.Boreholes}, {@link org.cityhall.registers.Plans},
 * {@link org.cityhall.registers.Properties} and {@link org.cityhall.registers.RegisterImports}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Public registers",
		allowedDependencies = {"shared", "web", "forms", "search", "identity"})
package org.cityhall.registers;
