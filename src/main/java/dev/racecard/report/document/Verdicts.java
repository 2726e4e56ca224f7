package dev.racecard.report.document;

import dev.racecard.catalog.VariantKind;
import dev.racecard.report.document.RacecardDocument.VariantRun;
import dev.racecard.report.gate.VariantStatus;

import java.util.List;

/** How the environments' verdicts on one variant combine into the document's. Pure. */
public final class Verdicts {

    private Verdicts() {
    }

    /**
     * Failed anywhere is failed (the combined findings decide, after a merge excused what another
     * environment answered); a race demonstrated anywhere is demonstrated; a correct variant is
     * never forbidden if any environment's silence was calibrated, else inconclusive.
     *
     * @param failed whether the document holds a failure about this variant
     */
    public static VariantStatus combined(VariantKind kind, List<VariantRun> runs, boolean failed) {
        if (failed) {
            return VariantStatus.FAILED;
        }
        if (kind == VariantKind.RACY) {
            return runs.stream().anyMatch(r -> r.status() == VariantStatus.RACE_DEMONSTRATED)
                    ? VariantStatus.RACE_DEMONSTRATED : VariantStatus.NOT_REPRODUCED;
        }
        return runs.stream().anyMatch(r -> r.status() == VariantStatus.NEVER_FORBIDDEN)
                ? VariantStatus.NEVER_FORBIDDEN : VariantStatus.INCONCLUSIVE;
    }
}
