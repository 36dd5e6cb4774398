// Source: Are We Fast Yet? benchmark suite (Marr et al.), "Richards", its Java version
// (https://github.com/smarr/are-we-fast-yet, benchmarks/Java/src at commit 50e34b1):
// Richards.java, Benchmark.java, richards/DeviceTaskDataRecord.java,
// richards/HandlerTaskDataRecord.java, richards/IdleTaskDataRecord.java, richards/Packet.java,
// richards/ProcessFunction.java, richards/RBObject.java, richards/Scheduler.java,
// richards/TaskControlBlock.java, richards/TaskState.java, richards/WorkerTaskDataRecord.java. The
// files are joined as nested classes of one class, without their packages and imports; the code is
// otherwise the suite's.
// The license notices of the files follow.
/*
 * This benchmark is derived from Mario Wolczko's Java and Smalltalk version of
 * Richards.
 *
 * It is modified based on the SOM version and to use Java 8 features.
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

public class AwfyRichards {
  // The iterations and inner iterations may be given, as the suite's harness takes them
  // (Harness Richards ITERATIONS INNER); the suite's standard run uses 100 inner iterations.
  public static void main(String[] args) {
    int iterations = args.length > 0 ? Integer.parseInt(args[0]) : 1;
    int innerIterations = args.length > 1 ? Integer.parseInt(args[1]) : 10;
    Benchmark bench = new Richards();
    boolean verified = true;
    for (int i = 0; i < iterations && verified; i++) {
      verified = bench.innerBenchmarkLoop(innerIterations);
    }
    System.out.println("Richards: iterations=" + iterations + " inner=" + innerIterations
        + (verified ? " (verified)" : " (WRONG)"));
  }

  // Richards.java
  /*
   * This version is a port of the SOM Richards benchmark to Java.
   * It is kept as close to the SOM version as possible, for cross-language
   * benchmarking.
   */

  public static class Richards extends Benchmark {

    @Override
    public Object benchmark() {
      return (new Scheduler()).start();
    }

    @Override
    public boolean verifyResult(final Object result) {
      return (boolean) result;
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

  // richards/DeviceTaskDataRecord.java
  static final class DeviceTaskDataRecord extends RBObject {
    private Packet pending;

    DeviceTaskDataRecord() {
      pending = NO_WORK;
    }

    public Packet getPending() { return pending; }
    public void setPending(final Packet packet) { pending = packet; }
  }

  // richards/HandlerTaskDataRecord.java
  static final class HandlerTaskDataRecord extends RBObject {
    private Packet workIn;
    private Packet deviceIn;

    HandlerTaskDataRecord() {
      workIn = deviceIn = NO_WORK;
    }

    public Packet deviceIn() { return deviceIn; }
    public void deviceIn(final Packet aPacket) { deviceIn = aPacket; }

    public void deviceInAdd(final Packet packet) {
      deviceIn = append(packet, deviceIn);
    }

    public Packet workIn() { return workIn; }
    public void workIn(final Packet aWorkQueue) { workIn = aWorkQueue; }

    public void workInAdd(final Packet packet) {
      workIn = append(packet, workIn);
    }
  }

  // richards/IdleTaskDataRecord.java
  static final class IdleTaskDataRecord extends RBObject {
    private int control;
    private int count;

    public int getControl() { return control; }
    public void setControl(final int aNumber) {
      control = aNumber;
    }

    public int getCount() { return count; }
    public void setCount(final int aCount) { count = aCount; }

    IdleTaskDataRecord() {
      control = 1;
      count = 10000;
    }
  }

  // richards/Packet.java
  static final class Packet extends RBObject {
    public static final int DATA_SIZE = 4;

    Packet(final Packet link, final int identity, final int kind) {
      this.link     = link;
      this.identity = identity;
      this.kind     = kind;
      this.datum    = 0;
      this.data     = new int[DATA_SIZE];
    }

    private Packet      link;
    private int         identity;
    private final int   kind;
    private int         datum;
    private final int[] data;

    public int[] getData() { return data; }
    public int   getDatum() { return datum; }
    public void  setDatum(final int someData) { datum = someData; }

    public int  getIdentity() { return identity; }
    public void setIdentity(final int anIdentity) { identity = anIdentity; }

    public int getKind() { return kind; }
    public Packet getLink() { return link; }
    public void setLink(final Packet aLink) { link = aLink; }

    @Override
    public String toString() {
      return "Packet id: " + identity + " kind: " + kind;
    }
  }

  // richards/ProcessFunction.java
  @FunctionalInterface
  public interface ProcessFunction {
    TaskControlBlock apply(Packet work, RBObject word);
  }

  // richards/RBObject.java
  static abstract class RBObject {
    public Packet append(final Packet packet, final Packet queueHead) {
      packet.setLink(NO_WORK);
      if (NO_WORK == queueHead) {
        return packet;
      }

      Packet mouse = queueHead;
      Packet link;
      while (NO_WORK != (link = mouse.getLink())) {
        mouse = link;
      }
      mouse.setLink(packet);
      return queueHead;
    }

    public static final int IDLER     = 0;
    public static final int WORKER    = 1;
    public static final int HANDLER_A = 2;
    public static final int HANDLER_B = 3;
    public static final int DEVICE_A  = 4;
    public static final int DEVICE_B  = 5;
    public static final int NUM_TYPES = 6;

    public static final int DEVICE_PACKET_KIND = 0;
    public static final int WORK_PACKET_KIND   = 1;

    public static final Packet NO_WORK = null;
    public static final TaskControlBlock NO_TASK = null;
  }

  // richards/Scheduler.java
  public static class Scheduler extends RBObject {
    private TaskControlBlock taskList;
    private TaskControlBlock currentTask;
    private int currentTaskIdentity;
    private final TaskControlBlock[] taskTable;

    private int queuePacketCount;
    private int holdCount;

    private int layout;

    private static final boolean TRACING = false;

    public Scheduler() {
      // init tracing
      layout  = 0;

      // init scheduler
      queuePacketCount = 0;
      holdCount = 0;
      taskTable = new TaskControlBlock[NUM_TYPES];
      Arrays.fill(taskTable, NO_TASK);
      taskList = NO_TASK;
    }


    void createDevice(final int identity, final int priority,
        final Packet workPacket, final TaskState state) {
      DeviceTaskDataRecord data = new DeviceTaskDataRecord();

      createTask(identity, priority, workPacket, state,
         (final Packet workArg, final RBObject wordArg) -> {
           DeviceTaskDataRecord dataRecord = (DeviceTaskDataRecord) wordArg;
           Packet functionWork = workArg;
           if (NO_WORK == functionWork) {
             if (NO_WORK == (functionWork = dataRecord.getPending())) {
               return markWaiting();
             } else {
               dataRecord.setPending(NO_WORK);
               return queuePacket(functionWork);
             }
           } else {
             dataRecord.setPending(functionWork);
             if (TRACING) {
               trace(functionWork.getDatum());
             }
             return holdSelf();
           }},
        data);
    }

    void createHandler(final int identity, final int priority,
        final Packet workPaket, final TaskState state) {
      HandlerTaskDataRecord data = new HandlerTaskDataRecord();
      createTask(identity, priority, workPaket, state,
          (final Packet work, final RBObject word) -> {
            HandlerTaskDataRecord dataRecord = (HandlerTaskDataRecord) word;
            if (NO_WORK != work) {
              if (WORK_PACKET_KIND == work.getKind()) {
                dataRecord.workInAdd(work);
              } else {
                dataRecord.deviceInAdd(work);
              }
            }

            Packet workPacket;
            if (NO_WORK == (workPacket = dataRecord.workIn())) {
              return markWaiting();
            } else {
              int count = workPacket.getDatum();
              if (count >= Packet.DATA_SIZE) {
                dataRecord.workIn(workPacket.getLink());
                return queuePacket(workPacket);
              } else {
                Packet devicePacket;
                if (NO_WORK == (devicePacket = dataRecord.deviceIn())) {
                  return markWaiting();
                } else {
                  dataRecord.deviceIn(devicePacket.getLink());
                  devicePacket.setDatum(workPacket.getData()[count]);
                  workPacket.setDatum(count + 1);
                  return queuePacket(devicePacket);
                }
              }
            }
        }, data);
    }

    void createIdler(final int identity, final int priority, final Packet work,
        final TaskState state) {
          IdleTaskDataRecord data = new IdleTaskDataRecord();
          createTask(identity, priority, work, state,
              (final Packet workArg, final RBObject wordArg) -> {
                IdleTaskDataRecord dataRecord = (IdleTaskDataRecord) wordArg;
                dataRecord.setCount(dataRecord.getCount() - 1);
                if (0 == dataRecord.getCount()) {
                  return holdSelf();
                } else {
                  if (0 == (dataRecord.getControl() & 1)) {
                    dataRecord.setControl(dataRecord.getControl() / 2);
                    return release(DEVICE_A);
                  } else {
                    dataRecord.setControl((dataRecord.getControl() / 2) ^ 53256);
                    return release(DEVICE_B);
                  }
                }
              }, data);
    }

    Packet createPacket(final Packet link, final int identity, final int kind) {
      return new Packet(link, identity, kind);
    }

    void createTask(final int identity, final int priority,
        final Packet work, final TaskState state,
        final ProcessFunction aBlock, final RBObject data) {

      TaskControlBlock t = new TaskControlBlock(taskList, identity,
          priority, work, state, aBlock, data);
      taskList = t;
      taskTable[identity] = t;
    }

    void createWorker(final int identity, final int priority,
        final Packet workPaket, final TaskState state) {
      WorkerTaskDataRecord dataRecord = new WorkerTaskDataRecord();
      createTask(identity, priority, workPaket, state,

          (final Packet work, final RBObject word) -> {
            WorkerTaskDataRecord data = (WorkerTaskDataRecord) word;
            if (NO_WORK == work) {
              return markWaiting();
            } else {
              data.setDestination((HANDLER_A == data.getDestination()) ? HANDLER_B : HANDLER_A);
              work.setIdentity(data.getDestination());
              work.setDatum(0);
              for (int i = 0; i < Packet.DATA_SIZE; i++) {
                data.setCount(data.getCount() + 1);
                if (data.getCount() > 26) { data.setCount(1); }
                work.getData()[i] = 65 + data.getCount() - 1;
              }
              return queuePacket(work);
            }
          }, dataRecord);
    }

    public boolean start() {
      Packet workQ;

      createIdler(IDLER, 0, NO_WORK, TaskState.createRunning());
      workQ = createPacket(NO_WORK, WORKER, WORK_PACKET_KIND);
      workQ = createPacket(workQ,   WORKER, WORK_PACKET_KIND);

      createWorker(WORKER, 1000, workQ, TaskState.createWaitingWithPacket());
      workQ = createPacket(NO_WORK, DEVICE_A, DEVICE_PACKET_KIND);
      workQ = createPacket(workQ,   DEVICE_A, DEVICE_PACKET_KIND);
      workQ = createPacket(workQ,   DEVICE_A, DEVICE_PACKET_KIND);

      createHandler(HANDLER_A, 2000, workQ, TaskState.createWaitingWithPacket());
      workQ = createPacket(NO_WORK, DEVICE_B, DEVICE_PACKET_KIND);
      workQ = createPacket(workQ, DEVICE_B, DEVICE_PACKET_KIND);
      workQ = createPacket(workQ, DEVICE_B, DEVICE_PACKET_KIND);

      createHandler(HANDLER_B, 3000, workQ, TaskState.createWaitingWithPacket());
      createDevice(DEVICE_A, 4000, NO_WORK, TaskState.createWaiting());
      createDevice(DEVICE_B, 5000, NO_WORK, TaskState.createWaiting());

      schedule();

      return queuePacketCount == 23246 && holdCount == 9297;
    }

    TaskControlBlock findTask(final int identity) {
      TaskControlBlock t = taskTable[identity];
      if (NO_TASK == t) { throw new RuntimeException("findTask failed"); }
      return t;
    }

    TaskControlBlock holdSelf() {
      holdCount = holdCount + 1;
      currentTask.setTaskHolding(true);
      return currentTask.getLink();
    }

    TaskControlBlock queuePacket(final Packet packet) {
      TaskControlBlock t = findTask(packet.getIdentity());
      if (NO_TASK == t) { return NO_TASK; }

      queuePacketCount = queuePacketCount + 1;

      packet.setLink(NO_WORK);
      packet.setIdentity(currentTaskIdentity);
      return t.addInputAndCheckPriority(packet, currentTask);
    }

    TaskControlBlock release(final int identity) {
      TaskControlBlock t = findTask(identity);
      if (NO_TASK == t) { return NO_TASK; }
      t.setTaskHolding(false);
      if (t.getPriority() > currentTask.getPriority()) {
        return t;
      } else {
        return currentTask;
      }
    }

    void trace(final int id) {
      layout = layout - 1;
      if (0 >= layout) {
        // Checkstyle: stop
        System.out.println();
        // Checkstyle: resume
        layout = 50;
      }
      // Checkstyle: stop
      System.out.print(id);
      // Checkstyle: resume
    }

    TaskControlBlock markWaiting() {
      currentTask.setTaskWaiting(true);
      return currentTask;
    }

    void schedule() {
      currentTask = taskList;
      while (NO_TASK != currentTask) {
        if (currentTask.isTaskHoldingOrWaiting()) {
          currentTask = currentTask.getLink();
        } else {
          currentTaskIdentity = currentTask.getIdentity();
          if (TRACING) { trace(currentTaskIdentity); }
          currentTask = currentTask.runTask();
        }
      }
    }
  }

  // richards/TaskControlBlock.java
  static final class TaskControlBlock extends TaskState {
    private final TaskControlBlock link;
    private final int identity;
    private final int priority;
    private Packet input;
    private final ProcessFunction function;
    private final RBObject handle;

    TaskControlBlock(final TaskControlBlock aLink, final int anIdentity,
        final int aPriority, final Packet anInitialWorkQueue,
        final TaskState anInitialState, final ProcessFunction aBlock,
        final RBObject aPrivateData) {
      link = aLink;
      identity = anIdentity;
      priority = aPriority;
      input = anInitialWorkQueue;
      setPacketPending(anInitialState.isPacketPending());
      setTaskWaiting(anInitialState.isTaskWaiting());
      setTaskHolding(anInitialState.isTaskHolding());
      function = aBlock;
      handle = aPrivateData;
    }

    public int getIdentity() { return identity; }
    public TaskControlBlock getLink()  { return link; }
    public int getPriority() { return priority; }

    public TaskControlBlock addInputAndCheckPriority(final Packet packet,
        final TaskControlBlock oldTask) {
      if (NO_WORK == input) {
        input = packet;
        setPacketPending(true);
        if (priority > oldTask.getPriority()) { return this; }
      } else {
        input = append(packet, input);
      }
      return oldTask;
    }

    public TaskControlBlock runTask() {
      Packet message;
      if (isWaitingWithPacket()) {
        message = input;
        input = message.getLink();
        if (NO_WORK == input) {
          running();
        } else {
          packetPending();
        }
      } else {
        message = NO_WORK;
      }
      return function.apply(message, handle);
    }
  }

  // richards/TaskState.java
  static class TaskState extends RBObject {
    private boolean packetPending;
    private boolean taskWaiting;
    private boolean taskHolding;

    public boolean isPacketPending() { return packetPending; }
    public boolean isTaskHolding()   { return taskHolding;   }
    public boolean isTaskWaiting()   { return taskWaiting;   }

    public void setTaskHolding(final boolean b) { taskHolding = b; }
    public void setTaskWaiting(final boolean b) { taskWaiting = b; }
    public void setPacketPending(final boolean b) { packetPending = b; }

    public void packetPending() {
      packetPending = true;
      taskWaiting   = false;
      taskHolding   = false;
    }

    public void running() {
      packetPending = taskWaiting = taskHolding = false;
    }

    public void waiting() {
      packetPending = taskHolding = false;
      taskWaiting = true;
    }

    public void waitingWithPacket() {
      taskHolding = false;
      taskWaiting = packetPending = true;
    }

    public boolean isTaskHoldingOrWaiting() {
      return taskHolding || (!packetPending && taskWaiting);
    }

    public boolean isWaitingWithPacket() {
      return packetPending && taskWaiting && !taskHolding;
    }

    public static TaskState createRunning() {
      TaskState t = new TaskState();
      t.running();
      return t;
    }

    public static TaskState createWaiting() {
      TaskState t = new TaskState();
      t.waiting();
      return t;
    }

    public static TaskState createWaitingWithPacket() {
      TaskState t = new TaskState();
      t.waitingWithPacket();
      return t;
    }
  }

  // richards/WorkerTaskDataRecord.java
  static final class WorkerTaskDataRecord extends RBObject {
    private int destination;
    private int count;

    WorkerTaskDataRecord() {
      destination = HANDLER_A;
      count = 0;
    }

    public int getCount() { return count; }
    public void setCount(final int aCount) { count = aCount; }

    public int getDestination() { return destination; }
    public void setDestination(final int aHandler) { destination = aHandler; }
  }
}
