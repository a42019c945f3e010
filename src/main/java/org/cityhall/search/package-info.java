/**
 * The single search portal: one search box over everything its user may see. E-services, life
 * situations and information pages for everyone; for a signed-in resident their own records in the
 * archive and those of whom they act for today; for staff the archive within their rights. Each node
 * keeps its own index on local disk and follows the archive's sequence. Modules above contribute
 * documents by implementing {@link org.cityhall.search.SearchSource}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Search",
		allowedDependencies = {"shared", "web", "audit", "archive", "documents", "identity", "catalogue"})
package org.cityhall.search;
