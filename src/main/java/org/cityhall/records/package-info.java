/**
 * Journals a person may read and share: the care diary (omsorgsdagbok) of a person who receives
 * elderly care, fed from the elderly-care operations system, read by the person, by the relatives they
 * have given a consent to and by the staff of their unit, every read in the audit log; and the pre-school
 * portal, where guardians and staff of a pre-school share the week, absences, development talks and the
 * children's pictures. Every record written is an event filed in the archive.
 * <p>
 * The API: {@link org.cityhall.records.CareDiaries} (reading and writing diaries),
 * {@link org.cityhall.records.CareRecordImports} (the operations system's import),
 * {@link org.cityhall.records.Preschools} (the pre-school portal) and the events implementing
 * {@link org.cityhall.archive.Archivable}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Records",
		allowedDependencies = {"shared", "web", "audit", "documents", "archive", "identity", "catalogue", "billing", "cases", "queues"})
package org.cityhall.records;
