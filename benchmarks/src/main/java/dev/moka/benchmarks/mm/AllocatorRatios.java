package dev.moka.benchmarks.mm;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;

/**
 * Runs JMH with the usual command-line options, then prints the {@link RatioTable} of the run:
 * {@code java -cp moka-benchmarks.jar dev.moka.benchmarks.mm.AllocatorRatios -f 1 -wi 3 -i 5}.
 */
public final class AllocatorRatios {
    private AllocatorRatios() {
    }

    /**
     * @param args JMH's own command-line options, such as {@code -f 1 -wi 3 -i 5 SingleFrame}
     * @throws CommandLineOptionException when JMH does not understand the options
     * @throws RunnerException            when a benchmark fails
     */
    public static void main(String[] args) throws CommandLineOptionException, RunnerException {
        Collection<RunResult> results = new Runner(new CommandLineOptions(args)).run();
        List<RatioTable.Score> scores = new ArrayList<>();
        for (RunResult result : results) {
            BenchmarkParams params = result.getParams();
            Map<String, String> values = new LinkedHashMap<>();
            for (String key : params.getParamsKeys()) {
                values.put(key, params.getParam(key));
            }
            Result<?> primary = result.getPrimaryResult();
            scores.add(new RatioTable.Score(shortName(params.getBenchmark()), values, primary.getScore(),
                    primary.getScoreError()));
        }
        System.out.println();
        System.out.print(RatioTable.markdown(RatioTable.ratios(scores)));
    }

    /** @return the class and method of a benchmark, without the package */
    static String shortName(String benchmark) {
        int method = benchmark.lastIndexOf('.');
        int type = benchmark.lastIndexOf('.', method - 1);
        return benchmark.substring(type + 1);
    }
}
