// 1. the test class path, as dependency:tree resolved it for a user who declares racecard in test scope
def tree = new File(basedir, 'target/test-dependency-tree.txt').readLines()
def racecardAt = tree.findIndexOf { it.contains('dev.racecard:racecard:') }
assert racecardAt > 0 : "racecard is not on the test class path:\n${tree.join('\n')}"
assert tree.any { it.contains('org.junit.jupiter:junit-jupiter-api:') } : 'the tree lists no transitive dependency: was it resolved?'
// what racecard brings: the lines nested under it (deeper than its own '+- ' or '\- ')
def depth = { String line -> line.indexOf(line.find(/[a-zA-Z]/)) }
def brought = tree.drop(racecardAt + 1).takeWhile { depth(it) > depth(tree[racecardAt]) }
def forbidden = ['io.pebbletemplates:', 'com.fasterxml.jackson', 'info.picocli:', 'org.slf4j:', 'org.openjdk.jcstress:']
def leaked = tree.findAll { line -> forbidden.any { line.contains(it) } }
assert leaked.isEmpty() : "the report's libraries reach a user's tests:\n${leaked.join('\n')}"
assert brought.isEmpty() : "racecard brings onto a user's test class path (the extension needs none of it):\n${brought.join('\n')}"

// 2. the extension wrote evidence on that class path, and the plugin's report read it back
def evidence = new File(basedir, 'target/racecard/evidence').listFiles().findAll { it.name.endsWith('.evidence.json') }
assert evidence*.name.sort() == ['junit-tally-atomic-com.example.tally.TallyTest_atomic.evidence.json',
                                 'junit-tally-volatile-com.example.tally.TallyTest_volatile.evidence.json']
// the atomic tally runs its 20 trials; the volatile one stops at its first race (or runs all 20
// when none shows), and says so
def trials = [:]
evidence.each { file ->
    def json = new groovy.json.JsonSlurper().parse(file)
    assert json.racecardEvidence == 1 && json.experiment.tool == 'junit' && json.experiment.status == 'OK'
    long n = json.experiment.outcomes.sum { it.count }
    trials[json.experiment.variant] = n
    if (json.experiment.variant == 'atomic' || n < 20) {
        assert n == 20 || json.experiment.settings['stopped at the race'] : "${file.name}: ${n} trials, not 20 and not stopped at a race"
    }
}
assert trials.atomic == 20 : "the atomic tally ran ${trials.atomic} trials, not 20"
def surefire = new File(basedir, 'target/surefire-reports/TEST-com.example.tally.TallyTest.xml').text
assert surefire.contains('name="theExtensionRunsWithoutTheReportsLibraries"') && surefire.contains('failures="0"')
// the report (in the plugin's class path, with Jackson) read both files; whether 20 trials showed
// the volatile tally's race depends on the machine's load, so this sample does not gate on it
def report = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/racecard/racecard.json'))
def variants = report.patterns.find { it.id == 'tally' }.variants
assert variants*.id.toSet() == ['volatile', 'atomic'] as Set
variants.each { v ->
    assert v.runs[0].tools.find { it.tool == 'junit' }?.samples == trials[v.id] : "the report did not read ${v.id}'s evidence"
}
return true
