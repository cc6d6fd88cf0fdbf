package io.infraviz.bench;

import io.infraviz.diagram.TrafficMark;

import javax.swing.JComponent;
import javax.swing.JFrame;
import javax.swing.Timer;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.Graphics;
import java.awt.image.BufferedImage;
import java.util.SplittableRandom;

/**
 * The frames floor: {@code n} traffic dots, pre-drawn once as images, moving along straight lines
 * on an otherwise empty component of the diagram's size, repainted by a Swing timer with the
 * app's period (15 ms, coalescing). The least a view with that many dots has to do.
 */
final class DotFloor {
    record Result(double p50, double p95, double p99, double fps) {
    }

    private DotFloor() {
    }

    static Result run(int n, int width, int height, double scale, long warmMs, long measureMs, PaintClock clock) {
        Dots dots = new Dots(n, Math.max(200, width), Math.max(200, height), scale, clock);
        JFrame frame = Edt.call(() -> {
            JFrame f = new JFrame("InfraViz bench: dot floor");
            f.setDefaultCloseOperation(JFrame.DISPOSE_ON_CLOSE);
            f.getContentPane().add(dots);
            f.pack();
            f.setLocationRelativeTo(null);
            f.setVisible(true);
            return f;
        });
        Timer timer = Edt.call(() -> {
            Timer t = new Timer(15, e -> dots.repaint());
            t.setCoalesce(true);
            t.start();
            return t;
        });
        try {
            Edt.sleep(warmMs);
            Edt.run(clock::start);
            Edt.sleep(measureMs);
            Edt.run(clock::stop);
        } finally {
            Edt.run(() -> {
                timer.stop();
                frame.dispose();
            });
        }
        double[] s = clock.samples();
        return new Result(Stats.percentile(s, 50), Stats.percentile(s, 95), Stats.percentile(s, 99), clock.fps());
    }

    /** The component: an empty background and the dots. */
    private static final class Dots extends JComponent {
        private final int n;
        private final double[] x0;
        private final double[] y0;
        private final double[] dx;
        private final double[] dy;
        private final double[] phase;
        private final double[] rate;
        private final BufferedImage[] sprites;
        private final PaintClock clock;

        Dots(int n, int width, int height, double scale, PaintClock clock) {
            this.n = n;
            this.clock = clock;
            setPreferredSize(new Dimension(width, height));
            setOpaque(true);
            SplittableRandom r = new SplittableRandom(1);
            x0 = new double[n];
            y0 = new double[n];
            dx = new double[n];
            dy = new double[n];
            phase = new double[n];
            rate = new double[n];
            for (int i = 0; i < n; i++) {
                x0[i] = r.nextDouble(width);
                y0[i] = r.nextDouble(height);
                dx[i] = r.nextDouble(width) - x0[i];
                dy[i] = r.nextDouble(height) - y0[i];
                phase[i] = r.nextDouble();
                rate[i] = 0.2 + r.nextDouble(0.6);
            }
            TrafficMark[] kinds = {TrafficMark.READ, TrafficMark.WRITE, TrafficMark.PROBE};
            sprites = new BufferedImage[kinds.length];
            for (int k = 0; k < kinds.length; k++) {
                sprites[k] = kinds[k].sprite(Math.max(0.6, scale));
            }
        }


        @Override
        protected void paintComponent(Graphics g) {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, getWidth(), getHeight());
            double t = System.nanoTime() / 1e9;
            for (int i = 0; i < n; i++) {
                double f = phase[i] + t * rate[i];
                f -= Math.floor(f);
                BufferedImage s = sprites[i % sprites.length];
                g.drawImage(s, (int) (x0[i] + dx[i] * f) - s.getWidth() / 2, (int) (y0[i] + dy[i] * f) - s.getHeight() / 2,
                        null);
            }
            clock.painted();
        }
    }
}
