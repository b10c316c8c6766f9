/** Connected clusters: connect, list what the caller may see, rename, disconnect, agent tokens. */
@NullMarked
package io.gatehouse.cluster;

import org.jspecify.annotations.NullMarked;
