/**
 * School choice: the city's schools and their places, rounds with an application window, guardians'
 * applications through the engine's submission contract (both guardians confirm), priorities per school
 * (the city's rules or an independent school's own), a stable allocation by student-proposing deferred
 * acceptance, the results with their reasons, head teachers' lists and the round's statistics.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Placement",
		allowedDependencies = {"shared", "web", "archive", "notifications", "identity", "catalogue", "cases", "forms"})
package org.cityhall.placement;
