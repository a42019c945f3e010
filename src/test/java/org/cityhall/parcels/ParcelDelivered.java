package org.cityhall.parcels;

import java.time.Instant;
import java.util.UUID;

/**
 * A fake module's event that is no record and has no exemption: {@code PublicEventsAreRecordsTest}
 * must find it. Not a Spring component; nothing in the application uses it.
 */
public record ParcelDelivered(UUID eventId, String parcel, Instant at) {
}
