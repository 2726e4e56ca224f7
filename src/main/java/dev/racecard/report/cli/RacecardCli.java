package dev.racecard.report.cli;

import dev.racecard.api.Catalogs;
import dev.racecard.catalog.Catalog;
import dev.racecard.catalog.Focus;
import dev.racecard.catalog.MutantSelection;
import dev.racecard.report.BadInputException;
import dev.racecard.report.EvidenceSource;
import dev.racecard.report.ReportFormat;
import dev.racecard.report.ReportJob;
import dev.racecard.report.document.Documents;
import dev.racecard.report.document.RacecardDocument;
import dev.racecard.report.document.RacecardDocument.MutantRun;
import dev.racecard.report.gate.Finding;
import dev.racecard.report.gate.GateVerdict;
import dev.racecard.report.gate.MutantStatus;
import dev.racecard.report.gate.RacePolicy;
import dev.racecard.report.ingest.SourceFiles;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code racecard report|gate|merge}: grade evidence and jcstress results, write the reports, merge reports.
 * Exit status: 0 gate passed, 1 gate failed, 2 bad input or usage, 3 internal error.
 */
@Command(name = "racecard", mixinStandardHelpOptions = true, version = "racecard 0.1",
        description = "Grades concurrency evidence (jcstress results, Racecard evidence files) and writes reports.",
        subcommands = {RacecardCli.Report.class, RacecardCli.GateCommand.class, MergeCommand.class},
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:gate passed", "1:gate failed", "2:bad input or usage", "3:internal error"})
public final class RacecardCli implements Runnable {

    public static final int PASSED = 0;
    public static final int GATE_FAILED = 1;
    public static final int BAD_INPUT = 2;
    public static final int INTERNAL_ERROR = 3;

    /** How each printed line begins: the Maven goals sort the forked CLI's lines by these. */
    public static final String FAILED_LINE = "racecard: FAILED: ";
    public static final String WARNING_LINE = "racecard: warning: ";
    public static final String ERROR_LINE = "racecard: error: ";
    public static final String INTERNAL_ERROR_LINE = "racecard: internal error: ";

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        int status;
        try {
            status = run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true));
        } catch (Error e) {
            // e.g. OutOfMemoryError: one line, not a stack trace; the previous report is untouched
            System.err.println(INTERNAL_ERROR_LINE + oneLine(String.valueOf(e)));
            status = INTERNAL_ERROR;
        }
        System.exit(status);
    }

    /** Runs the CLI without exiting the JVM; tests call this. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new RacecardCli());
        cli.setOut(out);
        cli.setErr(err);
        cli.setExitCodeExceptionMapper(e -> e instanceof BadInputException ? BAD_INPUT : INTERNAL_ERROR);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            if (e instanceof BadInputException) {
                err.println(ERROR_LINE + oneLine(e.getMessage()));
                return BAD_INPUT;
            }
            err.println(INTERNAL_ERROR_LINE + oneLine(String.valueOf(e)));
            return INTERNAL_ERROR;
        });
        cli.setParameterExceptionHandler((e, args1) -> {
            err.println("racecard: " + oneLine(e.getMessage()) + " (try --help)");
            return BAD_INPUT;
        });
        return cli.execute(args);
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required: report, gate or merge");
    }

    static String oneLine(String text) {
        return text == null ? "" : text.replaceAll("[\\r\\n\\t]+", " ").replaceAll("\\p{Cntrl}", "?");
    }

    /** Options shared by both commands: where the evidence is and how to grade it. */
    static class Inputs {
        @Option(names = "--evidence", paramLabel = "DIR",
                description = "Directory of Racecard evidence files (*.evidence.json).")
        Path evidence;

        @Option(names = "--jcstress", paramLabel = "FILE|DIR",
                description = "jcstress results file (jcstress-results-*.bin.gz), or a directory: the newest one in it "
                        + "and in each of its subdirectories (one per jcstress run), as one run. Repeatable.")
        List<Path> jcstress = new ArrayList<>();

        @Option(names = "--mutant-jcstress", paramLabel = "DIR",
                description = "jcstress results of the mutants run: one subdirectory per mutant, named "
                        + "PATTERN~VARIANT~MUTANT, holding the results of its variant's tests with the mutant in place.")
        Path mutantJcstress;

        @Option(names = "--mutants", paramLabel = "SELECTION", defaultValue = "none",
                description = "Which mutants the run put in their variants' places: none (default), gate (all but "
                        + "the thorough-only ones) or all. Each of them must have its evidence, and be killed.")
        String mutants;

        @Option(names = "--race-policy", paramLabel = "POLICY", defaultValue = "deterministic",
                description = "When a racy variant's race was not reproduced, or a correct variant's clean record is "
                        + "inconclusive (its tool showed no race in the pattern): strict (always fail), deterministic "
                        + "(fail for a Lincheck miss, warn otherwise; default), warn (never fail).")
        String racePolicy;

        /** Consumed by {@link Launcher} before picocli parses; declared here for --help. */
        @Option(names = Launcher.OPTION, paramLabel = "PATH",
                description = "With java -jar: the test classes (directories or jars, ':'-separated) that produced "
                        + "the jcstress results; jcstress grades outcomes from their META-INF/TestList.")
        String testClasses;

        @Option(names = "--catalog", paramLabel = "PROVIDER", defaultValue = Catalogs.AUTO,
                description = "Which catalog to grade against: 'auto' (default) for every dev.racecard.api.CatalogProvider "
                        + "registered on the class path (META-INF/services; when there is none, the results are graded "
                        + "alone), 'none' to grade the results alone, or one provider's class name.")
        String catalog;

        @Option(names = "--focus", paramLabel = "FOCUS",
                description = "Grade one experiment, as its reproduce line ran it: TOOL:TEST_ID@PATTERN/VARIANT[~MUTANT], "
                        + "against the catalog narrowed to it, reading only that tool's results (empty: no focus).")
        String focus;

        GateVerdict evaluate() {
            if (evidence == null && jcstress.isEmpty()) {
                throw new BadInputException("nothing to grade: give --evidence and/or --jcstress");
            }
            Catalog catalog = catalog();
            Focus focused = focus(catalog);
            Map<EvidenceSource, List<Path>> inputs = ReportJob.inputs(evidence, jcstress, mutantJcstress);
            if (focused != null) {
                // a focused run wrote only its tool's inputs; the others may be missing or stale
                inputs.keySet().removeIf(source -> !source.writtenBy(focused.tool()));
                return ReportJob.evaluate(focused.narrow(catalog), inputs, policy(), focused.selection());
            }
            return ReportJob.evaluate(catalog, inputs, policy(), selection());
        }

        private Catalog catalog() {
            try {
                return Catalogs.load(catalog, Thread.currentThread().getContextClassLoader());
            } catch (IllegalArgumentException e) {
                throw new BadInputException(oneLine(e.getMessage()));
            }
        }

        /** Maven passes an unset property as an empty argument: no focus. */
        private Focus focus(Catalog catalog) {
            try {
                return Focus.parseIfGiven(focus, catalog).orElse(null);
            } catch (IllegalArgumentException e) {
                throw new BadInputException(oneLine(e.getMessage()));
            }
        }

        boolean focused() {
            return focus != null && !focus.isBlank();
        }

        private MutantSelection selection() {
            try {
                return MutantSelection.parse(mutants);
            } catch (IllegalArgumentException e) {
                throw new BadInputException(oneLine(e.getMessage()));
            }
        }

        private RacePolicy policy() {
            try {
                return RacePolicy.parse(racePolicy);
            } catch (IllegalArgumentException e) {
                throw new BadInputException(oneLine(e.getMessage()));
            }
        }
    }

    @Command(name = "report", mixinStandardHelpOptions = true,
            description = "Write index.html, racecard.json, summary.md and junit.xml (or the --formats named); exit "
                    + "with the gate's status.")
    static final class Report implements Callable<Integer> {
        @CommandLine.Mixin
        Inputs inputs;

        @CommandLine.Mixin
        FormatsOption formats;

        @Option(names = "--out", paramLabel = "DIR", required = true, description = "Directory to write the reports into.")
        Path out;

        @Option(names = "--sources", paramLabel = "DIR",
                description = "Source root(s) of the variants' implementation classes, shown in the report. Repeatable.")
        List<Path> sources = new ArrayList<>();

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            List<ReportFormat> written = formats.selected();
            GateVerdict verdict = inputs.evaluate();
            List<String> classes = verdict.variants().stream().map(v -> v.variant().implementation()).toList();
            RacecardDocument doc = Documents.of(verdict, Instant.now());
            ReportJob.writeAll(out, ReportJob.outputs(doc, SourceFiles.read(sources, classes), written));
            return conclude(doc, spec, "gate", "report: " + FormatsOption.page(out, written), inputs.focused());
        }
    }

    @Command(name = "gate", mixinStandardHelpOptions = true,
            description = "Grade only: print the findings and exit with the gate's status; writes nothing.")
    static final class GateCommand implements Callable<Integer> {
        @CommandLine.Mixin
        Inputs inputs;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            return conclude(Documents.of(inputs.evaluate(), Instant.now()), spec, "gate", null, inputs.focused());
        }
    }

    /**
     * Prints every finding, one line each ending with its reproduce command, then the verdict;
     * returns the exit status.
     *
     * @param kills print what killed each mutant: a focused run's reproduce line shows its kill
     */
    static int conclude(RacecardDocument doc, CommandLine.Model.CommandSpec spec, String what, String where,
                        boolean kills) {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        for (Finding w : doc.gate().warnings()) {
            err.println(WARNING_LINE + printed(w));
        }
        for (Finding f : doc.gate().failures()) {
            err.println(FAILED_LINE + printed(f));
        }
        List<MutantRun> mutants = doc.patterns().stream().flatMap(p -> p.variants().stream())
                .flatMap(v -> v.mutants().stream()).flatMap(m -> m.runs().stream())
                .filter(r -> r.status() != MutantStatus.NOT_RUN).toList();
        mutants.stream().filter(m -> kills && m.status() == MutantStatus.KILLED).flatMap(m -> m.violations().stream())
                .forEach(f -> out.println("racecard: killed: " + printed(f)));
        String killed = mutants.isEmpty() ? "" : mutants.stream().filter(m -> m.status() == MutantStatus.KILLED).count()
                + " of " + mutants.size() + " mutants killed, ";
        long variants = doc.patterns().stream().mapToLong(p -> p.variants().size()).sum();
        out.println("racecard: " + what + " " + (doc.gate().passed() ? "passed" : "FAILED") + " (" + variants
                + " variants, " + killed
                + doc.gate().failures().size() + " failures, " + doc.gate().warnings().size() + " warnings)"
                + (where == null ? "" : "; " + where));
        return doc.gate().passed() ? PASSED : GATE_FAILED;
    }

    /** A finding as one log line; the reproduce command, when there is one, ends it. */
    static String printed(Finding f) {
        return oneLine(f.line()) + (f.reproduce() == null ? "" : " — reproduce: " + oneLine(f.reproduce()));
    }
}
