/**
 * The catalogue of the city's e-services: their definitions, departments and life situations, and
 * the benefit estimate behind each, from which the programme's payback is computed; and the
 * information pages departments write, reviewed before they are published.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Catalogue", allowedDependencies = {"shared", "web", "forms", "definitions", "archive"})
package org.cityhall.catalogue;
