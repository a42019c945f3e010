package org.cityhall.catalogue;

import org.cityhall.shared.LocalizedText;

/** A department of the city that builds and runs e-services (a förvaltning). */
public record Department(String id, LocalizedText name) {
}
