package java.lang;

/**
 * A class of the image, as far as compiled code can see one without reflection: its name, what it
 * is, instance tests and, for enums, its constants. The compiler emits one Class object per class
 * record; {@code Object.getClass()} and class literals return them.
 *
 * @param <T> the class
 */
public final class Class<T> {
    private final String name;
    private final long info;
    private final long enumValues;

    private Class(String name, long info, long enumValues) {
        this.name = name;
        this.info = info;
        this.enumValues = enumValues;
    }

    /** @return the address of the class record this object describes */
    long info() {
        return info;
    }

    /** @return the binary name with dots, or the descriptor form for arrays ({@code [I}) */
    public String getName() {
        return name;
    }

    /** @return the name without package and enclosing classes ({@code int[]} for arrays) */
    public String getSimpleName() {
        if (isArray()) {
            return arraySimpleName(name);
        }
        int cut = Math.max(name.lastIndexOf('.'), name.lastIndexOf('$'));
        String simple = name.substring(cut + 1);
        int start = 0;
        while (start < simple.length() && simple.charAt(start) >= '0' && simple.charAt(start) <= '9') {
            start++;
        }
        return simple.substring(start);
    }

    private static String arraySimpleName(String descriptor) {
        int dims = 0;
        while (descriptor.charAt(dims) == '[') {
            dims++;
        }
        String element;
        switch (descriptor.charAt(dims)) {
            case 'I' -> element = "int";
            case 'J' -> element = "long";
            case 'Z' -> element = "boolean";
            case 'B' -> element = "byte";
            case 'C' -> element = "char";
            case 'S' -> element = "short";
            case 'F' -> element = "float";
            case 'D' -> element = "double";
            default -> {
                String n = descriptor.substring(dims + 1, descriptor.length() - 1);
                element = n.substring(Math.max(n.lastIndexOf('.'), n.lastIndexOf('$')) + 1);
            }
        }
        StringBuilder sb = new StringBuilder(element);
        for (int i = 0; i < dims; i++) {
            sb.append("[]");
        }
        return sb.toString();
    }

    /** @return the name with dots for nested classes too, as Java source writes it */
    public String getCanonicalName() {
        return isArray() ? null : name.replace('$', '.');
    }

    /** @return whether this is an array class */
    public boolean isArray() {
        return (MokaRuntime.load32(info + 4) & 1) != 0;
    }

    /** @return whether this is an interface */
    public boolean isInterface() {
        return (MokaRuntime.load32(info + 4) & 2) != 0;
    }

    /** @return the superclass, or null for {@code Object} and interfaces */
    public Class<? super T> getSuperclass() {
        @SuppressWarnings("unchecked")
        Class<? super T> superclass = isInterface() ? null : (Class<? super T>) MokaRuntime.superClassOf(this);
        return superclass;
    }

    /** @return whether this is an enum class */
    public boolean isEnum() {
        return enumValues != 0;
    }

    /** @param o any object @return whether it is an instance of this class */
    public boolean isInstance(Object o) {
        return o != null && MokaRuntime.isSubtypeOf(o, info);
    }

    /** @param o any object @return it, cast @throws ClassCastException when it is not an instance */
    @SuppressWarnings("unchecked")
    public T cast(Object o) {
        if (o != null && !isInstance(o)) {
            throw new ClassCastException("Cannot cast " + MokaRuntime.className(o) + " to " + name);
        }
        return (T) o;
    }

    /** @return a new array of the enum's constants in declaration order, or null for other classes */
    @SuppressWarnings("unchecked")
    public T[] getEnumConstants() {
        return enumValues == 0 ? null : (T[]) MokaRuntime.invokeValues(enumValues);
    }

    /** @return false: images are built without assertions */
    public boolean desiredAssertionStatus() {
        return false;
    }

    @Override
    public String toString() {
        return (isInterface() ? "interface " : isArray() ? "class " : "class ") + name;
    }
}
