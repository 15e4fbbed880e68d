package org.diplograph.graphql;

import java.util.List;

/** A problem with a mutation's input, reported in its payload (Shopify's {@code userErrors}). */
public record UserError(List<String> field, String message, UserErrorCode code) {
}
