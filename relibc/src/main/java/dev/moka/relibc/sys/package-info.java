/** The system-call boundary of user programs: the raw call and the hosted binding behind it. */
package dev.moka.relibc.sys;
