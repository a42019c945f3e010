/**
 * Value types every module may use, and the low-priority threads background work runs on. No services,
 * no persistence.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Shared", type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.cityhall.shared;
