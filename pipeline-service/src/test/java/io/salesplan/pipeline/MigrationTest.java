package io.salesplan.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * The customer-profile, lost-reason and forecast migration on data written before it: in a schema of its
 * own, migrated to V3, filled the way the service wrote rows then, and migrated on.
 */
@QuarkusTest
class MigrationTest {

    @Inject
    AgroalDataSource dataSource;

    private Flyway flyway(String schema, String target) {
        return Flyway.configure().dataSource(dataSource).schemas(schema).createSchemas(true)
                .locations("classpath:db/platform", "classpath:db/migration").target(target).load();
    }

    @Test
    void existingFreeTextReasonsBecomeOtherWithTheirTextAndEveryDealGetsAForecastCategory() throws SQLException {
        String schema = "migration_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        flyway(schema, "3").migrate();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("set search_path to " + schema);
            try {
                fill(s);
            } finally {
                s.execute("reset search_path");
            }
        }
        flyway(schema, "latest").migrate();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("set search_path to " + schema);
            try {
                check(s);
            } finally {
                s.execute("reset search_path");
                s.execute("drop schema " + schema + " cascade");
            }
        }
    }

    private static void fill(Statement s) throws SQLException {
        s.execute("insert into pipeline values ('00000000-0000-4000-8000-000000000001', 'Sales', true, now(), 0)");
        s.execute("insert into account values ('00000000-0000-4000-8000-0000000000a1', 'Old customer', now(), now(), 0)");
        s.execute("insert into rep (id, active, version) values ('00000000-0000-4000-8000-0000000000b1', true, 0)");
        String insert = "insert into opportunity (id, name, account_id, owner_id, pipeline_id, stage, status, "
                + "probability, amount, created_at, closed_at, lost_reason, updated_at, version, created_by, "
                + "updated_by) values ('%s', 'Deal', '00000000-0000-4000-8000-0000000000a1', "
                + "'00000000-0000-4000-8000-0000000000b1', '00000000-0000-4000-8000-000000000001', '%s', '%s', "
                + "%s, 1000, now(), %s, %s, now(), 0, 'unknown', 'unknown')";
        s.execute(insert.formatted("00000000-0000-4000-8000-000000000c01", "LOST", "LOST", "0", "now()",
                "'Chose the cheaper one'"));
        s.execute(insert.formatted("00000000-0000-4000-8000-000000000c02", "WON", "WON", "1", "now()", "null"));
        s.execute(insert.formatted("00000000-0000-4000-8000-000000000c03", "NEGOTIATION", "OPEN", "0.75", "null",
                "null"));
        s.execute(insert.formatted("00000000-0000-4000-8000-000000000c04", "PROPOSAL", "OPEN", "0.5", "null",
                "null"));
        s.execute(insert.formatted("00000000-0000-4000-8000-000000000c05", "INITIAL_CONTACT", "OPEN", "0.1",
                "null", "null"));
    }

    private static void check(Statement s) throws SQLException {
        assertThat(rows(s, "select lost_reason_code || '|' || lost_reason from opportunity where status = 'LOST'"))
                .containsExactly("OTHER|Chose the cheaper one");
        assertThat(rows(s, "select stage || '|' || forecast_category || '|' || coalesce(lost_reason_code, '-') "
                + "from opportunity order by id")).containsExactly("LOST|OMITTED|OTHER", "WON|CLOSED|-",
                "NEGOTIATION|COMMIT|-", "PROPOSAL|BEST_CASE|-", "INITIAL_CONTACT|PIPELINE|-");
        assertThat(rows(s, "select code from pipeline_lost_reason order by position")).containsExactly("PRICE",
                "COMPETITOR", "NO_BUDGET", "NO_DECISION", "TIMING", "OTHER");
        assertThat(rows(s, "select coalesce(industry, '-') || coalesce(size, '-') from account"))
                .containsExactly("--");
    }

    private static List<String> rows(Statement s, String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                rows.add(rs.getString(1));
            }
        }
        return rows;
    }
}
