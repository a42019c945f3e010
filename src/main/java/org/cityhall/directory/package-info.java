/**
 * Find & Compare: pre-schools, schools, elderly care homes and home-help providers, run by the city or
 * privately and funded by it, with what they offer, where they are and the quality indicators the city
 * publishes (with their source and year). Residents filter them, see them on a map and in a list, and
 * compare up to four side by side, with a link to the e-service to apply. The city's pre-schools and
 * schools come from {@code queues}' and {@code placement}'s events; private providers, care homes and
 * indicators are imported from the administrations' files, with a dry run first. The providers are
 * documents in the search portal.
 * <p>
 * The API: {@link org.cityhall.directory.Directory} and {@link org.cityhall.directory.ProviderImports}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Find & Compare",
		allowedDependencies = {"shared", "web", "search", "catalogue", "identity", "queues", "placement"})
package org.cityhall.directory;
