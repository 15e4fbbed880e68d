package org.diplograph.fact;

import java.time.OffsetDateTime;

/** Why, when and by whom a fact was retracted. */
public record Retraction(String by, OffsetDateTime at, String reason) {
}
