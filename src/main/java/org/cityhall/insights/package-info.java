/**
 * The programme's proof: for every e-service, cases by channel per month and the digital share, handling
 * times against the target, drafts abandoned by step, and the benefit realised against the estimate the
 * e-service was funded on, with its payback date projected from real use. Everything is computed from
 * {@code cases}' events (and, for what happened before this module, from the same events as the e-archive
 * filed them), never by reading another module's tables. The top floor: it may depend on every module,
 * and none depends on it.
 * <p>
 * The API: {@link org.cityhall.insights.Insights}, {@link org.cityhall.insights.EServiceFigures} and
 * {@link org.cityhall.insights.Payback}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Insights",
		allowedDependencies = {"shared", "web", "identity", "catalogue", "forms", "cases", "archive"})
package org.cityhall.insights;
