/** Boot information handed from the arch pack to the generic kernel. */
package dev.moka.kernel.api.boot;
