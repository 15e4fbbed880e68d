package org.diplograph.benchmark;

import java.time.LocalDate;

/**
 * What the questions are about, taken from the data: the two countries in the most actions (the filter and the
 * relation) and the action half-way through all actions in date order (where the deep page starts, and the node that
 * is fetched again).
 */
record Targets(String busiestCountry, String secondCountry, LocalDate middleDate, long middleAction) {

    static Targets find(int port) throws Exception {
        String[] countries = BenchmarkRunner.get("/bench/top-countries").split(",");
        String[] middle = BenchmarkRunner.get("/bench/middle-action").split(",");
        return new Targets(countries[0], countries[1], LocalDate.parse(middle[0]), Long.parseLong(middle[1]));
    }
}
