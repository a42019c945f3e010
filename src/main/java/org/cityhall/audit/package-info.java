/**
 * The append-only log of who read whose personal data, why and when. Every module records a read
 * through {@link org.cityhall.audit.AuditLog} before it returns the data; administrators search the
 * log and every person sees who at the city has read their data.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit", allowedDependencies = "shared")
package org.cityhall.audit;
