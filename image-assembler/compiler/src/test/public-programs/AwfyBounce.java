// Source: Are We Fast Yet? benchmark suite (Marr et al.), "Bounce".
public class AwfyBounce {
    private static final class Random {
        private int seed = 74755;

        int next() {
            seed = ((seed * 1309) + 13849) & 65535;
            return seed;
        }
    }

    private static final class Ball {
        private int x;
        private int y;
        private int xVel;
        private int yVel;

        Ball(Random random) {
            x = random.next() % 500;
            y = random.next() % 500;
            xVel = (random.next() % 300) - 150;
            yVel = (random.next() % 300) - 150;
        }

        boolean bounce() {
            int xLimit = 500;
            int yLimit = 500;
            boolean bounced = false;
            x += xVel;
            y += yVel;
            if (x > xLimit) {
                x = xLimit;
                xVel = 0 - Math.abs(xVel);
                bounced = true;
            }
            if (x < 0) {
                x = 0;
                xVel = Math.abs(xVel);
                bounced = true;
            }
            if (y > yLimit) {
                y = yLimit;
                yVel = 0 - Math.abs(yVel);
                bounced = true;
            }
            if (y < 0) {
                y = 0;
                yVel = Math.abs(yVel);
                bounced = true;
            }
            return bounced;
        }
    }

    public static void main(String[] args) {
        // The iterations may be given, as the suite's harness does; the result is the same for any count.
        int iterations = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        int bounces = 0;
        for (int run = 0; run < iterations; run++) {
            Random random = new Random();
            int ballCount = 100;
            bounces = 0;
            Ball[] balls = new Ball[ballCount];
            for (int i = 0; i < ballCount; i++) {
                balls[i] = new Ball(random);
            }
            for (int i = 0; i < 50; i++) {
                for (Ball ball : balls) {
                    if (ball.bounce()) {
                        bounces++;
                    }
                }
            }
        }
        System.out.println("Bounce: " + bounces + (bounces == 1331 ? " (verified)" : " (WRONG)"));
    }
}
