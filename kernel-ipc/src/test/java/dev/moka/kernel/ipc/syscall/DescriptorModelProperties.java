package dev.moka.kernel.ipc.syscall;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.state.Action;
import net.jqwik.api.state.ActionChain;
import net.jqwik.api.state.Transformer;
import net.jqwik.api.statistics.Statistics;

/**
 * Random sequences of pipe2, open, dup, dup2, close, fcntl, read and write on one process, checked
 * step by step against {@link DescriptorModel}; descriptor arguments range over every slot and one
 * past the limit, so closed and never-opened descriptors are exercised as much as open ones. Writes
 * reach the pipe's 64 KiB capacity, so full pipes, partial writes and waits are covered.
 */
class DescriptorModelProperties {
    private static Arbitrary<Integer> descriptor() {
        return Arbitraries.integers().between(-1, DescriptorModel.LIMIT);
    }

    private static Arbitrary<Integer> length() {
        return Arbitraries.oneOf(Arbitraries.integers().between(0, 64), Arbitraries.integers().between(0, 9000),
                Arbitraries.integers().between(30_000, 70_000));
    }

    private static Action.Independent<DescriptorModel> action(Arbitrary<Transformer<DescriptorModel>> transformer) {
        return () -> transformer;
    }

    @Provide
    Arbitrary<ActionChain<DescriptorModel>> chains() {
        return ActionChain.startWith(DescriptorModel::new)
                .withAction(2, action(Arbitraries.of(true, false)
                        .map(nonBlocking -> Transformer.mutate("pipe2", model -> model.pipe2(nonBlocking)))))
                .withAction(1, action(Arbitraries.just(Transformer.mutate("open null:", DescriptorModel::openNull))))
                .withAction(2, action(descriptor().map(fd -> Transformer.mutate("dup", model -> model.dup(fd)))))
                .withAction(2, action(Combinators.combine(descriptor(), descriptor())
                        .as((fd, target) -> Transformer.mutate("dup2", model -> model.dup2(fd, target)))))
                .withAction(4, action(descriptor().map(fd -> Transformer.mutate("close", model -> model.close(fd)))))
                .withAction(1, action(Combinators.combine(descriptor(), Arbitraries.of(true, false))
                        .as((fd, on) -> Transformer.mutate("setfl", model -> model.setNonBlocking(fd, on)))))
                .withAction(5, action(Combinators.combine(descriptor(), length())
                        .as((fd, n) -> Transformer.mutate("write", model -> model.write(fd, n)))))
                .withAction(5, action(Combinators.combine(descriptor(), length())
                        .as((fd, n) -> Transformer.mutate("read", model -> model.read(fd, n)))))
                // Two writes larger than a pipe in a row: the first fills it partly, the second finds
                // it full. Left to the single writes, a full pipe met again is rare enough that some
                // seeds never reach it.
                .withAction(2, action(descriptor().map(fd -> Transformer.mutate("fill", model -> {
                    model.write(fd, 70_000);
                    model.write(fd, 70_000);
                }))))
                .withMaxTransformations(60);
    }

    @Property(tries = 200)
    void descriptorsAndPipesBehaveAsTheModelSays(@ForAll("chains") ActionChain<DescriptorModel> chain) {
        chain.withInvariant(DescriptorModel::checkTable).run().exit();
        Statistics.label("outcomes").coverage(checker -> {
            for (String outcome : new String[] {"write whole", "write partly", "write to a full pipe", "write EPIPE",
                "read bytes", "read from an empty pipe", "read end of file", "pipe2 EMFILE", "dup EMFILE",
                "dup2 onto an open descriptor"}) {
                checker.check(outcome).count(count -> count > 0);
            }
        });
    }
}
