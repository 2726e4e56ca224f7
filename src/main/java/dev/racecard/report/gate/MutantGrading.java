package dev.racecard.report.gate;

import dev.racecard.catalog.Mutant;
import dev.racecard.catalog.MutantSelection;
import dev.racecard.catalog.Pattern;
import dev.racecard.catalog.Tool;
import dev.racecard.catalog.Variant;
import dev.racecard.evidence.Experiment;
import dev.racecard.evidence.RunStatus;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import static dev.racecard.report.gate.Severity.FAILURE;
import static dev.racecard.report.gate.Severity.WARNING;

/**
 * Positive controls: a mutant's evidence is graded exactly as its correct variant's would be, by
 * the same functions of {@link Gate}; the mutant is killed when that grading fails it. What the
 * run as a whole is then failed for is a mutant that was due and survived, or whose evidence is
 * missing or broken.
 */
final class MutantGrading {

    private MutantGrading() {
    }

    /** A mutant's verdict, and what the run is failed or warned for about it. */
    record Graded(MutantVerdict verdict, List<Finding> gateFindings) {
    }

    static List<Graded> grade(Pattern pattern, Variant variant, List<Experiment> experiments,
                              RacePolicy policy, MutantSelection selection) {
        List<Graded> verdicts = new ArrayList<>();
        for (Mutant mutant : variant.mutants()) {
            List<Experiment> evidence = experiments.stream()
                    .filter(e -> pattern.id().equals(e.pattern()) && variant.id().equals(e.variant())
                            && mutant.id().equals(e.mutant()))
                    .sorted(Gate.BY_TOOL_THEN_TEST)
                    .toList();
            verdicts.add(grade(pattern, variant, mutant, evidence, policy, selection));
        }
        return verdicts;
    }

    private static Graded grade(Pattern pattern, Variant variant, Mutant mutant, List<Experiment> evidence,
                                RacePolicy policy, MutantSelection selection) {
        FindingSubject subject = FindingSubject.mutant(pattern.id(), variant.id(), mutant.id());
        if (evidence.isEmpty() && !selection.runs(mutant)) {
            List<ToolKill> notRun = variant.tools().stream().map(t -> new ToolKill(t,
                    mutant.tools().contains(t) ? KillOutcome.NOT_RUN : KillOutcome.NOT_APPLICABLE, null, -1)).toList();
            return new Graded(new MutantVerdict(pattern, variant, mutant, MutantStatus.NOT_RUN, notRun, evidence,
                    List.of()), List.of());
        }
        List<Finding> kills = new ArrayList<>();
        List<Finding> errors = new ArrayList<>();
        List<ToolKill> tools = new ArrayList<>();
        for (Tool tool : variant.tools()) {
            List<Experiment> ofTool = evidence.stream().filter(e -> e.tool() == tool).toList();
            if (!mutant.tools().contains(tool) && ofTool.isEmpty()) {
                tools.add(new ToolKill(tool, KillOutcome.NOT_APPLICABLE, null, -1));
                continue;
            }
            Finding killedBy = null;
            long millisToKill = -1;
            boolean error = false;
            for (Experiment e : ofTool) {
                List<Finding> runErrors = Gate.runErrors(subject, e);
                List<Finding> violations = Gate.violations(subject, e);
                errors.addAll(runErrors);
                kills.addAll(violations);
                error |= !runErrors.isEmpty();
                if (!violations.isEmpty() && e.status() == RunStatus.OK
                        && (killedBy == null || e.durationMillis() < millisToKill)) {
                    killedBy = violations.get(0);
                    millisToKill = e.durationMillis();
                }
            }
            KillOutcome result = killedBy != null ? KillOutcome.KILLED
                    : error ? KillOutcome.ERROR : ofTool.isEmpty() ? KillOutcome.NOT_RUN : KillOutcome.SURVIVED;
            tools.add(new ToolKill(tool, result, killedBy, millisToKill));
        }
        MutantVerdict verdict = new MutantVerdict(pattern, variant, mutant, status(mutant, tools), tools, evidence, kills);
        List<Finding> gateFindings = new ArrayList<>(errors);
        gateFindings.addAll(gateFindings(verdict, policy, selection));
        return new Graded(verdict, gateFindings);
    }

    private static MutantStatus status(Mutant mutant, List<ToolKill> tools) {
        if (tools.stream().anyMatch(t -> t.outcome() == KillOutcome.KILLED)) {
            return MutantStatus.KILLED;
        }
        if (tools.stream().anyMatch(t -> t.outcome() == KillOutcome.ERROR)) {
            return MutantStatus.ERROR;
        }
        return mutant.declaredBlindSpot() ? MutantStatus.BLIND_SPOT : MutantStatus.SURVIVED;
    }

    /** Missing evidence and survival; a killed mutant is the good news. */
    private static List<Finding> gateFindings(MutantVerdict m, RacePolicy policy, MutantSelection selection) {
        FindingSubject subject = m.subject();
        List<Finding> findings = new ArrayList<>();
        // the mutant runs through every declared experiment of its tools, like the variant itself
        List<Experiment> evidence = m.experiments();
        m.variant().experiments().stream()
                .filter(declared -> selection.runs(m.mutant(), declared.tool()))
                .filter(declared -> evidence.stream().noneMatch(e -> e.tool() == declared.tool()
                        && e.testId().equals(declared.testId())))
                .forEach(declared -> findings.add(new Finding(FindingKind.MISSING_EVIDENCE, FAILURE, subject, declared.tool(),
                        declared.testId(), "no evidence from this declared experiment with the mutant in place")));
        List<Tool> survivedIn = m.tools().stream().filter(k -> k.outcome() == KillOutcome.SURVIVED).map(ToolKill::tool).toList();
        String tools = survivedIn.stream().map(Tool::id).sorted().collect(Collectors.joining(", "));
        switch (m.status()) {
            case SURVIVED -> {
                if (survivedIn.isEmpty()) {
                    break; // nothing ran: the missing evidence is the finding
                }
                boolean deterministic = survivedIn.stream().anyMatch(Tool::deterministic);
                boolean fails = policy == RacePolicy.STRICT || (policy == RacePolicy.DETERMINISTIC && deterministic);
                findings.add(new Finding(FindingKind.MUTANT_SURVIVED, fails ? FAILURE : WARNING, subject, null, null,
                        "positive control survived: with the mistake '" + m.mutant().mistake() + "' in place, "
                                + "every experiment of " + tools + " passed; this run cannot show that they catch it"));
            }
            case KILLED -> {
                if (m.mutant().declaredBlindSpot()) {
                    findings.add(new Finding(FindingKind.BLIND_SPOT_KILLED, WARNING, subject, null, null, "declared a blind spot ("
                            + m.mutant().blindSpot() + "), yet killed here: the declaration is out of date"));
                }
            }
            default -> {
            }
        }
        return findings;
    }
}
