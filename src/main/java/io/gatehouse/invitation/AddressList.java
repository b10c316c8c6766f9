package io.gatehouse.invitation;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import io.gatehouse.shared.EmailAddress;

/**
 * The addresses of an invitation request. Each entry may itself hold several addresses separated by spaces,
 * commas, semicolons or newlines (what people paste); addresses are trimmed, compared case-insensitively, and
 * duplicates collapse. Entries that are not addresses are kept, as typed, to be reported.
 */
record AddressList(List<EmailAddress> valid, List<String> invalid) {

    private static final Pattern SEPARATORS = Pattern.compile("[\\s,;]+");

    static AddressList parse(List<String> entries) {
        Set<EmailAddress> valid = new LinkedHashSet<>();
        Set<String> invalid = new LinkedHashSet<>();
        for (String entry : entries) {
            for (String token : SEPARATORS.split(entry == null ? "" : entry.strip())) {
                if (token.isEmpty()) {
                    continue;
                }
                Optional<EmailAddress> address = EmailAddress.parse(token);
                if (address.isPresent()) {
                    valid.add(address.get());
                } else {
                    invalid.add(token);
                }
            }
        }
        return new AddressList(new ArrayList<>(valid), new ArrayList<>(invalid));
    }

    boolean isEmpty() {
        return size() == 0;
    }

    /** How many addresses the request holds, valid or not. */
    int size() {
        return valid.size() + invalid.size();
    }
}
