import java.util.function.IntSupplier;
import java.util.function.Supplier;

// Virtual and interface calls in loops, which the compiler binds to their implementation when the
// closed world has only one (and then inlines), next to calls it must keep dispatching: a second
// implementation that is a lambda, an anonymous class, a class created only through a constructor
// reference or inside a lambda, a subclass created on one path, enum constants with bodies, and
// default methods with and without overrides.
public class DevirtualisedCalls {
    interface Shape {
        double area();
    }

    static final class Square implements Shape {
        private final double side;
        // An array read gives the inlined area an instruction that may fault, so that its activation
        // has rows in the trace table that a test can find.
        private final double[] scale = {1.0};

        Square(double side) {
            this.side = side;
        }

        public double area() {
            return side * side * scale[0];
        }
    }

    interface Op {
        int apply(int x);
    }

    static final class Doubler implements Op {
        public int apply(int x) {
            return 2 * x;
        }
    }

    interface Sized {
        int size();
    }

    static final class Box implements Sized {
        public int size() {
            return 3;
        }
    }

    static final class Crate implements Sized {
        public int size() {
            return 40;
        }
    }

    abstract static class Animal {
        abstract String sound();

        String speak() {
            return "says " + sound();
        }
    }

    static class Dog extends Animal {
        String sound() {
            return "woof";
        }
    }

    static class Puppy extends Dog {
        @Override
        String sound() {
            return "yip";
        }
    }

    enum Planet {
        EARTH {
            double gravity() {
                return 9.8;
            }
        },
        MARS {
            double gravity() {
                return 3.7;
            }
        };

        abstract double gravity();
    }

    enum Single {
        ONLY {
            int code() {
                return 7;
            }
        };

        abstract int code();
    }

    interface Greeter {
        default String greet() {
            return "hello";
        }
    }

    static final class Plain implements Greeter {
    }

    static final class Loud implements Greeter {
        public String greet() {
            return "HELLO";
        }
    }

    static double total(Shape[] shapes) {
        double t = 0;
        for (Shape s : shapes) {
            t += s.area();
        }
        return t;
    }

    static int applyAll(Op op, int n) {
        int sum = 0;
        for (int i = 0; i < n; i++) {
            sum += op.apply(i);
        }
        return sum;
    }

    static int sizes(Sized[] all) {
        int sum = 0;
        for (Sized s : all) {
            sum += s.size();
        }
        return sum;
    }

    static int counter;

    public static void main(String[] args) {
        Shape[] squares = new Shape[10];
        for (int i = 0; i < squares.length; i++) {
            squares[i] = new Square(i + 0.5);
        }
        System.out.println("total area " + total(squares));

        IntSupplier ticks = () -> ++counter;
        int last = 0;
        for (int i = 0; i < 5; i++) {
            last = ticks.getAsInt();
        }
        System.out.println("ticks " + last);

        System.out.println("doubled " + applyAll(new Doubler(), 10));
        System.out.println("plus one " + applyAll(x -> x + 1, 10));
        System.out.println("squared " + applyAll(new Op() {
            public int apply(int x) {
                return x * x;
            }
        }, 10));
        Supplier<Op> maker = () -> new Op() {
            public int apply(int x) {
                return -x;
            }
        };
        System.out.println("negated " + applyAll(maker.get(), 10));

        Supplier<Sized> crates = Crate::new;
        Sized[] boxes = {new Box(), new Box(), crates.get(), new Box()};
        System.out.println("sizes " + sizes(boxes));

        Animal[] animals = {new Dog(), args.length == 0 ? new Puppy() : new Dog(), new Dog()};
        StringBuilder chorus = new StringBuilder();
        for (Animal a : animals) {
            chorus.append(a.speak()).append("; ");
        }
        System.out.println(chorus);

        double g = 0;
        for (Planet p : Planet.values()) {
            g += p.gravity();
        }
        System.out.println("gravity " + g);
        int code = 0;
        for (int i = 0; i < 3; i++) {
            code += Single.ONLY.code();
        }
        System.out.println("code " + code);

        Greeter[] greeters = {new Plain(), new Loud(), new Plain()};
        StringBuilder greetings = new StringBuilder();
        for (Greeter gr : greeters) {
            greetings.append(gr.greet()).append(' ');
        }
        System.out.println(greetings.toString().trim());
    }
}
