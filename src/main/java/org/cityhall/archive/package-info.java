/**
 * The city's e-archive: every business event that is a record of a transaction with the city is
 * filed here the moment it happens, in one tamper-evident chain, kept by its retention class and
 * exported as E-ARK packages. A module makes its events records by implementing {@link
 * org.cityhall.archive.Archivable}; the archive files them without knowing the module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Archive", allowedDependencies = {"shared", "documents", "web"})
package org.cityhall.archive;
