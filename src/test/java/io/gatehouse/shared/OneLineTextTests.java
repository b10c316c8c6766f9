package io.gatehouse.shared;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OneLineTextTests {

    @Test
    void refusesAnEmptyOrBlankOrMissingText() {
        for (String text : new String[] { null, "", "   \t " }) {
            assertThatThrownBy(() -> OneLineText.require(text, 10, "x.invalid_name", "A name", "name"))
                    .isInstanceOfSatisfying(InvalidRequest.class, e -> assertThat(e.problems()).containsExactly(
                            Problem.of("x.invalid_name", "A name is 1 to 10 characters", "name")));
        }
    }

    @Test
    void refusesATextLongerThanItsLimitOnceTrimmed() {
        assertThat(OneLineText.require("  0123456789  ", 10, "x.invalid_name", "A name", "name")).isEqualTo("0123456789");
        assertThatThrownBy(() -> OneLineText.require("01234567890", 10, "x.invalid_name", "A name", "name"))
                .isInstanceOfSatisfying(InvalidRequest.class, e -> assertThat(e.problems()).containsExactly(
                        Problem.of("x.invalid_name", "A name is 1 to 10 characters", "name")));
    }

    @Test
    void refusesControlCharactersInsideTheText() {
        for (String text : new String[] { "a\u0000b", "prod\neu", "tab\there", "bell\u0007", "del\u007f" }) {
            assertThatThrownBy(() -> OneLineText.require(text, 100, "x.invalid_name", "A cluster's name", "name"))
                    .isInstanceOfSatisfying(InvalidRequest.class, e -> assertThat(e.problems()).containsExactly(
                            Problem.of("x.invalid_name", "A cluster's name has no control characters", "name")));
        }
    }

    @Test
    void keepsLettersOfEveryScriptAndInnerSpaces() {
        assertThat(OneLineText.require(" Zürich prod – 東京 🚀 ", 100, "x", "A name", "name"))
                .isEqualTo("Zürich prod – 東京 🚀");
        assertThat(OneLineText.isOneLine("Zürich prod")).isTrue();
        assertThat(OneLineText.isOneLine("two\r\nlines")).isFalse();
    }
}
