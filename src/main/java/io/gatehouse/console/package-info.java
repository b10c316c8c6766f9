/**
 * The web console: server-rendered pages (Thymeleaf, htmx where it helps) over the modules' public services, with
 * sessions stored in the database. Controllers bind, authorize (through {@link io.gatehouse.web}), delegate, render.
 */
@NullMarked
package io.gatehouse.console;

import org.jspecify.annotations.NullMarked;
