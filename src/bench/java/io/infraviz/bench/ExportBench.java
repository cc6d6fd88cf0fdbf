package io.infraviz.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Export: the app's PNG export at 1x and 2x and its floor at 2x ({@link ExportProbe}), each the
 * first use in a fresh JVM (the median of a few), and warm in this JVM (the median of many after
 * a warm-up).
 */
final class ExportBench {
    /**
     * @param png1xMs     first use in a fresh JVM, 1x
     * @param png2xMs     first use in a fresh JVM, 2x
     * @param floor2xMs   the floor's first use in a fresh JVM, 2x
     * @param warm1xMs    warm, 1x
     * @param warm2xMs    warm, 2x
     * @param warmFloorMs the floor warm, 2x
     * @param bytes2x     size of the app's 2x file
     */
    record Result(double png1xMs, double png2xMs, double floor2xMs, double warm1xMs, double warm2xMs,
                  double warmFloorMs, int freshRuns, int warmRuns, long bytes2x, boolean freshInThisJvm) {
        double ratio() {
            return png2xMs / floor2xMs;
        }

        double warmRatio() {
            return warm2xMs / warmFloorMs;
        }
    }

    private ExportBench() {
    }

    /**
     * @param fresh  fresh JVMs per figure (0: the first use is measured in this JVM instead, as
     *               the first call; only for the quick smoke run)
     * @param warmUp unmeasured warm exports
     * @param warm   measured warm exports
     */
    static Result run(int fresh, int warmUp, int warm, PrintStream log) {
        Path dir;
        try {
            dir = Files.createTempDirectory("infraviz-bench");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            double first1x;
            double first2x;
            double firstFloor;
            ExportProbe.Subject s = null;
            if (fresh > 0) {
                double[] a1 = new double[fresh];
                double[] a2 = new double[fresh];
                double[] f2 = new double[fresh];
                for (int i = 0; i < fresh; i++) {
                    a2[i] = child("app", 2, dir.resolve("fresh-app-2x.png"));
                    f2[i] = child("floor", 2, dir.resolve("fresh-floor-2x.png"));
                    a1[i] = child("app", 1, dir.resolve("fresh-app-1x.png"));
                    log.printf("export: fresh JVM %d of %d: 2x %.0f ms (floor %.0f ms), 1x %.0f ms%n", i + 1, fresh,
                            a2[i], f2[i], a1[i]);
                }
                first1x = Stats.median(a1);
                first2x = Stats.median(a2);
                firstFloor = Stats.median(f2);
                s = ExportProbe.Subject.make();
            } else {
                s = ExportProbe.Subject.make();
                first2x = ExportProbe.app(s, 2, dir.resolve("first-app-2x.png"));
                firstFloor = ExportProbe.floor(s, 2, dir.resolve("first-floor-2x.png"));
                first1x = ExportProbe.app(s, 1, dir.resolve("first-app-1x.png"));
            }
            for (int i = 0; i < warmUp; i++) {
                ExportProbe.app(s, 2, dir.resolve("warm-app-2x.png"));
                ExportProbe.app(s, 1, dir.resolve("warm-app-1x.png"));
                ExportProbe.floor(s, 2, dir.resolve("warm-floor-2x.png"));
            }
            double[] w1 = new double[warm];
            double[] w2 = new double[warm];
            double[] wf = new double[warm];
            for (int i = 0; i < warm; i++) {
                w2[i] = ExportProbe.app(s, 2, dir.resolve("warm-app-2x.png"));
                wf[i] = ExportProbe.floor(s, 2, dir.resolve("warm-floor-2x.png"));
                w1[i] = ExportProbe.app(s, 1, dir.resolve("warm-app-1x.png"));
            }
            long bytes = Files.size(dir.resolve("warm-app-2x.png"));
            log.printf("export: warm (median of %d): 2x %.0f ms (floor %.0f ms), 1x %.0f ms%n", warm, Stats.median(w2),
                    Stats.median(wf), Stats.median(w1));
            return new Result(first1x, first2x, firstFloor, Stats.median(w1), Stats.median(w2), Stats.median(wf),
                    fresh, warm, bytes, fresh == 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            delete(dir);
        }
    }

    private static double child(String mode, double scale, Path out) {
        List<String> cmd = new ArrayList<>(Children.javaCommand());
        cmd.add("-Djava.awt.headless=true");
        cmd.add(ExportProbe.class.getName());
        cmd.add(mode);
        cmd.add(Double.toString(scale));
        cmd.add(out.toString());
        return Double.parseDouble(Children.runUntilMark(cmd, ExportProbe.MARK,
                "the export probe (" + mode + " " + scale + ")"));
    }

    private static void delete(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(f);
            }
        } catch (IOException e) {
            // a temporary folder left behind is harmless
        }
    }
}
