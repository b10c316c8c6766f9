package io.gatehouse.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A fresh PostgreSQL database per test JVM on the local server (127.0.0.1:5432, trust auth). Tests share it and
 * stay apart by tenant: each test creates its own organizations.
 */
public final class TestDatabase {

    private static final String HOST = System.getenv().getOrDefault("GATEHOUSE_TEST_PG", "127.0.0.1:5432");
    private static String url;

    private TestDatabase() {
    }

    public static synchronized String url() {
        if (url == null) {
            String name = "gatehouse_test_" + ProcessHandle.current().pid();
            try (Connection admin = DriverManager.getConnection("jdbc:postgresql://" + HOST + "/postgres", "postgres", "");
                    Statement sql = admin.createStatement()) {
                sql.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
                sql.execute("CREATE DATABASE " + name);
            } catch (SQLException e) {
                throw new IllegalStateException("PostgreSQL must run at " + HOST + " for the integration tests", e);
            }
            url = "jdbc:postgresql://" + HOST + "/" + name;
        }
        return url;
    }
}
