package org.diplograph.audit;

import java.time.OffsetDateTime;

/** Who made a change and when. */
public record Change(String by, OffsetDateTime at) {
}
