def out = new File(basedir, 'target/racecard')
['index.html', 'racecard.json', 'junit.xml', 'summary.md'].each {
    assert new File(out, it).length() > 0 : "missing target/racecard/$it"
}
assert !new File(basedir, 'target/racecard/jcstress').exists()
def json = new groovy.json.JsonSlurper().parse(new File(out, 'racecard.json'))
def variants = json.patterns.find { it.id == 'registry' }.variants
assert variants*.id.toSet() == ['check-then-set', 'compare-and-set'] as Set
def evidence = new File(basedir, 'target/racecard/evidence').list().toList()
assert evidence.count { it.startsWith('lincheck-registry-') } == 2
assert evidence.count { it.startsWith('junit-registry-') } == 2
def log = new File(basedir, 'build.log').text
assert log.contains('racecard: gate passed (2 variants') : 'the gate did not pass: see build.log'
// 1. the reproduce line re-ran that one experiment: its focused gate passed (evidence of any other
//    experiment would have failed it, as undeclared in the narrowed catalog)
assert log.contains('racecard: gate passed (1 variants') : 'the reproduce line did not pass its focused gate'
def text = new File(out, 'racecard.json').text
// Lincheck's failure kind is classified: the racy variant's counterexample is the race, not an error
assert text.contains('results no sequential order can explain')
// a card's reproduce line for an extension experiment runs its test class under surefire
assert new File(out, 'index.html').text.contains('-Dtest=RegistryTest') : 'no reproduce line for the extension'
return true
