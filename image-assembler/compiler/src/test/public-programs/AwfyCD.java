// Source: Are We Fast Yet? benchmark suite (Marr et al.), "CD", its Java version
// (https://github.com/smarr/are-we-fast-yet, benchmarks/Java/src at commit 50e34b1): CD.java,
// Benchmark.java, cd/Aircraft.java, cd/CallSign.java, cd/Collision.java,
// cd/CollisionDetector.java, cd/Constants.java, cd/Motion.java, cd/RedBlackTree.java,
// cd/Simulator.java, cd/Vector2D.java, cd/Vector3D.java, som/Constants.java,
// som/ForEachInterface.java, som/NotImplemented.java, som/TestInterface.java, som/Vector.java. The
// files are joined as nested classes of one class, without their packages and imports; the code is
// otherwise the suite's.
// som/Constants.java's class is SomConstants here, apart from cd/Constants.java's.
// The license notices of the files follow.
/*
 * Copyright (c) 2001-2016 Stefan Marr
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

import java.util.Arrays;
import java.util.Comparator;

public class AwfyCD {
  // The iterations and inner iterations may be given, as the suite's harness takes them
  // (Harness CD ITERATIONS INNER); the suite's standard run uses 250 inner iterations.
  public static void main(String[] args) {
    int iterations = args.length > 0 ? Integer.parseInt(args[0]) : 1;
    int innerIterations = args.length > 1 ? Integer.parseInt(args[1]) : 10;
    Benchmark bench = new CD();
    boolean verified = true;
    for (int i = 0; i < iterations && verified; i++) {
      verified = bench.innerBenchmarkLoop(innerIterations);
    }
    System.out.println("CD: iterations=" + iterations + " inner=" + innerIterations
        + (verified ? " (verified)" : " (WRONG)"));
  }

  // CD.java
  public static final class CD extends Benchmark {

    private int benchmark(final int numAircrafts) {
      int numFrames = 200;

      Simulator simulator = new Simulator(numAircrafts);
      CollisionDetector detector = new CollisionDetector();

      int actualCollisions = 0;

      for (int i = 0; i < numFrames; i++) {
        double time = i / 10.0;
        Vector<Collision> collisions = detector.handleNewFrame(simulator.simulate(time));
        actualCollisions += collisions.size();
      }

      return actualCollisions;
    }

    @Override
    public boolean innerBenchmarkLoop(final int innerIterations) {
      return verifyResult(benchmark(innerIterations), innerIterations);
    }

    public boolean verifyResult(final int actualCollisions, final int numAircrafts) {
      if (numAircrafts == 1000) { return actualCollisions == 14484; }
      if (numAircrafts ==  500) { return actualCollisions == 14484; }
      if (numAircrafts ==  250) { return actualCollisions == 10830; }
      if (numAircrafts ==  200) { return actualCollisions ==  8655; }
      if (numAircrafts ==  100) { return actualCollisions ==  4305; }
      if (numAircrafts ==   10) { return actualCollisions ==   390; }
      if (numAircrafts ==    2) { return actualCollisions ==    42; }

      // Checkstyle: stop
      System.out.println("No verification result for " + numAircrafts + " found");
      System.out.println("Result is: " + actualCollisions);
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

  // cd/Aircraft.java
  public static class Aircraft {
    public final CallSign callsign;
    public final Vector3D position;

    public Aircraft(final CallSign callsign, final Vector3D position) {
      this.callsign = callsign;
      this.position = position;
    }
  }

  // cd/CallSign.java
  public static class CallSign implements Comparable<CallSign> {
    private final int value;

    public CallSign(final int value) {
      this.value = value;
    }

    @Override
    public int compareTo(final CallSign other) {
      return (value == other.value) ? 0 : ((value < other.value) ? -1 : 1);
    }
  }

  // cd/Collision.java
  public static final class Collision {
    public final CallSign aircraftA;
    public final CallSign aircraftB;
    public final Vector3D position;

    public Collision(final CallSign aircraftA, final CallSign aircraftB,
        final Vector3D position) {
      this.aircraftA = aircraftA;
      this.aircraftB = aircraftB;
      this.position = position;
    }
  }

  // cd/CollisionDetector.java
  public static final class CollisionDetector {
    private final RedBlackTree<CallSign, Vector3D> state;

    public CollisionDetector() {
      state = new RedBlackTree<>();
    }

    public Vector<Collision> handleNewFrame(final Vector<Aircraft> frame) {
      Vector<Motion> motions = new Vector<>();
      RedBlackTree<CallSign, Boolean> seen = new RedBlackTree<>();

      frame.forEach(aircraft -> {
        Vector3D oldPosition = state.put(aircraft.callsign, aircraft.position);
        Vector3D newPosition = aircraft.position;
        seen.put(aircraft.callsign, true);

        if (oldPosition == null) {
          // Treat newly introduced aircraft as if they were stationary.
          oldPosition = newPosition;
        }

        motions.append(new Motion(aircraft.callsign, oldPosition, newPosition));
      });

      // Remove aircraft that are no longer present.
      Vector<CallSign> toRemove = new Vector<>();
      state.forEach(e -> {
        if (!seen.get(e.key)) {
          toRemove.append(e.key);
        }
      });

      toRemove.forEach(e -> state.remove(e));

      Vector<Vector<Motion>> allReduced = reduceCollisionSet(motions);
      Vector<Collision> collisions = new Vector<>();
      allReduced.forEach(reduced -> {
        for (int i = 0; i < reduced.size(); ++i) {
          Motion motion1 = reduced.at(i);
          for (int j = i + 1; j < reduced.size(); ++j) {
            Motion motion2 = reduced.at(j);
            Vector3D collision = motion1.findIntersection(motion2);
            if (collision != null) {
              collisions.append(new Collision(motion1.callsign, motion2.callsign, collision));
            }
          }
        }
      });

      return collisions;
    }

    private static boolean isInVoxel(final Vector2D voxel, final Motion motion) {
      if (voxel.x > Constants.MAX_X ||
          voxel.x < Constants.MIN_X ||
          voxel.y > Constants.MAX_Y ||
          voxel.y < Constants.MIN_Y) {
        return false;
      }

      Vector3D init = motion.posOne;
      Vector3D fin  = motion.posTwo;

      double v_s = Constants.GOOD_VOXEL_SIZE;
      double r   = Constants.PROXIMITY_RADIUS / 2.0;

      double v_x = voxel.x;
      double x0 = init.x;
      double xv = fin.x - init.x;

      double v_y = voxel.y;
      double y0 = init.y;
      double yv = fin.y - init.y;

      double low_x = (v_x - r - x0) / xv;
      double high_x = (v_x + v_s + r - x0) / xv;

      if (xv < 0.0) {
        double tmp = low_x;
        low_x = high_x;
        high_x = tmp;
      }

      double low_y  = (v_y - r - y0) / yv;
      double high_y = (v_y + v_s + r - y0) / yv;

      if (yv < 0.0) {
        double tmp = low_y;
        low_y = high_y;
        high_y = tmp;
      }

      return (((xv == 0.0 && v_x <= x0 + r && x0 - r <= v_x + v_s) /* no motion in x */ ||
               (low_x <= 1.0 && 1.0 <= high_x) || (low_x <= 0.0 && 0.0 <= high_x) ||
                (0.0 <= low_x && high_x <= 1.0)) &&
              ((yv == 0.0 && v_y <= y0 + r && y0 - r <= v_y + v_s) /* no motion in y */ ||
               ((low_y <= 1.0 && 1.0 <= high_y) || (low_y <= 0.0 && 0.0 <= high_y) ||
                (0.0 <= low_y && high_y <= 1.0))) &&
              (xv == 0.0 || yv == 0.0 || /* no motion in x or y or both */
               (low_y <= high_x && high_x <= high_y) ||
               (low_y <= low_x && low_x <= high_y) ||
               (low_x <= low_y && high_y <= high_x)));
    }

    private static final Vector2D horizontal = new Vector2D(Constants.GOOD_VOXEL_SIZE, 0.0);
    private static final Vector2D vertical   = new Vector2D(0.0, Constants.GOOD_VOXEL_SIZE);

    private static void putIntoMap(
        final RedBlackTree<Vector2D, Vector<Motion>> voxelMap,
        final Vector2D voxel, final Motion motion) {
      Vector<Motion> array = voxelMap.get(voxel);
      if (array == null) {
        array = new Vector<>();
        voxelMap.put(voxel, array);
      }
      array.append(motion);
    }

    private static void recurse(
        final RedBlackTree<Vector2D, Vector<Motion>> voxelMap,
        final RedBlackTree<Vector2D, Boolean> seen,
        final Vector2D nextVoxel, final Motion motion) {
      if (!isInVoxel(nextVoxel, motion)) {
        return;
      }

      if (seen.put(nextVoxel, true) == Boolean.TRUE) {
        return;
      }

      putIntoMap(voxelMap, nextVoxel, motion);

      recurse(voxelMap, seen, nextVoxel.minus(horizontal), motion);
      recurse(voxelMap, seen, nextVoxel.plus(horizontal), motion);
      recurse(voxelMap, seen, nextVoxel.minus(vertical), motion);
      recurse(voxelMap, seen, nextVoxel.plus(vertical), motion);
      recurse(voxelMap, seen, nextVoxel.minus(horizontal).minus(vertical), motion);
      recurse(voxelMap, seen, nextVoxel.minus(horizontal).plus(vertical), motion);
      recurse(voxelMap, seen, nextVoxel.plus(horizontal).minus(vertical), motion);
      recurse(voxelMap, seen, nextVoxel.plus(horizontal).plus(vertical), motion);
    }

    private static Vector<Vector<Motion>> reduceCollisionSet(final Vector<Motion> motions) {
      RedBlackTree<Vector2D, Vector<Motion>> voxelMap = new RedBlackTree<>();
      motions.forEach(motion -> drawMotionOnVoxelMap(voxelMap, motion));

      Vector<Vector<Motion>> result = new Vector<>();
      voxelMap.forEach(e -> {
        if (e.value.size() > 1) {
          result.append(e.value);
        }
      });
      return result;
    }

    private static Vector2D voxelHash(final Vector3D position) {
      int xDiv = (int) (position.x / Constants.GOOD_VOXEL_SIZE);
      int yDiv = (int) (position.y / Constants.GOOD_VOXEL_SIZE);

      double x = Constants.GOOD_VOXEL_SIZE * xDiv;
      double y = Constants.GOOD_VOXEL_SIZE * yDiv;

      if (position.x < 0) {
        x -= Constants.GOOD_VOXEL_SIZE;
      }
      if (position.y < 0) {
        y -= Constants.GOOD_VOXEL_SIZE;
      }

      return new Vector2D(x, y);
    }

    private static void drawMotionOnVoxelMap(
        final RedBlackTree<Vector2D, Vector<Motion>> voxelMap, final Motion motion) {
      RedBlackTree<Vector2D, Boolean> seen = new RedBlackTree<>();
      recurse(voxelMap, seen, voxelHash(motion.posOne), motion);
    }
  }

  // cd/Constants.java
  public static final class Constants {
    public static final double MIN_X = 0.0;
    public static final double MIN_Y = 0.0;
    public static final double MAX_X = 1000.0;
    public static final double MAX_Y = 1000.0;
    public static final double MIN_Z = 0.0;
    public static final double MAX_Z = 10.0;
    public static final double PROXIMITY_RADIUS = 1.0;
    public static final double GOOD_VOXEL_SIZE  = PROXIMITY_RADIUS * 2.0;
  }

  // cd/Motion.java
  public static class Motion {
    public final CallSign callsign;
    public final Vector3D posOne;
    public final Vector3D posTwo;

    public Motion(final CallSign callsign, final Vector3D posOne,
        final Vector3D posTwo) {
      this.callsign = callsign;
      this.posOne = posOne;
      this.posTwo = posTwo;
    }

    private Vector3D delta() {
      return posTwo.minus(this.posOne);
    }

    public Vector3D findIntersection(final Motion other) {
      Vector3D init1 = this.posOne;
      Vector3D init2 = other.posOne;
      Vector3D vec1 = delta();
      Vector3D vec2 = other.delta();
      final double radius = Constants.PROXIMITY_RADIUS;

      // this test is not geometrical 3-d intersection test, it takes the fact that the aircraft move
      // into account ; so it is more like a 4d test
      // (it assumes that both of the aircraft have a constant speed over the tested interval)

      // we thus have two points, each of them moving on its line segment at constant speed ; we are looking
      // for times when the distance between these two points is smaller than r

      // vec1 is vector of aircraft 1
      // vec2 is vector of aircraft 2

      // a = (V2 - V1)^T * (V2 - V1)
      double a = vec2.minus(vec1).squaredMagnitude();

      if (a != 0.0) {
        // we are first looking for instances of time when the planes are exactly r from each other
        // at least one plane is moving ; if the planes are moving in parallel, they do not have constant speed

        // if the planes are moving in parallel, then
        //   if the faster starts behind the slower, we can have 2, 1, or 0 solutions
        //   if the faster plane starts in front of the slower, we can have 0 or 1 solutions

        // if the planes are not moving in parallel, then

        // point P1 = I1 + vV1
        // point P2 = I2 + vV2
        //   - looking for v, such that dist(P1,P2) = || P1 - P2 || = r

        // it follows that || P1 - P2 || = sqrt( < P1-P2, P1-P2 > )
        //   0 = -r^2 + < P1 - P2, P1 - P2 >
        //  from properties of dot product
        //   0 = -r^2 + <I1-I2,I1-I2> + v * 2<I1-I2, V1-V2> + v^2 *<V1-V2,V1-V2>
        //   so we calculate a, b, c - and solve the quadratic equation
        //   0 = c + bv + av^2

        // b = 2 * <I1-I2, V1-V2>
        double b = 2.0 * init1.minus(init2).dot(vec1.minus(vec2));

        // c = -r^2 + (I2 - I1)^T * (I2 - I1)
        double c = -radius * radius + init2.minus(init1).squaredMagnitude();

        double discr = b * b - 4.0 * a * c;
        if (discr < 0.0) {
          return null;
        }

        double v1 = (-b - Math.sqrt(discr)) / (2.0 * a);
        double v2 = (-b + Math.sqrt(discr)) / (2.0 * a);

        if (v1 <= v2 && ((v1  <= 1.0 && 1.0 <= v2) ||
                         (v1  <= 0.0 && 0.0 <= v2) ||
                         (0.0 <= v1  && v2  <= 1.0))) {
          // Pick a good "time" at which to report the collision.
          double v;
          if (v1 <= 0.0) {
            // The collision started before this frame. Report it at the start of the frame.
            v = 0.0;
          } else {
            // The collision started during this frame. Report it at that moment.
            v = v1;
          }

          Vector3D result1 = init1.plus(vec1.times(v));
          Vector3D result2 = init2.plus(vec2.times(v));

          Vector3D result = result1.plus(result2).times(0.5);
          if (result.x >= Constants.MIN_X &&
              result.x <= Constants.MAX_X &&
              result.y >= Constants.MIN_Y &&
              result.y <= Constants.MAX_Y &&
              result.z >= Constants.MIN_Z &&
              result.z <= Constants.MAX_Z) {
            return result;
          }
        }

        return null;
      }

      // the planes have the same speeds and are moving in parallel (or they are not moving at all)
      // they  thus have the same distance all the time ; we calculate it from the initial point

      // dist = || i2 - i1 || = sqrt(  ( i2 - i1 )^T * ( i2 - i1 ) )
      double dist = init2.minus(init1).magnitude();
      if (dist <= radius) {
        return init1.plus(init2).times(0.5);
      }

      return null;
    }
  }

  // cd/RedBlackTree.java
  public static final class RedBlackTree<K extends Comparable<K>, V> {

    Node<K, V> root;

    public RedBlackTree() {
      root = null;
    }

    private enum Color {
      RED, BLACK
    }

    private static <K, V> Node<K, V> treeMinimum(final Node<K, V> x) {
      Node<K, V> current = x;
      while (current.left != null) {
        current = current.left;
      }
      return current;
    }

    private static final class Node<K, V> {

      private final K    key;
      private V value;
      private Node<K, V> left;
      private Node<K, V> right;
      private Node<K, V> parent;
      private Color      color;

      Node(final K key, final V value) {
        this.key = key;
        this.value = value;
        this.left = null;
        this.right = null;
        this.parent = null;
        this.color = Color.RED;
      }

      private Node<K, V> successor() {
        Node<K, V> x = this;
        if (x.right != null) {
          return treeMinimum(x.right);
        }
        Node<K, V> y = x.parent;
        while (y != null && x == y.right) {
          x = y;
          y = y.parent;
        }
        return y;
      }
    }

    public V put(final K key, final V value) {
      InsertResult<K, V> insertionResult = treeInsert(key, value);
      if (!insertionResult.isNewEntry) {
        return insertionResult.oldValue;
      }
      Node<K, V> x = insertionResult.newNode;

      while (x != root && x.parent.color == Color.RED) {
        if (x.parent == x.parent.parent.left) {
          Node<K, V> y = x.parent.parent.right;
          if (y != null && y.color == Color.RED) {
            // Case 1
            x.parent.color = Color.BLACK;
            y.color = Color.BLACK;
            x.parent.parent.color = Color.RED;
            x = x.parent.parent;
          } else {
            if (x == x.parent.right) {
              // Case 2
              x = x.parent;
              leftRotate(x);
            }
            // Case 3
            x.parent.color = Color.BLACK;
            x.parent.parent.color = Color.RED;
            rightRotate(x.parent.parent);
          }
        } else {
          // Same as "then" clause with "right" and "left" exchanged.
          Node<K, V> y = x.parent.parent.left;
          if (y != null && y.color == Color.RED) {
            // Case 1
            x.parent.color = Color.BLACK;
            y.color = Color.BLACK;
            x.parent.parent.color = Color.RED;
            x = x.parent.parent;
          } else {
            if (x == x.parent.left) {
              // Case 2
              x = x.parent;
              rightRotate(x);
            }
            // Case 3
            x.parent.color = Color.BLACK;
            x.parent.parent.color = Color.RED;
            leftRotate(x.parent.parent);
          }
        }
      }

      root.color = Color.BLACK;
      return null;
    }

    public V remove(final K key) {
      Node<K, V> z = findNode(key);
      if (z == null) {
        return null;
      }

      // Y is the node to be unlinked from the tree.
      Node<K, V> y;
      if (z.left == null || z.right == null) {
        y = z;
      } else {
        y = z.successor();
      }

      // Y is guaranteed to be non-null at this point.
      Node<K, V> x;
      if (y.left != null) {
        x = y.left;
      } else {
        x = y.right;
      }

      // X is the child of y which might potentially replace y in the tree. X might be null at
      // this point.
      Node<K, V> xParent;
      if (x != null) {
        x.parent = y.parent;
        xParent = x.parent;
      } else {
        xParent = y.parent;
      }
      if (y.parent == null) {
        root = x;
      } else {
        if (y == y.parent.left) {
          y.parent.left = x;
        } else {
          y.parent.right = x;
        }
      }

      if (y != z) {
        if (y.color == Color.BLACK) {
          removeFixup(x, xParent);
        }

        y.parent = z.parent;
        y.color = z.color;
        y.left = z.left;
        y.right = z.right;

        if (z.left != null) {
          z.left.parent = y;
        }
        if (z.right != null) {
          z.right.parent = y;
        }
        if (z.parent != null) {
          if (z.parent.left == z) {
            z.parent.left = y;
          } else {
            z.parent.right = y;
          }
        } else {
          root = y;
        }
      } else if (y.color == Color.BLACK) {
        removeFixup(x, xParent);
      }

      return z.value;
    }

    public V get(final K key) {
      Node<K, V> node = findNode(key);
      if (node == null) {
        return null;
      }
      return node.value;
    }

    public static final class Entry<K, V> {
      public final K key;
      public final V value;
      public Entry(final K key, final V value) {
        this.key = key;
        this.value = value;
      }
    }

    public void forEach(final ForEachInterface<Entry<K, V>> fn) {
      if (root == null) {
        return;
      }
      Node<K, V> current = treeMinimum(root);
      while (current != null) {
        fn.apply(new Entry<>(current.key, current.value));
        current = current.successor();
      }
    }

    private Node<K, V> findNode(final K key) {
      Node<K, V> current = root;
      while (current != null) {
        int comparisonResult = key.compareTo(current.key);
        if (comparisonResult == 0) {
          return current;
        }
        if (comparisonResult < 0) {
          current = current.left;
        } else {
          current = current.right;
        }
      }
      return null;
    }

    private static final class InsertResult<K, V> {
      public final boolean isNewEntry;
      public final Node<K, V> newNode;
      public final V oldValue;

      InsertResult(final boolean isNewEntry, final Node<K, V> newNode, final V oldValue) {
        this.isNewEntry = isNewEntry;
        this.newNode = newNode;
        this.oldValue = oldValue;
      }
    }

    private InsertResult<K, V> treeInsert(final K key, final V value) {
      Node<K, V> y = null;
      Node<K, V> x = root;

      while (x != null) {
        y = x;
        int comparisonResult = key.compareTo(x.key);
        if (comparisonResult < 0) {
          x = x.left;
        } else if (comparisonResult > 0) {
          x = x.right;
        } else {
          V oldValue = x.value;
          x.value = value;
          return new InsertResult<>(false, null, oldValue);
        }
      }

      Node<K, V> z = new Node<>(key, value);
      z.parent = y;
      if (y == null) {
        root = z;
      } else {
        if (key.compareTo(y.key) < 0) {
          y.left = z;
        } else {
          y.right = z;
        }
      }
      return new InsertResult<>(true, z, null);
    };

    private Node<K, V> leftRotate(final Node<K, V> x) {
      Node<K, V> y = x.right;

      // Turn y's left subtree into x's right subtree.
      x.right = y.left;
      if (y.left != null) {
        y.left.parent = x;
      }

      // Link x's parent to y.
      y.parent = x.parent;
      if (x.parent == null) {
        root = y;
      } else {
        if (x == x.parent.left) {
          x.parent.left = y;
        } else {
          x.parent.right = y;
        }
      }

      // Put x on y's left.
      y.left = x;
      x.parent = y;

      return y;
    }

    private Node<K, V> rightRotate(final Node<K, V> y) {
      Node<K, V> x = y.left;

      // Turn x's right subtree into y's left subtree.
      y.left = x.right;
      if (x.right != null) {
        x.right.parent = y;
      }

      // Link y's parent to x;
      x.parent = y.parent;
      if (y.parent == null) {
        root = x;
      } else {
        if (y == y.parent.left) {
          y.parent.left = x;
        } else {
          y.parent.right = x;
        }
      }

      x.right = y;
      y.parent = x;

      return x;
    }

    private void removeFixup(Node<K, V> x, Node<K, V> xParent) {
      while (x != root && (x == null || x.color == Color.BLACK)) {
        if (x == xParent.left) {
          // Note: the text points out that w cannot be null. The reason is not obvious from
          // simply looking at the code; it comes about from the properties of the red-black
          // tree.
          Node<K, V> w = xParent.right;
          if (w.color == Color.RED) {
            // Case 1
            w.color = Color.BLACK;
            xParent.color = Color.RED;
            leftRotate(xParent);
            w = xParent.right;
          }
          if ((w.left == null || w.left.color == Color.BLACK)
              && (w.right == null || w.right.color == Color.BLACK)) {
            // Case 2
            w.color = Color.RED;
            x = xParent;
            xParent = x.parent;
          } else {
            if (w.right == null || w.right.color == Color.BLACK) {
              // Case 3
              w.left.color = Color.BLACK;
              w.color = Color.RED;
              rightRotate(w);
              w = xParent.right;
            }
            // Case 4
            w.color = xParent.color;
            xParent.color = Color.BLACK;
            if (w.right != null) {
              w.right.color = Color.BLACK;
            }
            leftRotate(xParent);
            x = root;
            xParent = x.parent;
          }
        } else {
          // Same as "then" clause with "right" and "left" exchanged.
          Node<K, V> w = xParent.left;
          if (w.color == Color.RED) {
            // Case 1
            w.color = Color.BLACK;
            xParent.color = Color.RED;
            rightRotate(xParent);
            w = xParent.left;
          }
          if ((w.right == null || w.right.color == Color.BLACK)
              && (w.left == null || w.left.color == Color.BLACK)) {
            // Case 2
            w.color = Color.RED;
            x = xParent;
            xParent = x.parent;
          } else {
            if (w.left == null || w.left.color == Color.BLACK) {
              // Case 3
              w.right.color = Color.BLACK;
              w.color = Color.RED;
              leftRotate(w);
              w = xParent.left;
            }
            // Case 4
            w.color = xParent.color;
            xParent.color = Color.BLACK;
            if (w.left != null) {
              w.left.color = Color.BLACK;
            }
            rightRotate(xParent);
            x = root;
            xParent = x.parent;
          }
        }
      }
      if (x != null) {
        x.color = Color.BLACK;
      }
    }
  }

  // cd/Simulator.java
  public static final class Simulator {
    private final Vector<CallSign> aircraft;

    public Simulator(final int numAircraft) {
      aircraft = new Vector<>();
      for (int i = 0; i < numAircraft; i++) {
        aircraft.append(new CallSign(i));
      }
    }

    public Vector<Aircraft> simulate(final double time) {
      Vector<Aircraft> frame = new Vector<>();
      for (int i = 0; i < aircraft.size(); i += 2) {
        frame.append(new Aircraft(aircraft.at(i),
            new Vector3D(time, Math.cos(time) * 2 + i * 3, 10)));
        frame.append(new Aircraft(aircraft.at(i + 1),
            new Vector3D(time, Math.sin(time) * 2 + i * 3, 10)));
      }
      return frame;
    }
  }

  // cd/Vector2D.java
  public static final class Vector2D implements Comparable<Vector2D> {
    public final double x;
    public final double y;

    public Vector2D(final double x, final double y) {
      this.x = x;
      this.y = y;
    }

    public Vector2D plus(final Vector2D other) {
      return new Vector2D(x + other.x,
                          y + other.y);
    }

    public Vector2D minus(final Vector2D other) {
      return new Vector2D(x - other.x,
                          y - other.y);
    }

    @Override
    public int compareTo(final Vector2D other) {
      int result = compareNumbers(this.x, other.x);
      if (result != 0) {
        return result;
      }
      return compareNumbers(this.y, other.y);
    }

    private static int compareNumbers(final double a, final double b) {
      if (a == b) {
        return 0;
      }
      if (a < b) {
        return -1;
      }
      if (a > b) {
        return 1;
      }

      // We say that NaN is smaller than non-NaN.
      if (a == a) {
        return 1;
      }
      return -1;
    }
  }

  // cd/Vector3D.java
  public static final class Vector3D {
    public final double x;
    public final double y;
    public final double z;

    public Vector3D(final double x, final double y, final double z) {
      this.x = x;
      this.y = y;
      this.z = z;
    }

    public Vector3D plus(final Vector3D other) {
      return new Vector3D(x + other.x,
                          y + other.y,
                          z + other.z);
    }

    public Vector3D minus(final Vector3D other) {
      return new Vector3D(x - other.x,
                          y - other.y,
                          z - other.z);
    }

    public double dot(final Vector3D other) {
      return x * other.x + y * other.y + z * other.z;
    }

    public double squaredMagnitude() {
      return this.dot(this);
    }

    public double magnitude() {
      return Math.sqrt(squaredMagnitude());
    }

    public Vector3D times(final double amount) {
      return new Vector3D(x * amount,
                          y * amount,
                          z * amount);
    }
  }

  // som/Constants.java
  public static class SomConstants {
    public static final int INITIAL_SIZE = 10;
  }

  // som/ForEachInterface.java
  @FunctionalInterface
  public interface ForEachInterface<E> {
    void apply(E elem);
  }

  // som/NotImplemented.java
  /**
   * This exception is used for parts of the SOM library that are not implemented,
   * because they have not been needed yet.
   */
  public static final class NotImplemented extends RuntimeException {
    private static final long serialVersionUID = -4531673456975370703L;
  }

  // som/TestInterface.java
  @FunctionalInterface
  public interface TestInterface<E> {
    boolean test(E elem);
  }

  // som/Vector.java
  /**
   * Porting notes:
   *  - does not use an explicit array bounds check, because Java already does
   *    that. Don't see a point in doing it twice.
   */
  public static class Vector<E> {
    private Object[] storage;
    private int firstIdx;
    private int lastIdx;

    public static <E> Vector<E> with(final E elem) {
      Vector<E> v = new Vector<E>(1);
      v.append(elem);
      return v;
    }

    public Vector(final int size) {
      storage = size == 0 ? null : new Object[size];
    }

    public Vector() { }

    @SuppressWarnings("unchecked")
    public E at(final int idx) {
      if (storage == null || idx >= storage.length) {
        return null;
      }
      return (E) storage[idx];
    }

    public void atPut(final int idx, final E val) {
      if (storage == null) {
        storage = new Object[Math.max(idx + 1, SomConstants.INITIAL_SIZE)];
      } else if (idx >= storage.length) {
        int newLength = storage.length;
        while (newLength <= idx) {
          newLength *= 2;
        }
        storage = Arrays.copyOf(storage, newLength);
      }
      storage[idx] = val;
      if (lastIdx < idx + 1) {
        lastIdx = idx + 1;
      }
    }

    public void append(final E elem) {
      if (storage == null) {
        storage = new Object[SomConstants.INITIAL_SIZE];
      } else if (lastIdx >= storage.length) {
        // Need to expand capacity first
        storage = Arrays.copyOf(storage, 2 * storage.length);
      }

      storage[lastIdx] = elem;
      lastIdx++;
    }

    public boolean isEmpty() {
      return lastIdx == firstIdx;
    }

    @SuppressWarnings("unchecked")
    public void forEach(final ForEachInterface<E> fn) {
      for (int i = firstIdx; i < lastIdx; i++) {
        fn.apply((E) storage[i]);
      }
    }

    @SuppressWarnings("unchecked")
    public boolean hasSome(final TestInterface<E> fn) {
      for (int i = firstIdx; i < lastIdx; i++) {
        if (fn.test((E) storage[i])) {
          return true;
        }
      }
      return false;
    }

    @SuppressWarnings("unchecked")
    public E getOne(final TestInterface<E> fn) {
      for (int i = firstIdx; i < lastIdx; i++) {
        E e = (E) storage[i];
        if (fn.test(e)) {
          return e;
        }
      }
      return null;
    }

    @SuppressWarnings("unchecked")
    public E first() {
      if (isEmpty()) {
        return null;
      }
      return (E) storage[firstIdx];
    }

    @SuppressWarnings("unchecked")
    public E removeFirst() {
      if (isEmpty()) {
        return null;
      }
      firstIdx++;
      return (E) storage[firstIdx - 1];
    }

    public boolean remove(final E obj) {
      if (storage == null || isEmpty()) {
        return false;
      }

      Object[] newArray = new Object[capacity()];
      int[] newLast     = new int[] {0};
      boolean[] found   = new boolean[] {false};

      forEach(it -> {
        if (it == obj) {
          found[0] = true;
        } else {
          newArray[newLast[0]] = it;
          newLast[0]++;
      }});

      storage  = newArray;
      lastIdx  = newLast[0];
      firstIdx = 0;
      return found[0];
    }

    public void removeAll() {
      firstIdx = 0;
      lastIdx = 0;
      if (storage != null) {
        storage = new Object[storage.length];
      }
    }

    public int size() {
      return lastIdx - firstIdx;
    }

    public int capacity() {
      return storage == null ? 0 : storage.length;
    }

    public void sort(final Comparator<E> c) {
      if (size() > 0) {
        sort(firstIdx, lastIdx - 1, c);
      }
    }

    @SuppressWarnings("unchecked")
    private void sort(final int i, final int j, final Comparator<E> c) {
      if (c == null) {
        defaultSort(i, j);
      }

      int n = j + 1 - i;
      if (n <= 1) {
        return;
      }

      E di = (E) storage[i];
      E dj = (E) storage[j];

      if (c.compare(di, dj) > 0) {
        swap(storage, i, j);
        E tt = di;
        di = dj;
        dj = tt;
      }

      if (n > 2) {
        int ij = (i + j) / 2;
        E dij = (E) storage[ij];

        if (c.compare(di, dij) <= 0) {
          if (c.compare(dij, dj) > 0) {
            swap(storage, j, ij);
            dij = dj;
          }
        } else {
          swap(storage, i, ij);
          dij = di;
        }

        if (n > 3) {
          int k = i;
          int l = j - 1;

          while (true) {
            while (k <= l && c.compare(dij, (E) storage[l]) <= 0) {
              l -= 1;
            }

            k += 1;
            while (k <= l && c.compare((E) storage[k], dij) <= 0) {
              k += 1;
            }

            if (k > l) {
              break;
            }
            swap(storage, k, l);
          }

          sort(i, l, c);
          sort(k, j, c);
        }
      }
    }

    private static void swap(final Object[] storage2, final int i, final int j) {
      throw new NotImplemented();
    }

    private void defaultSort(final int i, final int j) {
      throw new NotImplemented();
    }
  }
}
