import java.nio.file.Files
import java.nio.file.Path

// The pair sample's sources (itSources: src/it of the repository, set by the invoker configuration),
// with the correct variant broken the way people break it: a get and a set where one atomic step
// was, so two threads can both read the same value.
Path from = new File(itSources, 'pair/src').toPath()
Path to = new File(basedir, 'src').toPath()
Files.walk(from).forEach { Path p ->
    Path target = to.resolve(from.relativize(p).toString())
    if (Files.isDirectory(p)) Files.createDirectories(target) else Files.copy(p, target)
}
def atomic = to.resolve('main/java/com/example/counter/AtomicCounter.java').toFile()
def broken = atomic.text.replace('count.incrementAndGet();', 'count.set(count.get() + 1);')
assert broken != atomic.text
atomic.text = broken
return true
