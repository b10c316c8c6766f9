/** Typed ids, the domain error vocabulary, secrets and paging: small value types every module shares. */
@NullMarked
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package io.gatehouse.shared;

import org.jspecify.annotations.NullMarked;
