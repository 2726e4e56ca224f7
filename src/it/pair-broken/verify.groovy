def log = new File(basedir, 'build.log').text
def errors = log.readLines().findAll { it.startsWith('[ERROR]') }
// the gate failed the build, and its error names the broken correct variant
assert errors.any { it.contains('Failed to execute goal dev.racecard:racecard:') && it.contains(':gate ')
        && it.contains('Racecard gate failed') && it.contains('counter/atomic') } : errors.join('\n')
assert errors.any { it.startsWith('[ERROR] racecard: FAILED: counter/atomic') } : errors.join('\n')
assert !log.contains('\tat ') : 'a stack trace in the build log'
// the report was written before the gate failed the build
def json = new File(basedir, 'target/racecard/racecard.json').text
assert json.contains('"passed" : false') || json.contains('"passed":false')
// the second build: the gate alone with failOnFindings off prints the findings and only warns
assert log.readLines().any { it.startsWith('[WARNING] Racecard gate failed: ') && it.contains('counter/atomic')
        && it.endsWith('(racecard:gate does not fail the build: failOnFindings is false)') } : 'failOnFindings=false did not warn'
return true
