/**
 * Who someone is and for whom they may act: residents, organisations and staff, login, the
 * population, vehicle and company registers, and representation.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Identity", allowedDependencies = {"shared", "web", "audit", "archive"})
package org.cityhall.identity;
