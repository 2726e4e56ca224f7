def log = new File(basedir, 'build.log').text
def errors = log.readLines().findAll { it.startsWith('[ERROR]') }
assert errors.any { it.contains("Racecard: racePolicy 'sometimes' is not one of strict, deterministic, warn") } : errors
// one line, never a stack trace
assert !log.contains('\tat ') : 'a stack trace in the build log'
assert !log.contains('Exception:') || !log.contains('Caused by') : 'a stack trace in the build log'
// the second build, with -Dracecard.skip=true, skipped both goals
assert log.readLines().count { it == '[INFO] Racecard skipped (racecard.skip)' } == 2 : 'racecard.skip did not skip'
return true
