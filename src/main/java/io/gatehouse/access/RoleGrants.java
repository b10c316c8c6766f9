package io.gatehouse.access;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import io.gatehouse.shared.ClusterId;
import io.gatehouse.shared.OrganizationId;
import io.gatehouse.shared.UserId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading and writing members' grants. Writes join the caller's transaction: the membership module decides
 * whether a change is allowed (owner-only, last owner) and audits it.
 */
@Service
public class RoleGrants {

    private final RoleGrantRepository repository;

    RoleGrants(RoleGrantRepository repository) {
        this.repository = repository;
    }

    @Transactional(readOnly = true)
    public List<RoleGrant> of(OrganizationId org, UserId user) {
        return repository.grantsOf(org, user);
    }

    @Transactional(readOnly = true)
    public Map<UserId, List<RoleGrant>> of(OrganizationId org, Collection<UserId> users) {
        return repository.grantsOf(org, users);
    }

    @Transactional(readOnly = true)
    public List<UserId> owners(OrganizationId org) {
        return repository.owners(org);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void add(OrganizationId org, UserId user, Collection<RoleGrant> grants) {
        repository.insert(org, user, grants);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void remove(OrganizationId org, UserId user, Collection<RoleGrant> grants) {
        repository.delete(org, user, grants);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void removeAll(OrganizationId org, UserId user) {
        repository.deleteAll(org, user);
    }

    /** Drops a disconnected cluster from every selection in the organization; returns how many grants went. */
    @Transactional(propagation = Propagation.MANDATORY)
    public int dropCluster(OrganizationId org, ClusterId cluster) {
        return repository.deleteScope(org, cluster);
    }
}
