package dk.pulje.bench;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/** Runs a JMH benchmark class in one forked JVM with the run's settings, and answers each method's score. */
final class Jmh {

    record Score(double value, double error, String unit) {}

    private Jmh() {}

    static Map<String, Score> run(
            Settings settings,
            Class<?> benchmark,
            int threads,
            int warmups,
            int measurements,
            int secondsEach,
            String... params)
            throws Exception {
        List<String> jvmArgs = new ArrayList<>(settings.asSystemProperties());
        jvmArgs.add("-Xmx1g");
        if (settings.jfr()) {
            java.nio.file.Files.createDirectories(settings.work().resolve("logs"));
            jvmArgs.add("-XX:StartFlightRecording=settings=profile,filename="
                    + settings.work().resolve("logs").resolve("jmh-" + benchmark.getSimpleName() + ".jfr"));
        }
        ChainedOptionsBuilder options = new OptionsBuilder()
                .include(benchmark.getName() + "\\.")
                .forks(1)
                .threads(threads)
                .warmupIterations(warmups)
                .warmupTime(TimeValue.seconds(secondsEach))
                .measurementIterations(measurements)
                .measurementTime(TimeValue.seconds(secondsEach))
                .jvmArgsAppend(jvmArgs.toArray(String[]::new))
                .shouldFailOnError(true)
                .output(settings.work()
                        .resolve("jmh-" + benchmark.getSimpleName() + ".log")
                        .toString());
        for (int i = 0; i + 1 < params.length; i += 2) {
            options.param(params[i], params[i + 1].split(","));
        }
        Collection<RunResult> results = new Runner(options.build()).run();
        Map<String, Score> scores = new LinkedHashMap<>();
        for (RunResult result : results) {
            String method = result.getParams().getBenchmark();
            method = method.substring(method.lastIndexOf('.') + 1);
            String param = result.getParams().getParamsKeys().isEmpty()
                    ? ""
                    : ":"
                            + String.join(
                                    ",",
                                    result.getParams().getParamsKeys().stream()
                                            .map(key -> result.getParams().getParam(key))
                                            .toList());
            org.openjdk.jmh.results.Result<?> primary = result.getPrimaryResult();
            scores.put(method + param, new Score(primary.getScore(), primary.getScoreError(), primary.getScoreUnit()));
        }
        return scores;
    }
}
