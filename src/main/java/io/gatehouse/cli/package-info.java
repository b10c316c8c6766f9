/**
 * The command-line client ({@code gatehouse invite …}, {@code gatehouse members list}, …): a mode of the same jar
 * that talks to a Gatehouse server over its HTTP API with an API key. It uses no other module.
 */
@NullMarked
package io.gatehouse.cli;

import org.jspecify.annotations.NullMarked;
