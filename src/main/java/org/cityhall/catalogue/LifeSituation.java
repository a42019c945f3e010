package org.cityhall.catalogue;

import org.cityhall.shared.LocalizedText;

/** A situation in a resident's life through which they find the e-services that help with it. */
public record LifeSituation(String id, LocalizedText title, LocalizedText summary) {
}
