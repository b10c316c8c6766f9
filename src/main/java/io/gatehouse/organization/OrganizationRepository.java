package io.gatehouse.organization;

import java.sql.Timestamp;
import java.util.Optional;

import io.gatehouse.shared.OrganizationId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class OrganizationRepository {

    private static final String FIND = "SELECT id, name, created_at FROM organizations WHERE id = :id";
    private static final String LOCK = "SELECT id FROM organizations WHERE id = :id FOR UPDATE";
    private static final String INSERT = "INSERT INTO organizations (id, name, created_at) VALUES (:id, :name, :at)";
    private static final String RENAME = "UPDATE organizations SET name = :name WHERE id = :id";
    private static final String DELETE = "DELETE FROM organizations WHERE id = :id";

    private final JdbcClient jdbc;

    OrganizationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Organization> find(OrganizationId id) {
        return jdbc.sql(FIND).param("id", id.value())
                .query((rs, n) -> new Organization(id, rs.getString("name"), rs.getTimestamp("created_at").toInstant()))
                .optional();
    }

    boolean lock(OrganizationId id) {
        return jdbc.sql(LOCK).param("id", id.value()).query().listOfRows().size() == 1;
    }

    void insert(Organization organization) {
        jdbc.sql(INSERT).param("id", organization.id().value()).param("name", organization.name())
                .param("at", Timestamp.from(organization.createdAt())).update();
    }

    void rename(Organization organization) {
        jdbc.sql(RENAME).param("id", organization.id().value()).param("name", organization.name()).update();
    }

    void delete(OrganizationId id) {
        jdbc.sql(DELETE).param("id", id.value()).update();
    }
}
