/**
 * The city's one document store: uploads, receipts, decisions and, later, what the e-archive
 * files, each kept once under the SHA-256 of its bytes ({@link org.cityhall.documents.DocumentStore}).
 * Beside it, the checks an uploaded file passes before it is kept
 * ({@link org.cityhall.documents.Uploads}) and the rendering of the city's own documents as PDF/A
 * ({@link org.cityhall.documents.PdfDocuments}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Documents", allowedDependencies = "shared")
package org.cityhall.documents;
