public class NBodyDoubles {
    static final double PI = 3.141592653589793, SOLAR_MASS = 4 * PI * PI, DAYS = 365.24;
    static final class Body { double x, y, z, vx, vy, vz, mass;
        Body(double x, double y, double z, double vx, double vy, double vz, double mass) {
            this.x = x; this.y = y; this.z = z; this.vx = vx * DAYS; this.vy = vy * DAYS; this.vz = vz * DAYS; this.mass = mass * SOLAR_MASS; } }
    static Body[] bodies() {
        return new Body[] {
            new Body(0, 0, 0, 0, 0, 0, 1),
            new Body(4.84143144246472090e+00, -1.16032004402742839e+00, -1.03622044471123109e-01, 1.66007664274403694e-03, 7.69901118419740425e-03, -6.90460016972063023e-05, 9.54791938424326609e-04),
            new Body(8.34336671824457987e+00, 4.12479856412430479e+00, -4.03523417114321381e-01, -2.76742510726862411e-03, 4.99852801234917238e-03, 2.30417297573763929e-05, 2.85885980666130812e-04),
            new Body(1.28943695621391310e+01, -1.51111514016986312e+01, -2.23307578892655734e-01, 2.96460137564761618e-03, 2.37847173959480950e-03, -2.96589568540237556e-05, 4.36624404335156298e-05),
            new Body(1.53796971148509165e+01, -2.59193146099879641e+01, 1.79258772950371181e-01, 2.68067772490389322e-03, 1.62824170038242295e-03, -9.51592254519715870e-05, 5.15138902046611451e-05)};
    }
    static double energy(Body[] b) {
        double e = 0;
        for (int i = 0; i < b.length; i++) {
            e += 0.5 * b[i].mass * (b[i].vx * b[i].vx + b[i].vy * b[i].vy + b[i].vz * b[i].vz);
            for (int j = i + 1; j < b.length; j++) {
                double dx = b[i].x - b[j].x, dy = b[i].y - b[j].y, dz = b[i].z - b[j].z;
                e -= b[i].mass * b[j].mass / Math.sqrt(dx * dx + dy * dy + dz * dz);
            }
        }
        return e;
    }
    static void advance(Body[] b, double dt) {
        for (int i = 0; i < b.length; i++) for (int j = i + 1; j < b.length; j++) {
            double dx = b[i].x - b[j].x, dy = b[i].y - b[j].y, dz = b[i].z - b[j].z;
            double d2 = dx * dx + dy * dy + dz * dz, mag = dt / (d2 * Math.sqrt(d2));
            b[i].vx -= dx * b[j].mass * mag; b[i].vy -= dy * b[j].mass * mag; b[i].vz -= dz * b[j].mass * mag;
            b[j].vx += dx * b[i].mass * mag; b[j].vy += dy * b[i].mass * mag; b[j].vz += dz * b[i].mass * mag;
        }
        for (Body x : b) { x.x += dt * x.vx; x.y += dt * x.vy; x.z += dt * x.vz; }
    }
    public static void main(String[] args) {
        Body[] b = bodies();
        double px = 0, py = 0, pz = 0;
        for (Body x : b) { px += x.vx * x.mass; py += x.vy * x.mass; pz += x.vz * x.mass; }
        b[0].vx = -px / SOLAR_MASS; b[0].vy = -py / SOLAR_MASS; b[0].vz = -pz / SOLAR_MASS;
        System.out.println(energy(b));
        for (int i = 0; i < 1000; i++) advance(b, 0.01);
        System.out.println(energy(b));
        System.out.println(1.0 / 3 + " " + 0.1f + " " + 1e-5 + " " + 123456789.0 + " " + (float) Math.PI + " " + Double.MIN_VALUE + " " + (0.0 / 0.0) + " " + Double.parseDouble("2.5e3"));
    }
}
