// Source: Are We Fast Yet? benchmark suite (Marr et al.), "NBody", its Java version
// (https://github.com/smarr/are-we-fast-yet, benchmarks/Java/src at commit 50e34b1): NBody.java,
// Benchmark.java, nbody/Body.java, nbody/NBodySystem.java. The files are joined as nested classes
// of one class, without their packages and imports; the code is otherwise the suite's.
// The license notices of the files follow.
/* This code is based on the SOM class library.
 *
 * Copyright (c) 2001-2016 see AUTHORS.md file
 *
 * Permission is hereby granted, free of charge, to any person obtaining a copy
 * of this software and associated documentation files (the 'Software'), to deal
 * in the Software without restriction, including without limitation the rights
 * to use, copy, modify, merge, publish, distribute, sublicense, and/or sell
 * copies of the Software, and to permit persons to whom the Software is
 * furnished to do so, subject to the following conditions:
 *
 * The above copyright notice and this permission notice shall be included in
 * all copies or substantial portions of the Software.
 *
 * THE SOFTWARE IS PROVIDED 'AS IS', WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
 * IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
 * FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
 * AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER
 * LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,
 * OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN
 * THE SOFTWARE.
 */

public class AwfyNBody {
  // The iterations and inner iterations may be given, as the suite's harness takes them
  // (Harness NBody ITERATIONS INNER); the suite's standard run uses 250000 inner iterations.
  public static void main(String[] args) {
    int iterations = args.length > 0 ? Integer.parseInt(args[0]) : 1;
    int innerIterations = args.length > 1 ? Integer.parseInt(args[1]) : 250000;
    Benchmark bench = new NBody();
    boolean verified = true;
    for (int i = 0; i < iterations && verified; i++) {
      verified = bench.innerBenchmarkLoop(innerIterations);
    }
    System.out.println("NBody: iterations=" + iterations + " inner=" + innerIterations
        + (verified ? " (verified)" : " (WRONG)"));
  }

  // NBody.java
  /* The Computer Language Benchmarks Game
   * http://shootout.alioth.debian.org/
   *
   * Based on nbody.java and adapted basde on the SOM version.
   */

  public static final class NBody extends Benchmark {

    @Override
    public boolean innerBenchmarkLoop(final int innerIterations) {
      NBodySystem system = new NBodySystem();
      for (int i = 0; i < innerIterations; i++) {
        system.advance(0.01);
      }

      return verifyResult(system.energy(), innerIterations);
    }

    private boolean verifyResult(final double result, final int innerIterations) {
      if (innerIterations == 250000) {
        return result == -0.1690859889909308;
      }
      if (innerIterations == 1) {
        return result == -0.16907495402506745;
      }

      // Checkstyle: stop
      System.out.println("No verification result for " + innerIterations + " found");
      System.out.println("Result is: " + result);
      // Checkstyle: resume
      return false;
    }

    @Override
    public Object benchmark() {
      throw new RuntimeException("Should never be reached");
    }

    @Override
    public boolean verifyResult(final Object result) {
      throw new RuntimeException("Should never be reached");
    }
  }

  // Benchmark.java
  public static abstract class Benchmark {

    public abstract Object benchmark();
    public abstract boolean verifyResult(Object result);

    public boolean innerBenchmarkLoop(final int innerIterations) {
      for (int i = 0; i < innerIterations; i++) {
        if (!verifyResult(benchmark())) {
          return false;
        }
      }
      return true;
    }
  }

  // nbody/Body.java
  /* The Computer Language Benchmarks Game
   * http://shootout.alioth.debian.org/
   *
   * Based on nbody.java and adapted basde on the SOM version.
   */

  static final class Body {
    private static final double PI = 3.141592653589793;
    private static final double SOLAR_MASS = 4 * PI * PI;
    private static final double DAYS_PER_YER = 365.24;

    private double x;
    private double y;
    private double z;
    private double vx;
    private double vy;
    private double vz;
    private final double mass;

    public double getX() { return x; }
    public double getY() { return y; }
    public double getZ() { return z; }

    public double getVX() { return vx; }
    public double getVY() { return vy; }
    public double getVZ() { return vz; }

    public double getMass() { return mass; }

    public void setX(final double x) { this.x = x; }
    public void setY(final double y) { this.y = y; }
    public void setZ(final double z) { this.z = z; }

    public void setVX(final double vx) { this.vx = vx; }
    public void setVY(final double vy) { this.vy = vy; }
    public void setVZ(final double vz) { this.vz = vz; }

    void offsetMomentum(final double px, final double py, final double pz) {
      vx = 0.0 - (px / SOLAR_MASS);
      vy = 0.0 - (py / SOLAR_MASS);
      vz = 0.0 - (pz / SOLAR_MASS);
    }

    Body(final double x, final double y, final double z,
        final double vx, final double vy, final double vz, final double mass) {
      this.x = x;
      this.y = y;
      this.z = z;
      this.vx = vx * DAYS_PER_YER;
      this.vy = vy * DAYS_PER_YER;
      this.vz = vz * DAYS_PER_YER;
      this.mass = mass * SOLAR_MASS;
    }

    static Body jupiter() {
      return new Body(
           4.84143144246472090e+00,
          -1.16032004402742839e+00,
          -1.03622044471123109e-01,
           1.66007664274403694e-03,
           7.69901118419740425e-03,
          -6.90460016972063023e-05,
           9.54791938424326609e-04);
    }

    static Body saturn() {
      return new Body(
           8.34336671824457987e+00,
           4.12479856412430479e+00,
          -4.03523417114321381e-01,
          -2.76742510726862411e-03,
           4.99852801234917238e-03,
           2.30417297573763929e-05,
           2.85885980666130812e-04);
    }

    static Body uranus() {
      return new Body(
           1.28943695621391310e+01,
          -1.51111514016986312e+01,
          -2.23307578892655734e-01,
           2.96460137564761618e-03,
           2.37847173959480950e-03,
          -2.96589568540237556e-05,
           4.36624404335156298e-05);
    }

    static Body neptune() {
      return new Body(
           1.53796971148509165e+01,
          -2.59193146099879641e+01,
           1.79258772950371181e-01,
           2.68067772490389322e-03,
           1.62824170038242295e-03,
          -9.51592254519715870e-05,
           5.15138902046611451e-05);
    }

    static Body sun() {
      return new Body(0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0);
    }
  }

  // nbody/NBodySystem.java
  /* The Computer Language Benchmarks Game
   * http://shootout.alioth.debian.org/
   *
   * Based on nbody.java and adapted basde on the SOM version.
   */

  public static class NBodySystem {
    private final Body[] bodies;

    public NBodySystem() {
      bodies = createBodies();
    }

    public Body[] createBodies() {
      Body[] bodies = new Body[] {Body.sun(),
                                  Body.jupiter(),
                                  Body.saturn(),
                                  Body.uranus(),
                                  Body.neptune()};

      double px = 0.0;
      double py = 0.0;
      double pz = 0.0;

      for (Body b : bodies) {
        px += b.getVX() * b.getMass();
        py += b.getVY() * b.getMass();
        pz += b.getVZ() * b.getMass();
      }

      bodies[0].offsetMomentum(px, py, pz);

      return bodies;
    }

    public void advance(final double dt) {

      for (int i = 0; i < bodies.length; ++i) {
        Body iBody = bodies[i];

        for (int j = i + 1; j < bodies.length; ++j) {
          Body jBody = bodies[j];
          double dx = iBody.getX() - jBody.getX();
          double dy = iBody.getY() - jBody.getY();
          double dz = iBody.getZ() - jBody.getZ();

          double dSquared = dx * dx + dy * dy + dz * dz;
          double distance = Math.sqrt(dSquared);
          double mag = dt / (dSquared * distance);

          iBody.setVX(iBody.getVX() - (dx * jBody.getMass() * mag));
          iBody.setVY(iBody.getVY() - (dy * jBody.getMass() * mag));
          iBody.setVZ(iBody.getVZ() - (dz * jBody.getMass() * mag));

          jBody.setVX(jBody.getVX() + (dx * iBody.getMass() * mag));
          jBody.setVY(jBody.getVY() + (dy * iBody.getMass() * mag));
          jBody.setVZ(jBody.getVZ() + (dz * iBody.getMass() * mag));
        }
      }

      for (Body body : bodies) {
        body.setX(body.getX() + dt * body.getVX());
        body.setY(body.getY() + dt * body.getVY());
        body.setZ(body.getZ() + dt * body.getVZ());
      }
    }

    public double energy() {
      double e = 0.0;

      for (int i = 0; i < bodies.length; ++i) {
        Body iBody = bodies[i];
        e += 0.5 * iBody.getMass()
            * (iBody.getVX() * iBody.getVX() +
               iBody.getVY() * iBody.getVY() +
               iBody.getVZ() * iBody.getVZ());

        for (int j = i + 1; j < bodies.length; ++j) {
          Body jBody = bodies[j];
          double dx = iBody.getX() - jBody.getX();
          double dy = iBody.getY() - jBody.getY();
          double dz = iBody.getZ() - jBody.getZ();

          double distance = Math.sqrt(dx * dx + dy * dy + dz * dz);
          e -= (iBody.getMass() * jBody.getMass()) / distance;
        }
      }
      return e;
    }
  }
}
