/**
 * Comments and complaints: anyone reports a broken street light, litter, a complaint or praise, with or
 * without logging in. A report is a case of kind {@code report} ({@code cases}' submission handler), routed
 * to a department by ordered rules administrators edit, shown to the public once screened of personal data,
 * merged with its duplicates, and answered with a satisfaction question when closed. Operations systems and
 * apps reach it through Open311 GeoReport v2 under {@code /open311/v2}.
 * <p>
 * The API: {@link org.cityhall.feedback.Reports}, {@link org.cityhall.feedback.ReportCategories},
 * {@link org.cityhall.feedback.RoutingRules}, {@link org.cityhall.feedback.ReportPhotos} and
 * {@link org.cityhall.feedback.ReportView}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Feedback",
		allowedDependencies = {"shared", "web", "audit", "archive", "documents", "forms", "catalogue", "identity", "cases"})
package org.cityhall.feedback;
