/**
 * The form language of e-service definitions: steps and fields, the conditions that show or
 * require them, validation of what was typed, and the fragments that render fields. Pure: no
 * tables and no controllers; {@code cases} renders and submits through it, and other modules
 * warn before submit through {@link org.cityhall.forms.AdvisoryCheck}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Forms", allowedDependencies = {"shared", "definitions"})
package org.cityhall.forms;
