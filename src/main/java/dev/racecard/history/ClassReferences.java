package dev.racecard.history;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;

/**
 * The classes a class file names in its constant pool: every CONSTANT_Class (superclass,
 * interfaces, classes its code uses, nested and outer classes of the InnerClasses attribute) and
 * every {@code L<name>;} inside a UTF-8 constant (field and method descriptors, generic
 * signatures, annotation types and class-valued annotation elements, which name a class only
 * there). A string literal that happens to look like a descriptor adds a name that resolves to
 * nothing, which costs a lookup and nothing else. Reads the class-file format of JVMS §4.4 only as
 * far as the constant pool: a small reader, so a user's tests get no bytecode library from us.
 */
final class ClassReferences {

    private static final int MAGIC = 0xCAFEBABE;
    /** {@code L} + an internal name + {@code ;} or the {@code <} of a generic signature's type arguments. */
    private static final java.util.regex.Pattern DESCRIPTOR =
            java.util.regex.Pattern.compile("L([^;<>\\[\\]().:\\s]+)[;<]");

    private ClassReferences() {
    }

    /**
     * @return internal names ({@code a/b/C}, {@code a/b/C$D}), sorted
     * @throws IllegalArgumentException if {@code classFile} is not a class file this reader understands
     */
    static Set<String> of(byte[] classFile) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(classFile))) {
            if (in.readInt() != MAGIC) {
                throw new IllegalArgumentException("not a class file (no CAFEBABE)");
            }
            in.readUnsignedShort(); // minor version
            in.readUnsignedShort(); // major version
            int count = in.readUnsignedShort();
            String[] utf8 = new String[count];
            int[] classNameIndex = new int[count];
            for (int i = 1; i < count; i++) {
                int tag = in.readUnsignedByte();
                switch (tag) {
                    case 1 -> utf8[i] = in.readUTF(); // u2 length + modified UTF-8, as DataInput reads it
                    case 7 -> classNameIndex[i] = in.readUnsignedShort();
                    case 8, 16, 19, 20 -> in.skipNBytes(2); // String, MethodType, Module, Package
                    case 15 -> in.skipNBytes(3); // MethodHandle
                    case 3, 4, 9, 10, 11, 12, 17, 18 -> in.skipNBytes(4); // Integer, Float, refs, NameAndType, (Invoke)Dynamic
                    case 5, 6 -> { // Long, Double take two entries
                        in.skipNBytes(8);
                        i++;
                    }
                    default -> throw new IllegalArgumentException("unknown constant pool tag " + tag + " at entry " + i);
                }
            }
            Set<String> names = new TreeSet<>();
            for (int i = 1; i < count; i++) {
                String name = classNameIndex[i] == 0 ? null : utf8[classNameIndex[i]];
                if (name != null && !name.startsWith("[")) {
                    names.add(name); // an array class's element type is found in its descriptor below
                }
                if (utf8[i] != null) {
                    Matcher m = DESCRIPTOR.matcher(utf8[i]);
                    while (m.find()) {
                        names.add(m.group(1));
                    }
                }
            }
            return names;
        } catch (IOException e) {
            throw new IllegalArgumentException("truncated class file: " + e, e);
        }
    }
}
