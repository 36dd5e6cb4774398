/**
 * The system-call boundary of user programs: the raw call and the hosted binding behind it, and raw
 * loads and stores for memory outside the Java heap (what {@code mmap} maps).
 */
@AllowsMagic
package dev.moka.relibc.sys;

import dev.moka.kernel.api.magic.AllowsMagic;
