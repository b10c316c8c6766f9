package io.gatehouse.access;

/** One role on one scope: the unit the permission table is evaluated over. */
public record RoleGrant(Role role, Scope scope) {

    public RoleGrant {
        if (role == Role.ORGANIZATION_OWNER && !scope.isAll()) {
            throw new IllegalArgumentException("the owner role applies to the whole organization");
        }
    }

    @Override
    public String toString() {
        return role.id() + "@" + scope;
    }
}
