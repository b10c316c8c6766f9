package io.gatehouse.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Fresh PostgreSQL databases per test JVM on the local server (127.0.0.1:5432, trust auth). The API tests share
 * one and stay apart by tenant (each test creates its own organizations). Tests of the mail outbox get their own,
 * because every running context's delivery worker would otherwise take their messages.
 */
public final class TestDatabase {

    private static final String HOST = System.getenv().getOrDefault("GATEHOUSE_TEST_PG", "127.0.0.1:5432");
    private static final java.util.Map<String, String> URLS = new java.util.HashMap<>();

    private TestDatabase() {
    }

    public static String url() {
        return url("shared");
    }

    public static synchronized String url(String purpose) {
        String url = URLS.get(purpose);
        if (url == null) {
            String name = "gatehouse_test_" + ProcessHandle.current().pid() + "_" + purpose;
            try (Connection admin = DriverManager.getConnection("jdbc:postgresql://" + HOST + "/postgres", "postgres", "");
                    Statement sql = admin.createStatement()) {
                dropThoseOfEndedRuns(sql);
                sql.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
                sql.execute("CREATE DATABASE " + name);
            } catch (SQLException e) {
                throw new IllegalStateException("PostgreSQL must run at " + HOST + " for the integration tests", e);
            }
            url = "jdbc:postgresql://" + HOST + "/" + name;
            URLS.put(purpose, url);
        }
        return url;
    }

    /** Databases of test JVMs that are no longer running would pile up run after run: drop them. */
    private static void dropThoseOfEndedRuns(Statement sql) throws SQLException {
        java.util.List<String> ended = new java.util.ArrayList<>();
        try (java.sql.ResultSet names = sql.executeQuery(
                "SELECT datname FROM pg_database WHERE datname LIKE 'gatehouse\\_test\\_%'")) {
            while (names.next()) {
                String[] parts = names.getString(1).split("_");
                boolean running = parts.length > 2 && parts[2].chars().allMatch(Character::isDigit)
                        && ProcessHandle.of(Long.parseLong(parts[2])).isPresent();
                if (!running) {
                    ended.add(names.getString(1));
                }
            }
        }
        for (String name : ended) {
            sql.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        }
    }
}
