package dev.moka.assembler.compiler.front;

/**
 * Checks the structure of a class file before ASM parses it, so that a damaged file gets a
 * description of what is wrong instead of whatever exception the parser happens to hit: the magic
 * number, the version, every constant pool entry (known tag, references in range and of the right
 * kind), the class, field, method and attribute tables, and that the file ends where its last
 * attribute does. Method bodies are left to the parser and to verification.
 */
final class ClassFileCheck {
    private static final int MAGIC = 0xCAFEBABE;
    private static final int UTF8 = 1;
    private static final int CLASS = 7;
    private static final int NAME_AND_TYPE = 12;

    private final byte[] bytes;
    private int pos;
    private int[] tags;
    private String where = "the header";

    private ClassFileCheck(byte[] bytes) {
        this.bytes = bytes;
    }

    /**
     * @param bytes         a class file's contents
     * @param newestVersion the newest major version the parser reads
     * @return what is wrong with it, or null when its structure is sound
     */
    static String problem(byte[] bytes, int newestVersion) {
        try {
            return new ClassFileCheck(bytes).check(newestVersion);
        } catch (Truncated t) {
            return "it is truncated: it ends after " + bytes.length + " bytes, inside " + t.where;
        }
    }

    /** The file ended inside a structure; {@link #where} names it. */
    private static final class Truncated extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final String where;

        Truncated(String where) {
            super(where, null, false, false);
            this.where = where;
        }
    }

    private String check(int newestVersion) {
        int magic = u4();
        if (magic != MAGIC) {
            return String.format("it does not start with the class file magic number 0xCAFEBABE but with 0x%08X", magic);
        }
        u2();
        int major = u2();
        if (major < 45 || major > newestVersion) {
            return "its version " + major + " is not a class file version this compiler reads (45 to " + newestVersion + ")";
        }
        String pool = constantPool();
        if (pool != null) {
            return "its constant pool is invalid: " + pool;
        }
        where = "the class header";
        u2();
        String problem = classRef(u2(), "this_class", false);
        if (problem == null) {
            problem = classRef(u2(), "super_class", true);
        }
        int interfaces = u2();
        for (int i = 0; i < interfaces && problem == null; i++) {
            where = "the interface table";
            problem = classRef(u2(), "interface " + i, false);
        }
        if (problem == null) {
            problem = members("field");
        }
        if (problem == null) {
            problem = members("method");
        }
        if (problem == null) {
            problem = attributes("the class's attributes");
        }
        if (problem == null && pos != bytes.length) {
            problem = "it has " + (bytes.length - pos) + " extra bytes after the end of the class file";
        }
        return problem;
    }

    private String constantPool() {
        where = "the constant pool count";
        int count = u2();
        tags = new int[count];
        int[] refA = new int[count];
        int[] refB = new int[count];
        for (int i = 1; i < count; i++) {
            where = "constant pool entry " + i + " of " + (count - 1);
            int tag = u1();
            tags[i] = tag;
            switch (tag) {
                case UTF8 -> skip(u2());
                case 3, 4 -> skip(4);
                case 5, 6 -> {
                    skip(8);
                    i++;
                }
                case CLASS, 8, 16, 19, 20 -> refA[i] = u2();
                case 9, 10, 11, NAME_AND_TYPE, 17, 18 -> {
                    refA[i] = u2();
                    refB[i] = u2();
                }
                case 15 -> {
                    refA[i] = u1();
                    refB[i] = u2();
                }
                default -> {
                    return "entry " + i + " has the unknown tag " + tag;
                }
            }
        }
        for (int i = 1; i < count; i++) {
            String problem = switch (tags[i]) {
                case CLASS, 8, 16, 19, 20 -> expect(i, refA[i], UTF8);
                case 9, 10, 11 -> both(expect(i, refA[i], CLASS), expect(i, refB[i], NAME_AND_TYPE));
                case NAME_AND_TYPE -> both(expect(i, refA[i], UTF8), expect(i, refB[i], UTF8));
                case 17, 18 -> expect(i, refB[i], NAME_AND_TYPE);
                case 15 -> refA[i] < 1 || refA[i] > 9 ? "entry " + i + " is a method handle of unknown kind " + refA[i]
                        : refB[i] <= 0 || refB[i] >= count || tags[refB[i]] < 9 || tags[refB[i]] > 11
                        ? "entry " + i + " is a method handle whose reference " + refB[i] + " is not a field or method"
                        : null;
                default -> null;
            };
            if (problem != null) {
                return problem;
            }
        }
        return null;
    }

    private static String both(String first, String second) {
        return first != null ? first : second;
    }

    private String expect(int entry, int index, int tag) {
        if (index <= 0 || index >= tags.length) {
            return "entry " + entry + " refers to entry " + index + ", outside the pool of " + (tags.length - 1);
        }
        if (tags[index] != tag) {
            return "entry " + entry + " refers to entry " + index + ", which is a " + kind(tags[index]) + ", not a "
                    + kind(tag);
        }
        return null;
    }

    private static String kind(int tag) {
        return switch (tag) {
            case UTF8 -> "Utf8";
            case CLASS -> "Class";
            case NAME_AND_TYPE -> "NameAndType";
            case 0 -> "the unusable second slot of a long or double";
            default -> "constant of tag " + tag;
        };
    }

    private String classRef(int index, String what, boolean zeroAllowed) {
        if (index == 0 && zeroAllowed) {
            return null;
        }
        if (index <= 0 || index >= tags.length || tags[index] != CLASS) {
            return "its " + what + " is constant pool entry " + index + ", which is not a class";
        }
        return null;
    }

    private String members(String kind) {
        where = "the " + kind + " count";
        int count = u2();
        for (int i = 0; i < count; i++) {
            where = kind + " " + i + " of " + count;
            u2();
            int name = u2();
            int descriptor = u2();
            if (!isUtf8(name) || !isUtf8(descriptor)) {
                return kind + " " + i + " names constant pool entries " + name + " and " + descriptor
                        + " as its name and descriptor, which are not both Utf8 entries";
            }
            String problem = attributes("the attributes of " + kind + " " + i);
            if (problem != null) {
                return problem;
            }
        }
        return null;
    }

    private String attributes(String of) {
        where = of;
        int count = u2();
        for (int i = 0; i < count; i++) {
            where = "attribute " + i + " of " + of;
            int name = u2();
            if (!isUtf8(name)) {
                return "attribute " + i + " of " + of + " is named by constant pool entry " + name
                        + ", which is not a Utf8 entry";
            }
            long length = u4() & 0xffffffffL;
            if (length > bytes.length - pos) {
                throw new Truncated(where + " (it claims " + length + " bytes)");
            }
            skip((int) length);
        }
        return null;
    }

    private boolean isUtf8(int index) {
        return index > 0 && index < tags.length && tags[index] == UTF8;
    }

    private void skip(int n) {
        if (n > bytes.length - pos) {
            throw new Truncated(where);
        }
        pos += n;
    }

    private int u1() {
        skip(1);
        return bytes[pos - 1] & 0xff;
    }

    private int u2() {
        skip(2);
        return (bytes[pos - 2] & 0xff) << 8 | bytes[pos - 1] & 0xff;
    }

    private int u4() {
        return u2() << 16 | u2();
    }
}
