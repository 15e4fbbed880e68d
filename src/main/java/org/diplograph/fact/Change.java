package org.diplograph.fact;

import java.time.OffsetDateTime;

/** Who made a change and when. */
public record Change(String by, OffsetDateTime at) {
}
