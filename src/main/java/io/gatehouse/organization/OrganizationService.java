package io.gatehouse.organization;

import java.time.Clock;

import io.gatehouse.audit.AuditTrail;
import io.gatehouse.shared.OrganizationId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Creating, reading, renaming and locking organizations. Membership lives in its own module. */
@Service
public class OrganizationService {

    private final OrganizationRepository organizations;
    private final AuditTrail audit;
    private final Clock clock;

    OrganizationService(OrganizationRepository organizations, AuditTrail audit, Clock clock) {
        this.organizations = organizations;
        this.audit = audit;
        this.clock = clock;
    }

    /** Creates an organization in the caller's transaction; the caller makes its first owner. */
    @Transactional(propagation = Propagation.MANDATORY)
    public Organization create(String name) {
        Organization organization = new Organization(OrganizationId.random(), name, clock.instant());
        organizations.insert(organization);
        return organization;
    }

    @Transactional(readOnly = true)
    public Organization get(OrganizationId id) {
        return organizations.find(id).orElseThrow(OrganizationNotFound::new);
    }

    @Transactional
    public Organization rename(OrganizationId id, String name) {
        Organization before = get(id);
        Organization after = before.renamed(name);
        organizations.rename(after);
        audit.record(id, "organization.renamed", "organization:" + id, "from \"" + before.name() + "\" to \""
                + after.name() + "\"");
        return after;
    }

    /**
     * Takes the organization's row lock until the caller's transaction ends. Every change to membership and roles
     * takes it first, so that checks such as "one owner remains" see a state no concurrent request can change.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void lock(OrganizationId id) {
        if (!organizations.lock(id)) {
            throw new OrganizationNotFound();
        }
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void delete(OrganizationId id) {
        organizations.delete(id);
    }
}
