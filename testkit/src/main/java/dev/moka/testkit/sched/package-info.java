/**
 * A contract kit for {@link dev.moka.kernel.api.sched.Scheduler} policies, shipped in
 * {@code moka-kernel-api}'s test jar so that a policy in any project can be held to the same rules.
 *
 * <p>To use it, depend on the test jar and on jqwik (the kit's properties are jqwik properties; the
 * test jar brings no dependencies of its own):
 *
 * <pre>{@code
 * <dependency>
 *   <groupId>dev.moka</groupId><artifactId>moka-kernel-api</artifactId>
 *   <version>0.1.0-SNAPSHOT</version><type>test-jar</type><scope>test</scope>
 * </dependency>
 * <dependency>
 *   <groupId>net.jqwik</groupId><artifactId>jqwik</artifactId><version>1.9.3</version><scope>test</scope>
 * </dependency>
 * }</pre>
 *
 * then extend {@link dev.moka.testkit.sched.SchedulerContract}:
 *
 * <pre>{@code
 * class LotterySchedulerTest extends SchedulerContract {
 *     protected Scheduler newScheduler() { return new LotteryScheduler(); }
 *     protected int starvationBound(int runnableCount) { return 4 * runnableCount; }
 * }
 * }</pre>
 *
 * <p>What is checked: the kit's {@link dev.moka.testkit.sched.SchedulerModel} plays the
 * kernel (it never enqueues a runnable task nor dequeues one that is not, so a policy meets only legal
 * calls) and, after every step of a random chain, asserts that a picked task is runnable, that
 * blocked and exited tasks are never picked, that an empty set picks null, that something runs while
 * anything is runnable and that no runnable task has waited more turns than the policy's declared
 * bound. Together these say each runnable task is in the run set exactly once: a task left out
 * starves, a task left in after it blocked gets picked. Hooks add the policy's own ordering rule and,
 * for weighted policies, the share each task is owed.
 */
package dev.moka.testkit.sched;
