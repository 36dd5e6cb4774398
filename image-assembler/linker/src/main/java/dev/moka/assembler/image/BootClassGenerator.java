package dev.moka.assembler.image;

import dev.moka.assembler.config.ImageConfig;
import dev.moka.kernel.api.arch.ArchPackProvider;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.ClassNode;

/**
 * Generates the image's own entry class from its {@link ImageSpec}, in the spirit of a build-time
 * generated kernel config: the chosen providers become plain {@code new} expressions, so the closed
 * world contains exactly the chosen scheduler, frame allocator and paging provider and nothing resolves
 * services at run time. The workloads module is reached only when the image has a workload.
 *
 * <pre>
 * final class moka.image.Boot {
 *     static long IMAGE_START;   // the linker fills in the image bounds
 *     static long IMAGE_END;
 *     static void start(long bootArgument) {
 *         &lt;arch entry class&gt;.start(bootArgument, IMAGE_START, IMAGE_END,
 *                 new KernelImage("&lt;version&gt;", new &lt;Scheduler&gt;(), new &lt;FrameAllocator&gt;(), job,
 *                         new &lt;PagingProvider&gt;()));
 *         // job: null, or new Workload(ticks, hz) followed by addThread(name, nice, priority) calls
 *         // and, when asked for, setGcStress(heapBytes), setMonitorStress(), setThreadChurn(n),
 *         // setStackOverflow(); or the spec's own boot job
 *         // paging: null when no module provides a PagingProvider
 *     }
 * }
 * </pre>
 */
final class BootClassGenerator {
    static final String NAME = "moka/image/Boot";
    static final String START = "start";
    static final String START_DESCRIPTOR = "(J)V";
    static final String IMAGE_START_FIELD = "IMAGE_START";
    static final String IMAGE_END_FIELD = "IMAGE_END";
    private static final String KERNEL_IMAGE = "dev/moka/kernel/api/boot/KernelImage";
    private static final String KERNEL_IMAGE_DESCRIPTOR = "(Ljava/lang/String;Ldev/moka/kernel/api/sched/Scheduler;"
            + "Ldev/moka/kernel/api/mm/FrameAllocator;Ldev/moka/kernel/api/boot/BootJob;"
            + "Ldev/moka/kernel/api/mm/PagingProvider;)V";
    private static final String WORKLOAD = "dev/moka/workloads/Workload";

    private BootClassGenerator() {
    }

    static ClassNode generate(ImageSpec spec) {
        ClassWriter cw = new ClassWriter(ClassWriter.COMPUTE_FRAMES | ClassWriter.COMPUTE_MAXS) {
            @Override
            protected String getCommonSuperClass(String a, String b) {
                return "java/lang/Object";
            }
        };
        cw.visit(Opcodes.V21, Opcodes.ACC_FINAL | Opcodes.ACC_SUPER, NAME, null, "java/lang/Object", null);
        cw.visitField(Opcodes.ACC_STATIC, IMAGE_START_FIELD, "J", null, null).visitEnd();
        cw.visitField(Opcodes.ACC_STATIC, IMAGE_END_FIELD, "J", null, null).visitEnd();
        MethodVisitor mv = cw.visitMethod(Opcodes.ACC_STATIC, START, START_DESCRIPTOR, null, null);
        mv.visitCode();
        mv.visitVarInsn(Opcodes.LLOAD, 0);
        mv.visitFieldInsn(Opcodes.GETSTATIC, NAME, IMAGE_START_FIELD, "J");
        mv.visitFieldInsn(Opcodes.GETSTATIC, NAME, IMAGE_END_FIELD, "J");
        mv.visitTypeInsn(Opcodes.NEW, KERNEL_IMAGE);
        mv.visitInsn(Opcodes.DUP);
        mv.visitLdcInsn(spec.version());
        construct(mv, spec.schedulerClass());
        construct(mv, spec.frameAllocatorClass());
        if (spec.bootJobClass() != null) {
            construct(mv, spec.bootJobClass());
        } else {
            workload(mv, spec.workload(), spec.heapBytes());
        }
        if (spec.pagingClass() == null) {
            mv.visitInsn(Opcodes.ACONST_NULL);
        } else {
            construct(mv, spec.pagingClass());
        }
        mv.visitMethodInsn(Opcodes.INVOKESPECIAL, KERNEL_IMAGE, "<init>", KERNEL_IMAGE_DESCRIPTOR, false);
        mv.visitMethodInsn(Opcodes.INVOKESTATIC, spec.arch().entryClass().replace('.', '/'),
                ArchPackProvider.ENTRY_METHOD, ArchPackProvider.ENTRY_DESCRIPTOR, false);
        mv.visitInsn(Opcodes.RETURN);
        mv.visitMaxs(0, 0);
        mv.visitEnd();
        cw.visitEnd();
        ClassNode node = new ClassNode();
        new ClassReader(cw.toByteArray()).accept(node, 0);
        return node;
    }

    private static void workload(MethodVisitor mv, ImageConfig.WorkloadSection workload, long heapBytes) {
        if (workload == null) {
            mv.visitInsn(Opcodes.ACONST_NULL);
            return;
        }
        mv.visitTypeInsn(Opcodes.NEW, WORKLOAD);
        mv.visitInsn(Opcodes.DUP);
        mv.visitLdcInsn(workload.ticks());
        mv.visitLdcInsn(workload.timerHz());
        mv.visitMethodInsn(Opcodes.INVOKESPECIAL, WORKLOAD, "<init>", "(II)V", false);
        for (ImageConfig.WorkloadThread thread : workload.threads()) {
            mv.visitInsn(Opcodes.DUP);
            mv.visitLdcInsn(thread.name());
            mv.visitLdcInsn(thread.nice());
            mv.visitLdcInsn(thread.priority());
            mv.visitMethodInsn(Opcodes.INVOKEVIRTUAL, WORKLOAD, "addThread", "(Ljava/lang/String;II)Z", false);
            mv.visitInsn(Opcodes.POP);
        }
        if (workload.gcStress()) {
            mv.visitInsn(Opcodes.DUP);
            mv.visitLdcInsn(heapBytes);
            mv.visitMethodInsn(Opcodes.INVOKEVIRTUAL, WORKLOAD, "setGcStress", "(J)V", false);
        }
        if (workload.monitorStress()) {
            mv.visitInsn(Opcodes.DUP);
            mv.visitMethodInsn(Opcodes.INVOKEVIRTUAL, WORKLOAD, "setMonitorStress", "()V", false);
        }
        if (workload.threadChurn() > 0) {
            mv.visitInsn(Opcodes.DUP);
            mv.visitLdcInsn(workload.threadChurn());
            mv.visitMethodInsn(Opcodes.INVOKEVIRTUAL, WORKLOAD, "setThreadChurn", "(I)V", false);
        }
        if (workload.stackOverflow()) {
            mv.visitInsn(Opcodes.DUP);
            mv.visitMethodInsn(Opcodes.INVOKEVIRTUAL, WORKLOAD, "setStackOverflow", "()V", false);
        }
    }

    private static void construct(MethodVisitor mv, String className) {
        String internal = className.replace('.', '/');
        mv.visitTypeInsn(Opcodes.NEW, internal);
        mv.visitInsn(Opcodes.DUP);
        mv.visitMethodInsn(Opcodes.INVOKESPECIAL, internal, "<init>", "()V", false);
    }
}
