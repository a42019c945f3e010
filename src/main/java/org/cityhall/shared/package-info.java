/**
 * Value types every module may use. No services, no persistence.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Shared", type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.cityhall.shared;
