def out = new File(basedir, 'target/racecard')
['index.html', 'racecard.json', 'junit.xml', 'summary.md'].each {
    assert new File(out, it).length() > 0 : "missing target/racecard/$it"
}
// no budget file: the built-in gate runs both tests (no annotation, no termination mode) as interleavings, C2 alone
assert new File(basedir, 'target/racecard/jcstress/interleaving').listFiles().any { it.name ==~ /jcstress-results-.*\.bin\.gz/ }
def log = new File(basedir, 'build.log').text
assert log.contains('stress-runs: interleaving: 2 tests, -m quick -iters 1 -sc false -jvmArgs -XX:-TieredCompilation')
def json = new File(out, 'racecard.json').text
assert json.contains('com.example.flag.PairStress.Plain')
assert json.contains('com.example.flag.PairStress.Atomic')
assert log.contains('racecard: gate passed') : 'the gate did not pass: see build.log'
// the merge of the run's racecard.json
['index.html', 'racecard.json', 'junit.xml', 'summary.md'].each {
    assert new File(out, "merged/$it").length() > 0 : "missing target/racecard/merged/$it"
}
assert log.contains('racecard: merged gate (1 environments) passed') : 'racecard:merge did not pass'
return true
