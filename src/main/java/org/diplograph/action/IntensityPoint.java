package org.diplograph.action;

import java.time.LocalDate;

/** One period of a cooperation–conflict series. */
public record IntensityPoint(LocalDate periodStart, int count, int cooperationCount, int conflictCount,
                             double totalIntensity) {

    public Double meanIntensity() {
        return count == 0 ? null : totalIntensity / count;
    }

    public IntensityPoint plus(IntensityPoint other) {
        return new IntensityPoint(periodStart, count + other.count, cooperationCount + other.cooperationCount,
                conflictCount + other.conflictCount, totalIntensity + other.totalIntensity);
    }
}
