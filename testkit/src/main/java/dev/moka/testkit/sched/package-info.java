/**
 * A contract kit for {@link dev.moka.kernel.api.sched.Scheduler} policies, shipped in
 * {@code moka-testkit} so that a policy in any project can be held to the same rules.
 *
 * <p>To use it, import {@code moka-bom} (which pins JUnit and jqwik to versions that agree) and depend
 * on the kit; it brings JUnit 5 and jqwik with it:
 *
 * <pre>{@code
 * <dependencyManagement><dependencies>
 *   <dependency>
 *     <groupId>dev.moka</groupId><artifactId>moka-bom</artifactId><version>0.1.0-SNAPSHOT</version>
 *     <type>pom</type><scope>import</scope>
 *   </dependency>
 * </dependencies></dependencyManagement>
 * <dependencies>
 *   <dependency><groupId>dev.moka</groupId><artifactId>moka-testkit</artifactId><scope>test</scope></dependency>
 * </dependencies>
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
 * for weighted policies, the share each task is owed; {@link dev.moka.testkit.sched.SchedulerContract}
 * lists them with their defaults, and how a randomized policy takes the kit's seeded randomness.
 */
package dev.moka.testkit.sched;
