package org.diplograph.action;

import static org.assertj.core.api.Assertions.assertThat;

import org.diplograph.support.ApiTest;
import org.junit.jupiter.api.Test;

/** Aggregates: counts by code, root category and quad class; the cooperation–conflict series by day, week, month. */
class ActionAggregatesTest extends ApiTest {

    @Test
    void countsBetweenTwoCountriesByRootCategoryLargestFirst() {
        graphQl.document("""
                        { relation(between: ["MX", "PE"]) { actionCounts(groupBy: ROOT_CODE) {
                            eventCode { code name } quadClass count totalIntensity } } }""")
                .execute()
                .path("relation.actionCounts[*].eventCode.code").entityList(String.class).containsExactly("11", "05", "07", "16", "17")
                .path("relation.actionCounts[*].count").entityList(Integer.class).containsExactly(3, 2, 2, 2, 2)
                .path("relation.actionCounts[0].eventCode.name").entity(String.class).isEqualTo("DISAPPROVE")
                .path("relation.actionCounts[0].totalIntensity").entity(Double.class).isEqualTo(-6.0);
    }

    @Test
    void countsByExactCodeAndByQuadClassForAnyFilter() {
        graphQl.document("{ actionCounts(filter: {between: [\"MX\", \"PE\"]}, groupBy: CODE) { eventCode { code } count } }")
                .execute()
                .path("actionCounts[0].eventCode.code").entity(String.class).isEqualTo("075")
                .path("actionCounts[*].count").entityList(Integer.class).satisfies(counts ->
                        assertThat(counts.stream().mapToInt(Integer::intValue).sum()).isEqualTo(11));
        graphQl.document("{ actionCounts(groupBy: QUAD_CLASS) { eventCode { code } quadClass count totalIntensity } }")
                .execute()
                .path("actionCounts[*].quadClass").entityList(String.class)
                .containsExactly("MATERIAL_CONFLICT", "VERBAL_CONFLICT", "VERBAL_COOPERATION", "MATERIAL_COOPERATION")
                .path("actionCounts[*].count").entityList(Integer.class).containsExactly(8, 5, 4, 3)
                .path("actionCounts[0].eventCode").valueIsNull();
    }

    @Test
    void theDailySeriesOfARelationHasCountsSumsAndMeans() {
        graphQl.document("""
                        { intensitySeries(filter: {between: ["MX", "PE"]}, interval: DAY) {
                            periodStart count cooperationCount conflictCount totalIntensity meanIntensity } }""")
                .execute()
                .path("intensitySeries[*].periodStart").entityList(String.class).containsExactly("2022-12-20", "2022-12-21")
                .path("intensitySeries[*].count").entityList(Integer.class).containsExactly(2, 6)
                .path("intensitySeries[*].conflictCount").entityList(Integer.class).containsExactly(2, 2)
                .path("intensitySeries[*].cooperationCount").entityList(Integer.class).containsExactly(0, 2)
                .path("intensitySeries[*].totalIntensity").entityList(Double.class).containsExactly(-7.0, 6.5)
                .path("intensitySeries[0].meanIntensity").entity(Double.class).isEqualTo(-3.5);
    }

    @Test
    void weeklySeriesOverARangeStartOnMondaysAndIncludeEmptyWeeks() {
        graphQl.document("""
                        { relation(between: ["MX", "PE"]) {
                            intensitySeries(interval: WEEK, occurred: {from: "2022-12-01", to: "2022-12-31"}) {
                              periodStart count totalIntensity meanIntensity } } }""")
                .execute()
                .path("relation.intensitySeries[*].periodStart").entityList(String.class)
                .containsExactly("2022-11-28", "2022-12-05", "2022-12-12", "2022-12-19", "2022-12-26")
                .path("relation.intensitySeries[*].count").entityList(Integer.class).containsExactly(0, 0, 0, 8, 0)
                .path("relation.intensitySeries[3].totalIntensity").entity(Double.class).isEqualTo(-0.5)
                .path("relation.intensitySeries[0].meanIntensity").valueIsNull();
    }

    @Test
    void monthlySeriesOfAllActionsSpanTheDatedOnes() {
        graphQl.document("{ intensitySeries(interval: MONTH) { periodStart count } }").execute()
                .path("intensitySeries[*].periodStart").entityList(String.class).containsExactly("2022-11-01", "2022-12-01")
                .path("intensitySeries[*].count").entityList(Integer.class).containsExactly(1, 10);
    }

    @Test
    void aSeriesTooLongOrOverABadRangeIsRefused() {
        graphQl.document("{ intensitySeries(filter: {occurred: {from: \"1900-01-01\", to: \"2022-12-31\"}}, interval: DAY) { count } }")
                .execute().errors().satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
                    assertThat(error.getMessage()).contains("more than 5000 periods");
                    assertThat(error.getExtensions()).containsEntry("classification", "BAD_REQUEST");
                }));
        graphQl.document("{ relation(between: [\"MX\", \"PE\"]) { intensitySeries(interval: DAY, occurred: {from: \"2023-01-01\", to: \"2022-01-01\"}) { count } } }")
                .execute().errors().satisfy(errors -> assertThat(errors).singleElement().satisfies(error ->
                        assertThat(error.getExtensions()).containsEntry("classification", "BAD_REQUEST")));
    }
}
