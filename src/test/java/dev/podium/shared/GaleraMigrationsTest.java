package dev.podium.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GaleraMigrationsTest {

    @Test
    void sequences_without_a_cache_clause_get_nocache_and_nothing_else_changes() {
        String sql = """
                CREATE TABLE a (id BIGINT PRIMARY KEY);
                CREATE SEQUENCE a_seq START WITH 1 INCREMENT BY 50;
                create sequence b_seq
                    start with 1 increment by 1000;
                CREATE SEQUENCE c_seq START WITH 1 INCREMENT BY 0 CACHE 100;
                CREATE SEQUENCE d_seq NOCACHE;
                """;

        assertThat(GaleraMigrations.withoutSequenceCache(sql)).isEqualTo("""
                CREATE TABLE a (id BIGINT PRIMARY KEY);
                CREATE SEQUENCE a_seq START WITH 1 INCREMENT BY 50 NOCACHE;
                create sequence b_seq
                    start with 1 increment by 1000 NOCACHE;
                CREATE SEQUENCE c_seq START WITH 1 INCREMENT BY 0 CACHE 100;
                CREATE SEQUENCE d_seq NOCACHE;
                """);
    }
}
