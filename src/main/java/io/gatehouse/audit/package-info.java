/** The append-only audit log: every change, written in the transaction that makes it. */
@NullMarked
package io.gatehouse.audit;

import org.jspecify.annotations.NullMarked;
