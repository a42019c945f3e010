/**
 * Residents' parking permits and their check by traffic wardens. Zones are polygons in SWEREF 99 TM
 * ({@link org.cityhall.permits.Zones}); whoever is registered at an address in a zone and owns or leases
 * a car in traffic gets a permit at once, through {@code cases}' submission handler for kind
 * {@code permit}; periods are paid through {@code billing}; changes of car, temporary cars, suspensions
 * and ends are events filed in the archive and notified. Wardens' devices check a plate against each
 * node's in-memory index, which follows the database's change log.
 * <p>
 * The API: {@link org.cityhall.permits.Permits}, {@link org.cityhall.permits.Zones} and the events
 * implementing {@link org.cityhall.permits.PermitEvent}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Permits",
		allowedDependencies = {"shared", "web", "audit", "archive", "notifications", "forms", "catalogue", "identity", "billing",
				"cases"})
package org.cityhall.permits;
