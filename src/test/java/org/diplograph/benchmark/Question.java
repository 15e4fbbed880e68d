package org.diplograph.benchmark;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import org.diplograph.graphql.Cursor;
import org.diplograph.graphql.node.GlobalId;
import org.diplograph.graphql.node.NodeType;

/**
 * One question the benchmark asks, as Diplograph's query and as the PostGraphile query that reads the same rows in
 * the same order ({@code null} where PostGraphile's generated schema has no equivalent, e.g. aggregates). Both sides
 * leave retracted facts out, as Diplograph does by default.
 */
record Question(String name, String diplograph, String postgraphile) {

    static List<Question> all(Targets targets) {
        String diplographCursor = new Cursor("action.occurred.asc",
                List.of("0", targets.middleDate().toString(), String.valueOf(targets.middleAction()))).encode();
        String postgraphileCursor = base64("[\"occurred_on_asc\",\"id_asc\",[\"%s\",%d]]"
                .formatted(targets.middleDate(), targets.middleAction()));
        String country = targets.busiestCountry();
        return List.of(
                new Question("first page, nested object", """
                        { actions(first: 20) { nodes { summary occurred { date } eventCode { code name goldstein } } } }""",
                        """
                        { actions(first: 20, orderBy: [OCCURRED_ON_ASC, ID_ASC], condition: {retractedAt: null}) {
                            nodes { summary occurredOn eventCodeByEventCode { code name goldstein } } } }"""),
                new Question("3 levels: actors → actions → event code", """
                        { actors(first: 10) { nodes { name actions(first: 10) { nodes { summary eventCode { code } } } } } }""",
                        """
                        { actors(first: 10, orderBy: [SORT_NAME_ASC, ID_ASC], condition: {retractedAt: null}) { nodes { name
                            actionActors(first: 10, orderBy: [OCCURRED_ON_ASC, ACTION_ID_ASC], condition: {retracted: false}) {
                              nodes { action { summary eventCodeByEventCode { code } } } } } } }"""),
                new Question("filtered page with totalCount", """
                        { actions(first: 20, filter: {countries: ["%s"]}) {
                            totalCount nodes { summary occurred { date } eventCode { code } } } }""".formatted(country),
                        """
                        { actionCountries(first: 20, orderBy: [OCCURRED_ON_ASC, ACTION_ID_ASC],
                            condition: {countryCode: "%s", retracted: false}) {
                            totalCount nodes { action { summary occurredOn eventCodeByEventCode { code } } } } }"""
                                .formatted(country)),
                new Question("deep page after a cursor", """
                        { actions(first: 20, after: "%s") { nodes { summary occurred { date } eventCode { code } } } }"""
                        .formatted(diplographCursor),
                        """
                        { actions(first: 20, after: "%s", orderBy: [OCCURRED_ON_ASC, ID_ASC], condition: {retractedAt: null}) {
                            nodes { summary occurredOn eventCodeByEventCode { code } } } }""".formatted(postgraphileCursor)),
                new Question("50 statements, speaker, country, sentence, source", """
                        { statements(first: 50) { nodes { content speaker { name country { name } }
                            evidence { text source { headline } } } } }""",
                        """
                        { statements(first: 50, orderBy: [SAID_ON_ASC, ID_ASC], condition: {retractedAt: null}) { nodes { content
                            speaker { name countryByCountryCode { name } } sentence { content source { headline } } } } }"""),
                new Question("node refetch", """
                        { node(id: "%s") { ... on Action { summary occurred { date } eventCode { code name } } } }"""
                        .formatted(GlobalId.encode(NodeType.ACTION, targets.middleAction())),
                        """
                        { node(nodeId: "%s") { ... on Action { summary occurredOn eventCodeByEventCode { code name } } } }"""
                                .formatted(base64("[\"actions\",%d]".formatted(targets.middleAction())))),
                new Question("relation summary", """
                        { relation(between: ["%s", "%s"]) { summary { eventCount cooperationCount conflictCount
                            totalIntensity firstEventOn lastEventOn diplomaticTies } } }"""
                        .formatted(country, targets.secondCountry()), null),
                new Question("monthly intensity series", """
                        { intensitySeries(filter: {between: ["%s", "%s"]}, interval: MONTH) {
                            periodStart count totalIntensity meanIntensity } }"""
                        .formatted(country, targets.secondCountry()), null),
                new Question("counts by event code", """
                        { actionCounts(filter: {countries: ["%s"]}, groupBy: CODE) { eventCode { code } quadClass count totalIntensity } }"""
                        .formatted(country), null));
    }

    private static String base64(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }
}
