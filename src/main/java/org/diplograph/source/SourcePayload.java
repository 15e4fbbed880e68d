package org.diplograph.source;

import java.util.List;

import org.diplograph.graphql.UserError;

/** The payload of {@code recordSource} and {@code correctSource}. */
public record SourcePayload(Source source, List<UserError> userErrors) {

    static SourcePayload failed(List<UserError> errors) {
        return new SourcePayload(null, errors);
    }
}
