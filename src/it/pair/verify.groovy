def out = new File(basedir, 'target/racecard')
['index.html', 'racecard.json', 'junit.xml', 'summary.md'].each {
    assert new File(out, it).length() > 0 : "missing target/racecard/$it"
}
def json = new groovy.json.JsonSlurper().parse(new File(out, 'racecard.json'))
def variants = json.patterns.find { it.id == 'counter' }.variants
assert variants*.id.toSet() == ['plain', 'atomic'] as Set
// the positive control ran in the atomic counter's place and the gate killed it
def atomic = variants.find { it.id == 'atomic' }
def control = atomic.mutants.find { it.id == 'get-then-set' }
assert control != null && control.runs[0].status == 'KILLED' : "get-then-set was not killed: ${control?.runs}"
// ... through jcstress too: racecard:stress reran the atomic counter's test with the mutant in its
// place (Substitution), in the built-in gate's group of its kind, and the report graded those results
def mutantRun = new File(basedir, 'target/racecard/jcstress-mutants/counter~atomic~get-then-set/interleaving')
assert mutantRun.listFiles().any { it.name ==~ /jcstress-results-.*\.bin\.gz/ } : "no jcstress results in $mutantRun"
def jcstressKill = control.runs[0].kills.find { it.tool == 'jcstress' }
assert jcstressKill?.outcome == 'KILLED' : "jcstress did not kill get-then-set: $jcstressKill"
assert control.runs[0].experiments.any { it.tool == 'jcstress' && it.testId == 'com.example.counter.CounterStress.Atomic' }
// the variants' own tests ran in that group too
assert new File(basedir, 'target/racecard/jcstress/interleaving').listFiles().any { it.name ==~ /jcstress-results-.*\.bin\.gz/ }
def html = new File(out, 'index.html').text
['com.example.counter.CounterStress.Plain', 'com.example.counter.CounterStress.Atomic',
 'com.example.counter.CounterTest#plain', 'com.example.counter.CounterTest#atomic'].each {
    assert html.contains(it) : "index.html lacks $it"
}
def evidence = new File(basedir, 'target/racecard/evidence').list().toList()
assert evidence.any { it.startsWith('lincheck-counter-plain') } && evidence.any { it.startsWith('lincheck-counter-atomic') }
assert evidence.any { it.startsWith('junit-counter-plain') } && evidence.any { it.startsWith('junit-counter-atomic') }
assert evidence.count { it.startsWith('junit-counter-atomic') } == 2 : 'the mutant did not run its trials in the variant\'s place'

def log = new File(basedir, 'build.log').text
assert log.contains('racecard: gate passed (2 variants') : 'the gate did not pass: see build.log'
// 1. the jcstress reproduce line ran only its test and graded it alone
assert log.contains('stress-runs: focus jcstress:com.example.counter.CounterStress.Atomic@counter/atomic: its jcstress test alone')
assert log.contains('stress-runs: budget gate, 1 jcstress tests, 1 jcstress runs') : 'the focus did not narrow jcstress'
assert log.contains('racecard: gate passed (1 variants') : 'the jcstress reproduce line did not pass its focused gate'
return true
