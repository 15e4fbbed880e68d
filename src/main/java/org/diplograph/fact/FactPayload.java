package org.diplograph.fact;

import java.util.List;

import org.diplograph.graphql.UserError;

/** The payload of {@code retractFact}: the fact, or the user errors that stopped the write. */
public record FactPayload(Fact fact, List<UserError> userErrors) {
}
