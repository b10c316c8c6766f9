package io.gatehouse.invitation;

import java.util.List;

import io.gatehouse.mail.DeliveryState;
import org.jspecify.annotations.Nullable;

/** An invitation with what readers need beside it: its organization's name and the state of its last email. */
public record InvitationView(Invitation invitation, String organizationName, @Nullable DeliveryState delivery) {

    public static List<Invitation> invitations(List<InvitationView> views) {
        return views.stream().map(InvitationView::invitation).toList();
    }
}
