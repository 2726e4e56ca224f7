package dev.racecard.report.gate;

import dev.racecard.catalog.Tool;
import dev.racecard.catalog.Variant;
import dev.racecard.catalog.VariantKind;
import dev.racecard.evidence.Expectation;
import dev.racecard.evidence.Experiment;
import dev.racecard.evidence.RunStatus;
import dev.racecard.evidence.SettingKeys;
import dev.racecard.report.stats.Proportions;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/** Sums a tool's experiments on one variant into a {@link ToolVerdict}, confidence included. Pure. */
final class ToolVerdicts {

    private ToolVerdicts() {
    }

    /**
     * @param calibration for a correct variant: why this tool's silence counts here, or null if it does not
     */
    static ToolVerdict of(Variant variant, Tool tool, List<Experiment> own, String calibration, String notCalibrated) {
        List<Experiment> runs = own.stream().filter(e -> e.tool() == tool).toList();
        if (runs.isEmpty()) {
            ToolStatus status = variant.tools().contains(tool) ? ToolStatus.NO_EVIDENCE : ToolStatus.NOT_APPLICABLE;
            return new ToolVerdict(tool, status, 0, 0, null, null, null, null, false);
        }
        long samples = runs.stream().mapToLong(Experiment::totalCount).sum();
        String effort = tool.deterministic() ? runs.stream().map(e -> e.settings().get(SettingKeys.EFFORT))
                .filter(Objects::nonNull).distinct().collect(Collectors.joining("; ")) : null;
        if (runs.stream().anyMatch(e -> e.status() != RunStatus.OK || e.totalCount() == 0)) {
            return new ToolVerdict(tool, ToolStatus.ERROR, samples, 0, null, null, effort, null, false);
        }
        boolean sampling = !tool.deterministic();
        if (variant.kind() == VariantKind.RACY) {
            long hits = runs.stream().mapToLong(ToolVerdicts::raceHits).sum();
            ToolStatus status = hits > 0 ? ToolStatus.RACE_SEEN : ToolStatus.NOT_REPRODUCED;
            boolean stopped = runs.stream().anyMatch(Experiment::stoppedAtRace);
            return new ToolVerdict(tool, status, samples, hits, null,
                    sampling && !stopped ? Proportions.wilson(hits, samples) : null, effort, null, stopped);
        }
        long forbidden = runs.stream().mapToLong(ToolVerdicts::forbiddenHits).sum();
        if (forbidden > 0) {
            return new ToolVerdict(tool, ToolStatus.FORBIDDEN, samples, forbidden, null, null, effort, null, false);
        }
        return new ToolVerdict(tool, calibration != null ? ToolStatus.NEVER_FORBIDDEN : ToolStatus.INCONCLUSIVE,
                samples, 0, sampling ? Proportions.upperBoundOfZero(samples) : null, null, effort,
                calibration != null ? calibration : notCalibrated, false);
    }

    private static long raceHits(Experiment e) {
        long interesting = e.observed(Expectation.INTERESTING);
        return interesting > 0 ? interesting : e.counterexample() != null ? 1 : 0;
    }

    private static long forbiddenHits(Experiment e) {
        long forbidden = e.observed(Expectation.FORBIDDEN);
        return forbidden > 0 ? forbidden : e.counterexample() != null ? 1 : 0;
    }
}
