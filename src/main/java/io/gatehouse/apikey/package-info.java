/** API keys: secrets that act for the user who created them, with that user's current permissions. */
@NullMarked
package io.gatehouse.apikey;

import org.jspecify.annotations.NullMarked;
