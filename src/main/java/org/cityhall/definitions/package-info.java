/**
 * Reading the city's definition files (YAML) with errors that name the file, the line and the
 * field: the common ground of the catalogue's e-service definitions and the forms in them.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Definitions", allowedDependencies = "shared")
package org.cityhall.definitions;
