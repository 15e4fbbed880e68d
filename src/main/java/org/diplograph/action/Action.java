package org.diplograph.action;

import java.math.BigDecimal;
import java.util.Map;

import org.diplograph.action.code.Dataset;
import org.diplograph.action.code.PloverCoding;
import org.diplograph.action.code.QuadClass;
import org.diplograph.date.ReportedDate;
import org.diplograph.fact.Fact;
import org.diplograph.fact.FactType;
import org.diplograph.fact.Provenance;
import org.diplograph.fact.Snapshot;
import org.diplograph.graphql.node.GlobalId;
import org.diplograph.graphql.node.NodeType;

/**
 * An event a source reports, coded in CAMEO (and PLOVER where one fits). The Goldstein value and quad class come from
 * the event code.
 *
 * @param negated       the source reports a decision not to act
 * @param plover        PLOVER coding, or null
 * @param reportedInKey the statement that performs or reports it, or null
 * @param sourceKey     the source whose text it is drawn from; null for an action imported from a data set
 * @param dataset       where it comes from: a source's text, or an event data set
 */
public record Action(long key, Long sourceKey, Dataset dataset, String eventCodeKey, QuadClass quadClass, BigDecimal goldstein,
                     boolean negated, PloverCoding plover, String summary, String details, String place,
                     String placeCountryCode, ReportedDate occurred, Long reportedInKey, Provenance provenance)
        implements Fact {

    @Override
    public String id() {
        return GlobalId.encode(NodeType.ACTION, key);
    }

    /** Contribution to a cooperation–conflict score: a decision not to act moves nothing. */
    public BigDecimal intensity() {
        return negated ? BigDecimal.ZERO.setScale(1) : goldstein;
    }

    @Override
    public FactType factType() {
        return FactType.ACTION;
    }

    @Override
    public Map<String, Object> snapshot() {
        return Snapshot.of("id", id(), "summary", summary, "eventCode", eventCodeKey, "negated", negated,
                "plover", plover == null ? null : Map.of("type", plover.type().name(), "mode",
                        String.valueOf(plover.mode()), "context", String.valueOf(plover.context())),
                "occurred", occurred.snapshot(), "place", place, "placeCountry", placeCountryCode, "details", details,
                "reportedIn", GlobalId.encodeOrNull(NodeType.STATEMENT, reportedInKey),
                "source", GlobalId.encodeOrNull(NodeType.SOURCE, sourceKey), "dataset", dataset);
    }
}
