package io.gatehouse.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import tools.jackson.databind.JsonNode;

@Command(name = "invite", description = "Invite people by email: gatehouse invite a@x.com b@y.com --role viewer "
        + "--clusters all")
class InviteCommand implements Callable<Integer> {

    @ParentCommand
    GatehouseCli cli;

    @Parameters(arity = "1..*", paramLabel = "EMAIL", description = "Addresses (also several in one argument, "
            + "separated by spaces or commas)")
    List<String> emails = new ArrayList<>();

    @Mixin
    RoleOptions roles = new RoleOptions();

    @Option(names = "--expires-in", description = "Lifetime of the invitation, 1s to 30d (default 72h)")
    String expiresIn;

    @Override
    public Integer call() {
        ApiClient api = cli.client();
        String org = cli.organizationId(api);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("emails", emails);
        body.put("role_assignments", roles.roleAssignments(org));
        if (expiresIn != null) {
            body.put("expires_in", expiresIn);
        }
        JsonNode reply = api.post("/organizations/" + org + "/invitations", body);
        cli.output().table(reply, reply.path("invitations"), InvitationsCommand.COLUMNS, "No invitation sent.");
        return 0;
    }
}
