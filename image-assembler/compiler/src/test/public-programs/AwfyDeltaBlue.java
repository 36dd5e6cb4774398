// Source: Are We Fast Yet? benchmark suite (Marr et al.), "DeltaBlue", its Java version
// (https://github.com/smarr/are-we-fast-yet, benchmarks/Java/src at commit 50e34b1):
// DeltaBlue.java, Benchmark.java, deltablue/AbstractConstraint.java,
// deltablue/BinaryConstraint.java, deltablue/Direction.java, deltablue/EditConstraint.java,
// deltablue/EqualityConstraint.java, deltablue/Plan.java, deltablue/Planner.java,
// deltablue/ScaleConstraint.java, deltablue/StayConstraint.java, deltablue/Strength.java,
// deltablue/UnaryConstraint.java, deltablue/Variable.java, som/Constants.java,
// som/Dictionary.java, som/ForEachInterface.java, som/IdentityDictionary.java,
// som/NotImplemented.java, som/TestInterface.java, som/Vector.java. The files are joined as nested
// classes of one class, without their packages and imports; the code is otherwise the suite's.
// The license notices of the files follow.
/*
 * This benchmark is derived from Mario Wolczko's Java and Smalltalk version of
 * DeltaBlue.
 *
 * It is modified to use the SOM class library and Java 8 features.
 * License details:
 *   http://web.archive.org/web/20050825101121/http://www.sunlabs.com/people/mario/java_benchmarking/index.html
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

public class AwfyDeltaBlue {
  // The iterations and inner iterations may be given, as the suite's harness takes them
  // (Harness DeltaBlue ITERATIONS INNER); the suite's standard run uses 12000 inner iterations.
  public static void main(String[] args) {
    int iterations = args.length > 0 ? Integer.parseInt(args[0]) : 1;
    int innerIterations = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
    Benchmark bench = new DeltaBlue();
    boolean verified = true;
    for (int i = 0; i < iterations && verified; i++) {
      verified = bench.innerBenchmarkLoop(innerIterations);
    }
    System.out.println("DeltaBlue: iterations=" + iterations + " inner=" + innerIterations
        + (verified ? " (verified)" : " (WRONG)"));
  }

  // DeltaBlue.java
  public static class DeltaBlue extends Benchmark {

    @Override
    public boolean innerBenchmarkLoop(final int innerIterations) {
      Planner.chainTest(innerIterations);
      Planner.projectionTest(innerIterations);
      return true;
    }

    @Override
    public Object benchmark() {
      throw new UnsupportedOperationException("should never be reached");
    }

    @Override
    public boolean verifyResult(final Object result) {
      throw new UnsupportedOperationException("should never be reached");
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

  // deltablue/AbstractConstraint.java
  // ------------------------ constraints ------------------------------------

  // I am an abstract class representing a system-maintainable
  // relationship (or "constraint") between a set of variables. I supply
  // a strength instance variable; concrete subclasses provide a means
  // of storing the constrained variables and other information required
  // to represent a constraint.
  static abstract class AbstractConstraint {

    protected final Strength strength; // the strength of this constraint

    AbstractConstraint(final Strength.Sym strength) {
      this.strength = Strength.of(strength);
    }

    public Strength getStrength() {
      return strength;
    }

    // Normal constraints are not input constraints. An input constraint
    // is one that depends on external state, such as the mouse, the
    // keyboard, a clock, or some arbitrary piece of imperative code.
    public boolean isInput() {
      return false;
    }

    // Answer true if this constraint is satisfied in the current solution.
    public abstract boolean isSatisfied();

    // Activate this constraint and attempt to satisfy it.
    protected void addConstraint(final Planner planner) {
      addToGraph();
      planner.incrementalAdd(this);
    }

    // Add myself to the constraint graph.
    public abstract void addToGraph();

    // Deactivate this constraint, remove it from the constraint graph,
    // possibly causing other constraints to be satisfied, and destroy
    // it.
    public void destroyConstraint(final Planner planner) {
      if (isSatisfied()) {
        planner.incrementalRemove(this);
      }
      removeFromGraph();
    }

    // Remove myself from the constraint graph.
    public abstract void removeFromGraph();

    // Decide if I can be satisfied and record that decision. The output
    // of the chosen method must not have the given mark and must have
    // a walkabout strength less than that of this constraint.
    protected abstract Direction chooseMethod(int mark);

    // Enforce this constraint. Assume that it is satisfied.
    public abstract void execute();

    public abstract void inputsDo(ForEachInterface<Variable> fn);
    public abstract boolean inputsHasOne(TestInterface<Variable> fn);

    // Assume that I am satisfied. Answer true if all my current inputs
    // are known. A variable is known if either a) it is 'stay' (i.e. it
    // is a constant at plan execution time), b) it has the given mark
    // (indicating that it has been computed by a constraint appearing
    // earlier in the plan), or c) it is not determined by any
    // constraint.
    public boolean inputsKnown(final int mark) {
      return !inputsHasOne(v -> {
          return !(v.getMark() == mark || v.getStay() || v.getDeterminedBy() == null);
      });
    }

    // Record the fact that I am unsatisfied.
    public abstract void markUnsatisfied();

    // Answer my current output variable. Raise an error if I am not
    // currently satisfied.
    public abstract Variable getOutput();

    // Calculate the walkabout strength, the stay flag, and, if it is
    // 'stay', the value for the current output of this
    // constraint. Assume this constraint is satisfied.
    public abstract void recalculate();

    // Attempt to find a way to enforce this constraint. If successful,
    // record the solution, perhaps modifying the current dataflow
    // graph. Answer the constraint that this constraint overrides, if
    // there is one, or nil, if there isn't.
    // Assume: I am not already satisfied.
    //
    public AbstractConstraint satisfy(final int mark, final Planner planner) {
      AbstractConstraint overridden;

      chooseMethod(mark);

      if (isSatisfied()) {
        // constraint can be satisfied
        // mark inputs to allow cycle detection in addPropagate
        inputsDo(in -> in.setMark(mark));

        Variable out = getOutput();
        overridden = out.getDeterminedBy();
        if (overridden != null) {
          overridden.markUnsatisfied();
        }
        out.setDeterminedBy(this);
        if (!planner.addPropagate(this, mark)) {
          throw new RuntimeException("Cycle encountered");
        }
        out.setMark(mark);
      } else {
        overridden = null;
        if (strength.sameAs(Strength.required())) {
          throw new RuntimeException("Could not satisfy a required constraint");
        }
      }
      return overridden;
    }
  }

  // deltablue/BinaryConstraint.java
  // I am an abstract superclass for constraints having two possible
  // output variables.
  static abstract class BinaryConstraint extends AbstractConstraint {

    protected Variable v1;
    protected Variable v2;          // possible output variables
    protected Direction direction;  // one of the following...

    BinaryConstraint(final Variable var1, final Variable var2,
        final Strength.Sym strength, final Planner planner) {
      super(strength);
      v1 = var1;
      v2 = var2;
      direction = null;
    }

    // Answer true if this constraint is satisfied in the current solution.
    @Override
    public boolean isSatisfied() {
      return direction != null;
    }

    // Add myself to the constraint graph.
    @Override
    public void addToGraph() {
      v1.addConstraint(this);
      v2.addConstraint(this);
      direction = null;
    }

    // Remove myself from the constraint graph.
    @Override
    public void removeFromGraph() {
      if (v1 != null) {
        v1.removeConstraint(this);
      }
      if (v2 != null) {
        v2.removeConstraint(this);
      }
      direction = null;
    }

    // Decide if I can be satisfied and which way I should flow based on
    // the relative strength of the variables I relate, and record that
    // decision.
    //
    @Override
    protected Direction chooseMethod(final int mark) {
      if (v1.getMark() == mark) {
        if (v2.getMark() != mark && strength.stronger(v2.getWalkStrength())) {
          direction = Direction.FORWARD;
          return direction;
        } else {
          direction = null;
          return direction;
        }
      }

      if (v2.getMark() == mark) {
        if (v1.getMark() != mark && strength.stronger(v1.getWalkStrength())) {
          direction = Direction.BACKWARD;
          return direction;
        } else {
          direction = null;
          return direction;
        }
      }

      // If we get here, neither variable is marked, so we have a choice.
      if (v1.getWalkStrength().weaker(v2.getWalkStrength())) {
        if (strength.stronger(v1.getWalkStrength())) {
          direction = Direction.BACKWARD;
          return direction;
        } else {
          direction = null;
          return direction;
        }
      } else {
        if (strength.stronger(v2.getWalkStrength())) {
          direction = Direction.FORWARD;
          return direction;
        } else {
          direction = null;
          return direction;
        }
      }
    }

    @Override
    public void inputsDo(final ForEachInterface<Variable> fn) {
      if (direction == Direction.FORWARD) {
        fn.apply(v1);
      } else {
        fn.apply(v2);
      }
    }

    @Override
    public boolean inputsHasOne(final TestInterface<Variable> fn) {
      if (direction == Direction.FORWARD) {
        return fn.test(v1);
      } else {
        return fn.test(v2);
      }
    }

    // Record the fact that I am unsatisfied.
    @Override
    public void markUnsatisfied() {
      direction = null;
    }


    // Answer my current output variable.
    @Override
    public Variable getOutput() {
      return direction == Direction.FORWARD ? v2 : v1;
    }

    // Calculate the walkabout strength, the stay flag, and, if it is
    // 'stay', the value for the current output of this
    // constraint. Assume this constraint is satisfied.
    //
    @Override
    public void recalculate() {
      Variable in;
      Variable out;

      if (direction == Direction.FORWARD) {
        in = v1; out = v2;
      } else {
        in = v2; out = v1;
      }

      out.setWalkStrength(strength.weakest(in.getWalkStrength()));
      out.setStay(in.getStay());
      if (out.getStay()) {
        execute();
      }
    }
  }

  // deltablue/Direction.java
  public enum Direction {
    FORWARD, BACKWARD
  }

  // deltablue/EditConstraint.java
  // I am a unary input constraint used to mark a variable that the
  // client wishes to change.
  static final class EditConstraint extends UnaryConstraint {

    EditConstraint(final Variable v, final Strength.Sym strength, final Planner planner) {
      super(v, strength, planner);
    }

    // I indicate that a variable is to be changed by imperative code.
    @Override
    public boolean isInput() {
      return true;
    }

    @Override
    public void execute() { } // Edit constraints do nothing.
  }

  // deltablue/EqualityConstraint.java
  // I constrain two variables to have the same value: "v1 = v2".
  static final class EqualityConstraint extends BinaryConstraint {

    // Install a constraint with the given strength equating the given
    // variables.
    EqualityConstraint(final Variable var1, final Variable var2,
        final Strength.Sym strength, final Planner planner) {
      super(var1, var2, strength, planner);
      addConstraint(planner);
    }

    // Enforce this constraint. Assume that it is satisfied.
    @Override
    public void execute() {
      if (direction == Direction.FORWARD) {
        v2.setValue(v1.getValue());
      } else {
        v1.setValue(v2.getValue());
      }
    }
  }

  // deltablue/Plan.java
  // A Plan is an ordered list of constraints to be executed in sequence
  // to resatisfy all currently satisfiable constraints in the face of
  // one or more changing inputs.
  static final class Plan extends Vector<AbstractConstraint> {
    Plan() {
      super(15);
    }

    public void execute() {
      forEach(c -> c.execute());
    }
  }

  // deltablue/Planner.java
  public static final class Planner {
    private int currentMark;

    public Planner() {
      currentMark = 1;
    }

    // Attempt to satisfy the given constraint and, if successful,
    // incrementally update the dataflow graph. Details: If satifying
    // the constraint is successful, it may override a weaker constraint
    // on its output. The algorithm attempts to resatisfy that
    // constraint using some other method. This process is repeated
    // until either a) it reaches a variable that was not previously
    // determined by any constraint or b) it reaches a constraint that
    // is too weak to be satisfied using any of its methods. The
    // variables of constraints that have been processed are marked with
    // a unique mark value so that we know where we've been. This allows
    // the algorithm to avoid getting into an infinite loop even if the
    // constraint graph has an inadvertent cycle.
    //
    public void incrementalAdd(final AbstractConstraint c) {
      int mark = newMark();
      AbstractConstraint overridden = c.satisfy(mark, this);

      while (overridden != null) {
        overridden = overridden.satisfy(mark, this);
      }
    }

    // Entry point for retracting a constraint. Remove the given
    // constraint and incrementally update the dataflow graph.
    // Details: Retracting the given constraint may allow some currently
    // unsatisfiable downstream constraint to be satisfied. We therefore collect
    // a list of unsatisfied downstream constraints and attempt to
    // satisfy each one in turn. This list is traversed by constraint
    // strength, strongest first, as a heuristic for avoiding
    // unnecessarily adding and then overriding weak constraints.
    // Assume: c is satisfied.
    //
    public void incrementalRemove(final AbstractConstraint c) {
      Variable out = c.getOutput();
      c.markUnsatisfied();
      c.removeFromGraph();

      Vector<AbstractConstraint> unsatisfied = removePropagateFrom(out);
      unsatisfied.forEach(u -> incrementalAdd(u));
    }

    // Extract a plan for resatisfaction starting from the outputs of
    // the given constraints, usually a set of input constraints.
    //
    protected Plan extractPlanFromConstraints(final Vector<AbstractConstraint> constraints) {
      Vector<AbstractConstraint> sources = new Vector<>();

      constraints.forEach(c -> {
        if (c.isInput() && c.isSatisfied()) {
          sources.append(c);
        }});

      return makePlan(sources);
    }

    // Extract a plan for resatisfaction starting from the given source
    // constraints, usually a set of input constraints. This method
    // assumes that stay optimization is desired; the plan will contain
    // only constraints whose output variables are not stay. Constraints
    // that do no computation, such as stay and edit constraints, are
    // not included in the plan.
    // Details: The outputs of a constraint are marked when it is added
    // to the plan under construction. A constraint may be appended to
    // the plan when all its input variables are known. A variable is
    // known if either a) the variable is marked (indicating that has
    // been computed by a constraint appearing earlier in the plan), b)
    // the variable is 'stay' (i.e. it is a constant at plan execution
    // time), or c) the variable is not determined by any
    // constraint. The last provision is for past states of history
    // variables, which are not stay but which are also not computed by
    // any constraint.
    // Assume: sources are all satisfied.
    //
    protected Plan makePlan(final Vector<AbstractConstraint> sources) {
      int mark = newMark();
      Plan plan = new Plan();
      Vector<AbstractConstraint> todo = sources;

      while (!todo.isEmpty()) {
        AbstractConstraint c = todo.removeFirst();

        if (c.getOutput().getMark() != mark && c.inputsKnown(mark)) {
          // not in plan already and eligible for inclusion
          plan.append(c);
          c.getOutput().setMark(mark);
          addConstraintsConsumingTo(c.getOutput(), todo);
        }
      }
      return plan;
    }

    // The given variable has changed. Propagate new values downstream.
    public void propagateFrom(final Variable v) {
      Vector<AbstractConstraint> todo = new Vector<>();
      addConstraintsConsumingTo(v, todo);

      while (!todo.isEmpty()) {
        AbstractConstraint c = todo.removeFirst();
        c.execute();
        addConstraintsConsumingTo(c.getOutput(), todo);
      }
    }

    protected void addConstraintsConsumingTo(final Variable v, final Vector<AbstractConstraint> coll) {
      AbstractConstraint determiningC = v.getDeterminedBy();

      v.getConstraints().forEach(c -> {
        if (c != determiningC && c.isSatisfied()) {
          coll.append(c);
        }
      });
    }

    // Recompute the walkabout strengths and stay flags of all variables
    // downstream of the given constraint and recompute the actual
    // values of all variables whose stay flag is true. If a cycle is
    // detected, remove the given constraint and answer
    // false. Otherwise, answer true.
    // Details: Cycles are detected when a marked variable is
    // encountered downstream of the given constraint. The sender is
    // assumed to have marked the inputs of the given constraint with
    // the given mark. Thus, encountering a marked node downstream of
    // the output constraint means that there is a path from the
    // constraint's output to one of its inputs.
    //
    public boolean addPropagate(final AbstractConstraint c, final int mark) {
      Vector<AbstractConstraint> todo = Vector.with(c);

      while (!todo.isEmpty()) {
        AbstractConstraint d = todo.removeFirst();

        if (d.getOutput().getMark() == mark) {
          incrementalRemove(c);
          return false;
        }
        d.recalculate();
        addConstraintsConsumingTo(d.getOutput(), todo);
      }
      return true;
    }

    private void change(final Variable var, final int newValue) {
      EditConstraint editC = new EditConstraint(var, Strength.PREFERRED, this);

      Vector<AbstractConstraint> editV = Vector.with(editC);
      Plan plan = extractPlanFromConstraints(editV);
      for (int i = 0; i < 10; i++) {
        var.setValue(newValue);
        plan.execute();
      }
      editC.destroyConstraint(this);
    }

    private void constraintsConsuming(final Variable v,
        final ForEachInterface<AbstractConstraint> fn) {
      AbstractConstraint determiningC = v.getDeterminedBy();
      v.getConstraints().forEach(c -> {
        if (c != determiningC && c.isSatisfied()) {
          fn.apply(c);
        }
      });
    }

    // Select a previously unused mark value.
    private int newMark() {
      currentMark++;
      return currentMark;
    }

    // Update the walkabout strengths and stay flags of all variables
    // downstream of the given constraint. Answer a collection of
    // unsatisfied constraints sorted in order of decreasing strength.
    protected Vector<AbstractConstraint> removePropagateFrom(final Variable out) {
      Vector<AbstractConstraint> unsatisfied = new Vector<>();

      out.setDeterminedBy(null);
      out.setWalkStrength(Strength.absoluteWeakest());
      out.setStay(true);

      Vector<Variable> todo = Vector.with(out);

      while (!todo.isEmpty()) {
        Variable v = todo.removeFirst();

        v.getConstraints().forEach(c -> {
          if (!c.isSatisfied()) { unsatisfied.append(c); }});

        constraintsConsuming(v, c -> {
          c.recalculate();
          todo.append(c.getOutput());
        });
      }

      unsatisfied.sort((c1, c2) ->
        c1.getStrength().stronger(c2.getStrength()) ? -1 : 1);
      return unsatisfied;
    }

    // This is the standard DeltaBlue benchmark. A long chain of
    // equality constraints is constructed with a stay constraint on
    // one end. An edit constraint is then added to the opposite end
    // and the time is measured for adding and removing this
    // constraint, and extracting and executing a constraint
    // satisfaction plan. There are two cases. In case 1, the added
    // constraint is stronger than the stay constraint and values must
    // propagate down the entire length of the chain. In case 2, the
    // added constraint is weaker than the stay constraint so it cannot
    // be accomodated. The cost in this case is, of course, very
    // low. Typical situations lie somewhere between these two
    // extremes.
    //
    public static void chainTest(final int n) {
      Planner planner = new Planner();
      Variable[] vars = new Variable[n + 1];
      Arrays.setAll(vars, i -> new Variable());

      // Build chain of n equality constraints
      for (int i = 0; i < n; i++) {
        Variable v1 = vars[i];
        Variable v2 = vars[i + 1];
        new EqualityConstraint(v1, v2, Strength.REQUIRED, planner);
      }

      new StayConstraint(vars[n], Strength.STRONG_DEFAULT, planner);
      AbstractConstraint editC = new EditConstraint(vars[0], Strength.PREFERRED, planner);

      Vector<AbstractConstraint> editV = Vector.with(editC);
      Plan plan = planner.extractPlanFromConstraints(editV);
      for (int i = 0; i < 100; i++) {
        vars[0].setValue(i);
        plan.execute();
        if (vars[n].getValue() != i) {
          throw new RuntimeException("Chain test failed!");
        }
      }
      editC.destroyConstraint(planner);
    }

    // This test constructs a two sets of variables related to each
    // other by a simple linear transformation (scale and offset). The
    // time is measured to change a variable on either side of the
    // mapping and to change the scale and offset factors.
    //
    public static void projectionTest(final int n) {
      Planner planner = new Planner();

      Vector<Variable> dests = new Vector<>();

      Variable scale  = Variable.value(10);
      Variable offset = Variable.value(1000);

      Variable src = null;
      Variable dst = null;
      for (int i = 1; i <= n; i++) {
        src = Variable.value(i);
        dst = Variable.value(i);
        dests.append(dst);
        new StayConstraint(src, Strength.DEFAULT, planner);
        new ScaleConstraint(src, scale, offset, dst, Strength.REQUIRED, planner);
      }

      planner.change(src, 17);
      if (dst.getValue() != 1170) {
        throw new RuntimeException("Projection test 1 failed!");
      }

      planner.change(dst, 1050);
      if (src.getValue() != 5) {
        throw new RuntimeException("Projection test 2 failed!");
      }

      planner.change(scale, 5);
      for (int i = 0; i < n - 1; ++i) {
        if (dests.at(i).getValue() != (i + 1) * 5 + 1000) {
          throw new RuntimeException("Projection test 3 failed!");
        }
      }

      planner.change(offset, 2000);
      for (int i = 0; i < n - 1; ++i) {
        if (dests.at(i).getValue() != (i + 1) * 5 + 2000) {
          throw new RuntimeException("Projection test 4 failed!");
        }
      }
    }
  }

  // deltablue/ScaleConstraint.java
  // I relate two variables by the linear scaling relationship: "v2 =
  // (v1 * scale) + offset". Either v1 or v2 may be changed to maintain
  // this relationship but the scale factor and offset are considered
  // read-only.
  static final class ScaleConstraint extends BinaryConstraint {

    protected final Variable scale;  // scale factor input variable
    protected final Variable offset; // offset input variable

    ScaleConstraint(final Variable src, final Variable scale,
        final Variable offset, final Variable dest, final Strength.Sym strength,
        final Planner planner) {
      super(src, dest, strength, planner);
      this.scale = scale;
      this.offset = offset;
      addConstraint(planner);
    }

    // Add myself to the constraint graph.
    @Override
    public void addToGraph() {
      v1.addConstraint(this);
      v2.addConstraint(this);
      scale.addConstraint(this);
      offset.addConstraint(this);
      direction = null;
    }

    // Remove myself from the constraint graph.
    @Override
    public void removeFromGraph() {
      if (v1 != null) { v1.removeConstraint(this); }
      if (v2 != null) { v2.removeConstraint(this); }
      if (scale  != null) { scale.removeConstraint(this); }
      if (offset != null) { offset.removeConstraint(this); }
      direction = null;
    }

    // Enforce this constraint. Assume that it is satisfied.
    @Override
    public void execute() {
      if (direction == Direction.FORWARD) {
        v2.setValue(v1.getValue() * scale.getValue() + offset.getValue());
      } else {
        v1.setValue((v2.getValue() - offset.getValue()) / scale.getValue());
      }
    }

    @Override
    public void inputsDo(final ForEachInterface<Variable> fn) {
      if (direction == Direction.FORWARD) {
        fn.apply(v1);
        fn.apply(scale);
        fn.apply(offset);
      } else {
        fn.apply(v2);
        fn.apply(scale);
        fn.apply(offset);
      }
    }

    // Calculate the walkabout strength, the stay flag, and, if it is
    // 'stay', the value for the current output of this
    // constraint. Assume this constraint is satisfied.
    @Override
    public void recalculate() {
      Variable in;
      Variable out;

      if (direction == Direction.FORWARD) {
        in  = v1; out = v2;
      } else {
        out = v1; in  = v2;
      }

      out.setWalkStrength(strength.weakest(in.getWalkStrength()));
      out.setStay(in.getStay() && scale.getStay() && offset.getStay());
      if (out.getStay()) {
        execute(); // stay optimization
      }
    }
  }

  // deltablue/StayConstraint.java
  // I mark variables that should, with some level of preference, stay
  // the same. I have one method with zero inputs and one output, which
  // does nothing. Planners may exploit the fact that, if I am
  // satisfied, my output will not change during plan execution. This is
  // called "stay optimization".
  //
  static final class StayConstraint extends UnaryConstraint {

    // Install a stay constraint with the given strength on the given variable.
    StayConstraint(final Variable v, final Strength.Sym strength,
        final Planner planner) {
     super(v, strength, planner);
    }

    @Override
    public void execute() { } // Stay constraints do nothing.
  }

  // deltablue/Strength.java
  /*
   * Strengths are used to measure the relative importance of constraints. New
   * strengths may be inserted in the strength hierarchy without disrupting
   * current constraints. Strengths cannot be created outside this class, so
   * pointer comparison can be used for value comparison.
   */
  public static final class Strength {

    public static class Sym implements Dictionary.CustomHash {

      private final int hash;

      Sym(final int hash) {
        this.hash = hash;
      }

      @Override
      public int customHash() {
        return hash;
      }
    }

    public static final Sym ABSOLUTE_STRONGEST = new Sym(0);
    public static final Sym REQUIRED           = new Sym(1);
    public static final Sym STRONG_PREFERRED   = new Sym(2);
    public static final Sym PREFERRED          = new Sym(3);
    public static final Sym STRONG_DEFAULT     = new Sym(4);
    public static final Sym DEFAULT            = new Sym(5);
    public static final Sym WEAK_DEFAULT       = new Sym(6);
    public static final Sym ABSOLUTE_WEAKEST   = new Sym(7);

    private final int arithmeticValue;
    @SuppressWarnings("unused")
    private final Sym   symbolicValue;

    private Strength(final Sym symbolicValue) {
      this.symbolicValue = symbolicValue;
      this.arithmeticValue = strengthTable.at(symbolicValue);
    }

    public boolean sameAs(final Strength s) {
      return arithmeticValue == s.getArithmeticValue();
    }

    public boolean stronger(final Strength s) {
      return arithmeticValue < s.getArithmeticValue();
    }

    public boolean weaker(final Strength s) {
      return arithmeticValue > s.getArithmeticValue();
    }

    public Strength strongest(final Strength s) {
      return s.stronger(this) ? s : this;
    }

    public Strength weakest(final Strength s) {
      return s.weaker(this) ? s : this;
    }

    public int getArithmeticValue() {
      return arithmeticValue;
    }

    public static Strength of(final Sym strength) {
      return strengthConstant.at(strength);
    }

    private static IdentityDictionary<Sym, Integer> createStrengthTable() {
      IdentityDictionary<Sym, Integer> strengthTable = new IdentityDictionary<>();
      strengthTable.atPut(ABSOLUTE_STRONGEST, -10000);
      strengthTable.atPut(REQUIRED,           -800);
      strengthTable.atPut(STRONG_PREFERRED,   -600);
      strengthTable.atPut(PREFERRED,          -400);
      strengthTable.atPut(STRONG_DEFAULT,     -200);
      strengthTable.atPut(DEFAULT,             0);
      strengthTable.atPut(WEAK_DEFAULT,        500);
      strengthTable.atPut(ABSOLUTE_WEAKEST,    10000);
      return strengthTable;
    }

    private static IdentityDictionary<Sym, Strength> createStrengthConstants() {
      IdentityDictionary<Sym, Strength> strengthConstant = new IdentityDictionary<>();
      strengthTable.getKeys().forEach(key ->
        strengthConstant.atPut(key, new Strength(key))
      );
      return strengthConstant;
    }

    static {
      strengthTable     = createStrengthTable();
      strengthConstant  = createStrengthConstants();

      absoluteWeakest   = of(ABSOLUTE_WEAKEST);
      required          = of(REQUIRED);
    }


    public static Strength absoluteWeakest() {
      return absoluteWeakest;
    }

    public static Strength required() {
      return required;
    }

    private static final Strength absoluteWeakest;
    private static final Strength required;

    private static final IdentityDictionary<Sym, Integer>  strengthTable;
    private static final IdentityDictionary<Sym, Strength> strengthConstant;
  }

  // deltablue/UnaryConstraint.java
  // I am an abstract superclass for constraints having a single
  // possible output variable.
  static abstract class UnaryConstraint extends AbstractConstraint {

    protected final Variable output; // possible output variable
    protected boolean  satisfied; // true if I am currently satisfied

    UnaryConstraint(final Variable v, final Strength.Sym strength,
        final Planner planner) {
      super(strength);
      this.output = v;
      addConstraint(planner);
    }

    // Answer true if this constraint is satisfied in the current solution.
    @Override
    public boolean isSatisfied() {
      return satisfied;
    }

    // Add myself to the constraint graph.
    @Override
    public void addToGraph() {
      output.addConstraint(this);
      satisfied = false;
    }

    // Remove myself from the constraint graph.
    @Override
    public void removeFromGraph() {
      if (output != null) {
        output.removeConstraint(this);
      }
      satisfied = false;
    }

    // Decide if I can be satisfied and record that decision.
    @Override
    protected Direction chooseMethod(final int mark) {
      satisfied = output.getMark() != mark
          && strength.stronger(output.getWalkStrength());
      return null;
    }

    @Override
    public abstract void execute();

    @Override
    public void inputsDo(final ForEachInterface<Variable> fn) {
      // I have no input variables
    }

    @Override
    public boolean inputsHasOne(final TestInterface<Variable> fn) {
      return false;
    }

    // Record the fact that I am unsatisfied.
    @Override
    public void markUnsatisfied() {
      satisfied = false;
    }

    // Answer my current output variable.
    @Override
    public Variable getOutput() {
      return output;
    }

    // Calculate the walkabout strength, the stay flag, and, if it is
    // 'stay', the value for the current output of this
    // constraint. Assume this constraint is satisfied."
    @Override
    public void recalculate() {
      output.setWalkStrength(strength);
      output.setStay(!isInput());
      if (output.getStay()) {
        execute(); // stay optimization
      }
    }
  }

  // deltablue/Variable.java
  // ------------------------------ variables ------------------------------

  // I represent a constrained variable. In addition to my value, I
  // maintain the structure of the constraint graph, the current
  // dataflow graph, and various parameters of interest to the DeltaBlue
  // incremental constraint solver.
  static final class Variable {

    private int value;       // my value; changed by constraints
    private final Vector<AbstractConstraint> constraints; // normal constraints that reference me
    private AbstractConstraint determinedBy; // the constraint that currently determines
    // my value (or null if there isn't one)
    private int mark;        // used by the planner to mark constraints
    private Strength walkStrength; // my walkabout strength
    private boolean  stay;        // true if I am a planning-time constant

    public static Variable value(final int aValue) {
      Variable v = new Variable();
      v.setValue(aValue);
      return v;
    }

    Variable() {
      value = 0;
      constraints = new Vector<>(2);
      determinedBy = null;
      walkStrength = Strength.absoluteWeakest();
      stay = true;
      mark = 0;
    }

    // Add the given constraint to the set of all constraints that refer to me.
    public void addConstraint(final AbstractConstraint c) {
      constraints.append(c);
    }

    public Vector<AbstractConstraint> getConstraints() {
      return constraints;
    }

    public AbstractConstraint getDeterminedBy() {
      return determinedBy;
    }

    public void setDeterminedBy(final AbstractConstraint c) {
      determinedBy = c;
    }

    public int getMark() {
      return mark;
    }

    public void setMark(final int markValue) {
      mark = markValue;
    }

    // Remove all traces of c from this variable.
    public void removeConstraint(final AbstractConstraint c) {
      constraints.remove(c);
      if (determinedBy == c) {
        determinedBy = null;
      }
    }

    public boolean getStay() {
      return stay;
    }

    public void setStay(final boolean v) {
      stay = v;
    }

    public int getValue() {
      return value;
    }

    public void setValue(final int value) {
      this.value = value;
    }

    public Strength getWalkStrength() {
      return walkStrength;
    }

    public void setWalkStrength(final Strength strength) {
      walkStrength = strength;
    }
  }

  // som/Constants.java
  public static class Constants {
    public static final int INITIAL_SIZE = 10;
  }

  // som/Dictionary.java
  public static class Dictionary<K extends Dictionary.CustomHash, V> {

    public interface CustomHash {
      int customHash();
    }

    protected static final int INITIAL_CAPACITY = 16;

    private Entry<K, V>[] buckets;
    private int          size;

    static class Entry<K, V> {

      final int   hash;
      final K     key;
      V           value;
      Entry<K, V> next;

      Entry(final int hash, final K key, final V value, final Entry<K, V> next) {
        this.hash  = hash;
        this.key   = key;
        this.value = value;
        this.next  = next;
      }

      boolean match(final int hash, final K key) {
        return this.hash == hash && key.equals(this.key);
      }
    }

    @SuppressWarnings("unchecked")
    public Dictionary(final int size) {
      this.buckets = new Entry[size];
    }

    public Dictionary() {
      this(INITIAL_CAPACITY);
    }

    private static <K extends CustomHash> int hash(final K key) {
      if (key == null) {
        return 0;
      }
      int hash = key.customHash();
      return hash ^ hash >>> 16;
    }

    public int size() {
      return size;
    }

    public boolean isEmpty() {
      return size == 0;
    }

    private int getBucketIdx(final int hash) {
      return (buckets.length - 1) & hash;
    }

    private Entry<K, V> getBucket(final int hash) {
      return buckets[getBucketIdx(hash)];
    }

    public V at(final K key) {
      int hash = hash(key);
      Entry<K, V> e = getBucket(hash);

      while (e != null) {
        if (e.match(hash, key)) {
          return e.value;
        }
        e = e.next;
      }
      return null;
    }

    public boolean containsKey(final K key) {
      int hash = hash(key);
      Entry<K, V> e = getBucket(hash);

      while (e != null) {
        if (e.match(hash, key)) {
          return true;
        }
        e = e.next;
      }
      return false;
    }

    public void atPut(final K key, final V value) {
      int hash = hash(key);
      int i = getBucketIdx(hash);

      Entry<K, V> current = buckets[i];

      if (current == null) {
        buckets[i] = newEntry(key, value, hash);
        size += 1;
      } else {
        insertBucketEntry(key, value, hash, current);
      }

      if (size > buckets.length) {
        resize();
      }
    }

    protected Entry<K, V> newEntry(final K key, final V value, final int hash) {
      return new Entry<>(hash, key, value, null);
    }

    private void insertBucketEntry(final K key,
        final V value, final int hash, final Entry<K, V> head) {
      Entry<K, V> current = head;

      while (true) {
        if (current.match(hash, key)) {
          current.value = value;
          return;
        }
        if (current.next == null) {
          size += 1;
          current.next = newEntry(key, value, hash);
          return;
        }
        current = current.next;
      }
    }

    private void resize() {
      Entry<K, V>[] oldStorage = buckets;

      @SuppressWarnings("unchecked")
      Entry<K, V>[] newStorage = new Entry[oldStorage.length * 2];
      buckets = newStorage;
      transferEntries(oldStorage);
    }

    private void transferEntries(final Entry<K, V>[] oldStorage) {
      for (int i = 0; i < oldStorage.length; ++i) {
        Entry<K, V> current = oldStorage[i];
        if (current != null) {
          oldStorage[i] = null;

          if (current.next == null) {
            buckets[current.hash & (buckets.length - 1)] = current;
          } else {
            splitBucket(oldStorage, i, current);
          }
        }
      }
    }

    private void splitBucket(final Entry<K, V>[] oldStorage, final int i,
        final Entry<K, V> head) {
      Entry<K, V> loHead = null;
      Entry<K, V> loTail = null;
      Entry<K, V> hiHead = null;
      Entry<K, V> hiTail = null;
      Entry<K, V> current = head;

      while (current != null) {
        if ((current.hash & oldStorage.length) == 0) {
          if (loTail == null) {
            loHead = current;
          } else {
            loTail.next = current;
          }
          loTail = current;
        } else {
          if (hiTail == null) {
            hiHead = current;
          } else {
            hiTail.next = current;
          }
          hiTail = current;
        }
        current = current.next;
      }

      if (loTail != null) {
        loTail.next = null;
        buckets[i] = loHead;
      }
      if (hiTail != null) {
        hiTail.next = null;
        buckets[i + oldStorage.length] = hiHead;
      }
    }

    @SuppressWarnings("unchecked")
    public void removeAll() {
      buckets = new Entry[buckets.length];
      size = 0;
    }

    public Vector<K> getKeys() {
      Vector<K> keys = new Vector<>(size);
      for (int i = 0; i < buckets.length; ++i) {
        Entry<K, V> current = buckets[i];
        while (current != null) {
          keys.append(current.key);
          current = current.next;
        }
      }
      return keys;
    }

    public Vector<V> getValues() {
      Vector<V> values = new Vector<>(size);
      for (int i = 0; i < buckets.length; ++i) {
        Entry<K, V> current = buckets[i];
        while (current != null) {
          values.append(current.value);
          current = current.next;
        }
      }
      return values;
    }
  }

  // som/ForEachInterface.java
  @FunctionalInterface
  public interface ForEachInterface<E> {
    void apply(E elem);
  }

  // som/IdentityDictionary.java
  public static class IdentityDictionary<K extends Dictionary.CustomHash, V> extends Dictionary<K, V> {

    static class IdEntry<K, V> extends Entry<K, V> {
      IdEntry(final int hash, final K key, final V value, final Entry<K, V> next) {
        super(hash, key, value, next);
      }

      @Override
      boolean match(final int hash, final K key) {
        return this.hash == hash && this.key == key;
      }
    }

    public IdentityDictionary(final int size) {
      super(size);
    }

    public IdentityDictionary() {
      super(INITIAL_CAPACITY);
    }

    @Override
    protected Entry<K, V> newEntry(final K key, final V value, final int hash) {
      return new IdEntry<>(hash, key, value, null);
    }
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
        storage = new Object[Math.max(idx + 1, Constants.INITIAL_SIZE)];
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
        storage = new Object[Constants.INITIAL_SIZE];
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
