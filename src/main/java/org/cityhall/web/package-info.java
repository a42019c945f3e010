/**
 * The page frame: layout, language switch, error pages, security headers and design-system assets.
 * It knows no other module; modules add to the frame through {@link org.cityhall.web.HeaderItem}
 * and {@link org.cityhall.web.MyPagesSection}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Web frame", allowedDependencies = "shared")
package org.cityhall.web;
