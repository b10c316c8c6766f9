package io.gatehouse.shared;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class EmailAddressTests {

    @Test
    void refusesDotsAtTheEdgesOrTwiceInARowOfEitherPart() {
        for (String text : new String[] { ".x@example.com", "x.@example.com", "a..b@example.com", "x@example..com",
                "x@.example.com", "x@example.com." }) {
            assertThat(EmailAddress.parse(text)).as(text).isEmpty();
        }
    }

    @Test
    void refusesWhatIsNotOneBareAddress() {
        for (String text : new String[] { "", "a@b", "Bob <bob@example.com>", "x@-example.com", "x@example-.com",
                "a b@example.com", "@example.com", "x@", "x@@example.com", "x".repeat(65) + "@example.com",
                "x@" + "a".repeat(64) + ".com" }) {
            assertThat(EmailAddress.parse(text)).as(text).isEmpty();
        }
    }

    @Test
    void takesDotAtomsAndNormalisesCaseAndSpace() {
        assertThat(EmailAddress.parse("  Ann.Lee+ops@Example.COM ")).contains(new EmailAddress("ann.lee+ops@example.com"));
        assertThat(EmailAddress.parse("o'brien@sub.example.co.uk")).isPresent();
        assertThat(EmailAddress.parse("x".repeat(64) + "@example.com")).isPresent();
    }

    @Test
    void looksUpAnAddressStoredUnderAnEarlierLooserRule() {
        assertThat(EmailAddress.parse("taro.@docomo.ne.jp")).as("not taken as a new address").isEmpty();
        assertThat(EmailAddress.lookup(" Taro.@DoCoMo.ne.jp ")).contains(new EmailAddress("taro.@docomo.ne.jp"));
        for (String text : new String[] { "", "  ", "no-at-sign", "@example.com", "x@", "a b@example.com",
                "line\nbreak@example.com" }) {
            assertThat(EmailAddress.lookup(text)).as(text).isEmpty();
        }
    }
}
