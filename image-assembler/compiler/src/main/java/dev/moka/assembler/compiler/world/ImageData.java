package dev.moka.assembler.compiler.world;

import dev.moka.assembler.compiler.backend.Symbols;
import dev.moka.assembler.compiler.model.ClassModel;
import dev.moka.assembler.compiler.model.FieldInfo;
import dev.moka.assembler.compiler.model.ObjectLayout;
import dev.moka.assembler.compiler.model.World;
import dev.moka.assembler.x86.Assembler;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Emits the image's data section: the heap bounds, static fields, a ClassInfo record for every type
 * the code refers to (with its display, interface bitset, itable and vtable), and the interned
 * string literals as ready-made String objects. Layouts follow {@link ObjectLayout}.
 */
public final class ImageData {
    /** Symbol of the first byte of the heap, placed in bss by the image builder. */
    public static final String HEAP_START = "__heap_start";

    private final ImageContext context;
    private final World world;
    private final Assembler data;
    private final Map<String, String> staticSymbols;

    private ImageData(ImageContext context, Map<String, String> staticSymbols, Assembler data) {
        this.context = context;
        this.world = context.world();
        this.staticSymbols = staticSymbols;
        this.data = data;
    }

    /**
     * @param context       the image context after every method was compiled
     * @param heapBytes     the heap's size
     * @param staticSymbols static fields (symbol of the field) whose initial value is the address of
     *                      a linker symbol, such as the image bounds
     * @return the data section
     */
    public static Assembler emit(ImageContext context, long heapBytes, Map<String, String> staticSymbols) {
        return emit(context, heapBytes, staticSymbols, java.util.List.of());
    }

    /**
     * @param context       the image context after every method was compiled
     * @param heapBytes     the heap's size
     * @param staticSymbols static fields whose initial value is the address of a linker symbol
     * @param lazyClasses   classes initialised on first use, which get a state word
     * @return the data section
     */
    public static Assembler emit(ImageContext context, long heapBytes, Map<String, String> staticSymbols,
                                 java.util.Collection<String> lazyClasses) {
        Assembler section = new Assembler();
        ImageData d = new ImageData(context, staticSymbols, section);
        d.heapBounds(heapBytes);
        d.initStates(lazyClasses);
        d.exceptionTable();
        d.statics();
        context.classInfoSymbol("java/lang/String");
        context.classInfoSymbol("[C");
        d.methodTable();
        d.stackMaps();
        d.staticReferences();
        d.classInfos();
        d.strings();
        return section;
    }

    private void heapBounds(long heapBytes) {
        data.align(8, 0);
        // Cursor, limit, base, end: until the heap plan starts, compiled code bumps through it all.
        data.defineSymbol(Symbols.HEAP_POINTER);
        data.emitAbs64(HEAP_START, 0);
        data.defineSymbol(Symbols.HEAP_LIMIT);
        data.emitAbs64(HEAP_START, heapBytes);
        data.emitAbs64(HEAP_START, 0);
        data.emitAbs64(HEAP_START, heapBytes);
        data.defineSymbol(Symbols.STACK_LIMIT);
        data.emit64(0);
        data.defineSymbol(Symbols.STACK_LIMIT_NORMAL);
        data.emit64(0);
    }

    /** The rows are scanned in order; rows of one method keep the order of its exception table. */
    private void exceptionTable() {
        data.align(8, 0);
        data.defineSymbol(Symbols.EXCEPTION_TABLE);
        data.emit64(context.exceptionEntries().size());
        for (var e : context.exceptionEntries()) {
            data.emitAbs64(e.start(), 0);
            data.emitAbs64(e.end(), 0);
            data.emitAbs64(e.handler(), 0);
            if (e.catchType() == null) {
                data.emit64(0);
            } else {
                data.emitAbs64(context.classInfoSymbol(e.catchType()), 0);
            }
            data.emit64(e.frameBytes());
        }
    }

    /**
     * Rows of {start, end, class name, method name, source file, line table, flags and line count,
     * inlined activations}; each line table is pairs of 32-bit (code offset, line), one for each
     * stretch of code holding a trace point (see {@link dev.moka.assembler.compiler.backend.MethodInfo.TraceTable}). The last word is
     * 0 for a method without inlined code, else the address of its inlined activations: one 32-bit
     * scope number per line-table entry (0 for the method's own code, else one plus the index of the
     * entry's innermost activation, whose method the line is then a line of), then, 8-aligned, one
     * 40-byte record per activation {class name, method name, source file, flags, line of its call,
     * scope number of the activation that called it (0: the method itself)}.
     */
    private void methodTable() {
        var infos = context.methodInfos();
        data.align(8, 0);
        data.defineSymbol(Symbols.METHOD_TABLE);
        data.emit64(infos.size());
        for (int i = 0; i < infos.size(); i++) {
            var m = infos.get(i);
            data.emitAbs64(m.start(), 0);
            data.emitAbs64(m.end(), 0);
            data.emitAbs64(context.stringSymbol(m.className()), 0);
            data.emitAbs64(context.stringSymbol(m.methodName()), 0);
            emitStringOrNull(m.sourceFile());
            data.emitAbs64("lines:" + i, 0);
            data.emit32(m.flags());
            data.emit32(m.trace().lines().length);
            if (m.trace().inlinedFrames().isEmpty()) {
                data.emit64(0);
            } else {
                data.emitAbs64("inlined:" + i, 0);
            }
        }
        for (int i = 0; i < infos.size(); i++) {
            var m = infos.get(i);
            data.defineSymbol("lines:" + i);
            for (int j = 0; j < m.trace().lines().length; j++) {
                data.emit32(m.trace().offsets()[j]);
                data.emit32(m.trace().lines()[j]);
            }
        }
        data.align(8, 0);
        for (int i = 0; i < infos.size(); i++) {
            var m = infos.get(i);
            if (m.trace().inlinedFrames().isEmpty()) {
                continue;
            }
            data.defineSymbol("inlined:" + i);
            for (int scope : m.trace().scopes()) {
                data.emit32(scope);
            }
            data.align(8, 0);
            for (var f : m.trace().inlinedFrames()) {
                data.emitAbs64(context.stringSymbol(f.className()), 0);
                data.emitAbs64(context.stringSymbol(f.methodName()), 0);
                emitStringOrNull(f.sourceFile());
                data.emit32(f.flags());
                data.emit32(f.callLine());
                data.emit32(f.outer());
                data.emit32(0);
            }
        }
        data.align(8, 0);
    }

    private void emitStringOrNull(String value) {
        if (value == null) {
            data.emit64(0);
        } else {
            data.emitAbs64(context.stringSymbol(value), 0);
        }
    }

    /**
     * The stack maps: a count, then rows of {return address, offsets pointer, count}; each offsets
     * list is 32-bit signed offsets from the frame pointer of slots holding live references. A call
     * site where no reference is live gets no row (the collector finds nothing there either way), and
     * sites with the same slots share one list: inlining multiplies call sites, most of them slow
     * paths with few live references.
     */
    private void stackMaps() {
        var sites = context.stackMapSites();
        var slots = context.stackMapSlots();
        var addends = context.stackMapAddends();
        java.util.Map<java.util.List<Integer>, String> lists = new java.util.LinkedHashMap<>();
        java.util.List<Integer> rows = new java.util.ArrayList<>();
        for (int i = 0; i < sites.size(); i++) {
            if (slots.get(i).length > 0) {
                rows.add(i);
                lists.putIfAbsent(java.util.Arrays.stream(slots.get(i)).boxed().toList(), "smslots:" + lists.size());
            }
        }
        data.align(8, 0);
        data.defineSymbol(Symbols.STACK_MAPS);
        data.emit64(rows.size());
        for (int i : rows) {
            data.emitAbs64(sites.get(i), addends.get(i));
            data.emitAbs64(lists.get(java.util.Arrays.stream(slots.get(i)).boxed().toList()), 0);
            data.emit64(slots.get(i).length);
        }
        for (var list : lists.entrySet()) {
            data.defineSymbol(list.getValue());
            for (int offset : list.getKey()) {
                data.emit32(offset);
            }
        }
        data.align(8, 0);
    }

    /** The static roots: a count, then the address of every static reference field. */
    private void staticReferences() {
        java.util.List<String> fields = new java.util.ArrayList<>();
        for (ClassModel c : world.loaded()) {
            for (FieldInfo f : c.declaredFields().values()) {
                char k = f.descriptor().charAt(0);
                if (f.isStatic() && (k == 'L' || k == '[')) {
                    fields.add(f.staticSymbol());
                }
            }
        }
        data.align(8, 0);
        data.defineSymbol(Symbols.STATIC_REFERENCES);
        data.emit64(fields.size());
        for (String f : fields) {
            data.emitAbs64(f, 0);
        }
    }

    /** One word per lazily initialised class: 0 not yet, 1 running, 2 done. */
    private void initStates(java.util.Collection<String> lazy) {
        data.align(8, 0);
        for (String c : lazy) {
            data.defineSymbol(Symbols.initState(c));
            data.emit64(0);
        }
    }

    private void statics() {
        for (ClassModel c : world.loaded()) {
            for (FieldInfo f : c.declaredFields().values()) {
                if (!f.isStatic()) {
                    continue;
                }
                data.align(8, 0);
                data.defineSymbol(f.staticSymbol());
                String symbol = staticSymbols.get(f.staticSymbol());
                Object value = f.constant();
                if (symbol != null) {
                    data.emitAbs64(symbol, 0);
                } else if (value instanceof String s) {
                    data.emitAbs64(context.stringSymbol(s), 0);
                } else if (value instanceof Integer i) {
                    data.emit64(i & 0xffffffffL);
                } else if (value instanceof Long l) {
                    data.emit64(l);
                } else if (value instanceof Float fl) {
                    data.emit64(Float.floatToRawIntBits(fl) & 0xffffffffL);
                } else if (value instanceof Double db) {
                    data.emit64(Double.doubleToRawLongBits(db));
                } else {
                    data.emit64(0);
                }
            }
        }
    }

    private void classInfos() {
        Set<String> done = new HashSet<>();
        Deque<String> work = new ArrayDeque<>(context.classInfos());
        while (!work.isEmpty()) {
            String type = work.poll();
            if (!done.add(type)) {
                continue;
            }
            int before = context.classInfos().size();
            classInfo(type);
            context.classInfos().stream().skip(before).forEach(work::add);
            for (String t : context.classInfos()) {
                if (!done.contains(t)) {
                    work.add(t);
                }
            }
        }
    }

    private void classInfo(String type) {
        boolean array = type.startsWith("[");
        ClassModel model = array ? world.get("java/lang/Object") : world.get(type);
        List<ClassModel> ancestors = new java.util.ArrayList<>();
        for (ClassModel c = model; c != null; c = c.superClass()) {
            ancestors.add(0, c);
        }
        String elementType = array ? elementTypeName(type.substring(1)) : null;
        int elementSize = array ? FieldInfo.sizeOf(type.substring(1)) : 0;
        int depth = array ? 1 : model.depth();
        int flags = (array ? ObjectLayout.FLAG_ARRAY : 0) | (model.isInterface() && !array ? ObjectLayout.FLAG_INTERFACE : 0);
        String self = "class:" + type;
        data.align(8, 0);
        data.defineSymbol(self);
        data.emit32(array ? 0 : model.instanceSize());
        data.emit32(flags);
        data.emit32(depth);
        data.emit32(elementSize);
        data.emitAbs64("display:" + type, 0);
        boolean concrete = !model.isInterface();
        if (concrete && !array && context.interfaceCount() > 0) {
            data.emitAbs64("interfaces:" + type, 0);
        } else {
            data.emit64(0);
        }
        List<String> selectors = context.dispatch().interfaceSelectorList();
        if (concrete && !selectors.isEmpty()) {
            data.emitAbs64("itable:" + type, 0);
        } else {
            data.emit64(0);
        }
        data.emitAbs64(context.stringSymbol(javaName(type)), 0);
        if (elementType != null) {
            data.emitAbs64(context.classInfoSymbol(elementType), 0);
        } else {
            data.emit64(0);
        }
        ClassModel superClass = array ? model : model.superClass();
        if (superClass != null) {
            data.emitAbs64(context.classInfoSymbol(superClass.name()), 0);
        } else {
            data.emit64(0);
        }
        // Interfaces carry their interface id here, which type tests of run-time types read.
        data.emit32(model.isInterface() && !array ? context.interfaceId(type) : context.classInfos().stream().toList().indexOf(type));
        data.emit32(0);
        List<FieldInfo> references = array ? List.of() : model.isInterface() ? List.of()
                : model.allInstanceFields().stream()
                        .filter(f -> f.descriptor().charAt(0) == 'L' || f.descriptor().charAt(0) == '[').toList();
        if (references.isEmpty()) {
            data.emit64(0);
        } else {
            data.emitAbs64("refmap:" + type, 0);
        }
        data.emitAbs64("classobj:" + type, 0);
        Map<String, Integer> vtable = concrete ? context.dispatch().vtable(model) : Map.of();
        for (String selector : vtable.keySet()) {
            String impl = context.dispatch().implementationSymbol(model, selector);
            if (impl == null) {
                data.emit64(0);
            } else {
                data.emitAbs64(impl, 0);
            }
        }
        classObject(type, array ? null : model);
        if (!references.isEmpty()) {
            data.defineSymbol("refmap:" + type);
            data.emit32(references.size());
            for (FieldInfo f : references) {
                data.emit32(f.offset());
            }
            data.align(8, 0);
        }
        data.defineSymbol("display:" + type);
        for (ClassModel a : ancestors) {
            data.emitAbs64(context.classInfoSymbol(a.name()), 0);
        }
        if (array) {
            data.emitAbs64(self, 0);
        }
        if (concrete && !array && context.interfaceCount() > 0) {
            data.defineSymbol("interfaces:" + type);
            byte[] bits = new byte[(context.interfaceCount() + 7) / 8];
            for (ClassModel c : world.loaded()) {
                if (c.isInterface() && model.isSubtypeOf(c)) {
                    int id = context.interfaceId(c.name());
                    bits[id / 8] |= (byte) (1 << (id % 8));
                }
            }
            data.emitBytes(bits);
            data.align(8, 0);
        }
        if (concrete && !selectors.isEmpty()) {
            data.defineSymbol("itable:" + type);
            for (String selector : selectors) {
                String impl = array ? null : context.dispatch().implementationSymbol(model, selector);
                if (impl == null) {
                    data.emit64(0);
                } else {
                    data.emitAbs64(impl, 0);
                }
            }
        }
    }

    /** The java.lang.Class object of a type: its name, its class record, and an enum's values() code. */
    private void classObject(String type, ClassModel model) {
        ClassModel classClass = world.get("java/lang/Class");
        Map<String, FieldInfo> fields = classClass.declaredFields();
        String values = null;
        if (model != null && model.superClass() != null && model.superClass().name().equals("java/lang/Enum")) {
            String symbol = model.name() + ".values()[L" + model.name() + ";";
            if (context.dispatch().isCompiled(symbol)) {
                values = symbol;
            }
        }
        data.align(8, 0);
        data.defineSymbol("classobj:" + type);
        int start = data.position();
        data.emitAbs64(context.classInfoSymbol("java/lang/Class"), 0);
        data.emit64(0);
        java.util.TreeMap<Integer, Runnable> byOffset = new java.util.TreeMap<>();
        String javaName = type.replace('/', '.');
        String valuesSymbol = values;
        byOffset.put(fields.get("name").offset(), () -> data.emitAbs64(context.stringSymbol(javaName), 0));
        byOffset.put(fields.get("info").offset(), () -> data.emitAbs64("class:" + type, 0));
        byOffset.put(fields.get("enumValues").offset(), () -> {
            if (valuesSymbol == null) {
                data.emit64(0);
            } else {
                data.emitAbs64(valuesSymbol, 0);
            }
        });
        for (var e : byOffset.entrySet()) {
            while (data.position() - start < e.getKey()) {
                data.emit8(0);
            }
            e.getValue().run();
        }
        while (data.position() - start < classClass.instanceSize()) {
            data.emit8(0);
        }
    }

    private static String elementTypeName(String elementDescriptor) {
        return switch (elementDescriptor.charAt(0)) {
            case 'L' -> elementDescriptor.substring(1, elementDescriptor.length() - 1);
            case '[' -> elementDescriptor;
            default -> null;
        };
    }

    private static String javaName(String type) {
        return type.replace('/', '.');
    }

    private void strings() {
        ClassModel string = world.get("java/lang/String");
        FieldInfo value = string.declaredFields().get("value");
        int size = string.instanceSize();
        int n = 0;
        // In first-use order. (Map.copyOf would iterate in an order salted afresh in every JVM, and
        // the same build would lay its literals out differently each time.)
        for (Map.Entry<String, String> e : List.copyOf(context.strings().entrySet())) {
            String chars = "chars:" + (n++);
            data.align(8, 0);
            data.defineSymbol(e.getValue());
            int start = data.position();
            data.emitAbs64("class:java/lang/String", 0);
            data.emit64(0);
            while (data.position() - start < size) {
                if (data.position() - start == value.offset()) {
                    data.emitAbs64(chars, 0);
                } else {
                    data.emit32(0);
                }
            }
            data.align(8, 0);
            data.defineSymbol(chars);
            data.emitAbs64("class:[C", 0);
            data.emit64(0);
            data.emit32(e.getKey().length());
            data.emit32(0);
            for (char c : e.getKey().toCharArray()) {
                data.emit16(c);
            }
        }
        data.align(8, 0);
    }
}
