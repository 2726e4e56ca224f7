def out = new File(basedir, 'target/racecard')
['index.html', 'racecard.json', 'junit.xml', 'summary.md'].each {
    assert new File(out, it).length() > 0 : "missing target/racecard/$it"
}
// no budget file: the built-in budget runs every test as one group, "all"
assert new File(basedir, 'target/racecard/jcstress/all').listFiles().any { it.name ==~ /jcstress-results-.*\.bin\.gz/ }
def json = new File(out, 'racecard.json').text
assert json.contains('com.example.flag.PairStress.Plain')
assert json.contains('com.example.flag.PairStress.Atomic')
def log = new File(basedir, 'build.log').text
assert log.contains('racecard: gate passed') : 'the gate did not pass: see build.log'
// the merge of the run's racecard.json
['index.html', 'racecard.json', 'junit.xml', 'summary.md'].each {
    assert new File(out, "merged/$it").length() > 0 : "missing target/racecard/merged/$it"
}
assert log.contains('racecard: merged gate (1 environments) passed') : 'racecard:merge did not pass'
return true
