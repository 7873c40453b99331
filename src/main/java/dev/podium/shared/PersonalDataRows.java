package dev.podium.shared;

import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Writes the rows of one query as a section of a {@link PersonalDataSink}, one row at a time: the driver fetches in
 * batches, so 200,000 imported posts never sit in memory at once. The query's column labels are the section's
 * columns; DATETIME columns (stored in UTC) become instants, DATE columns dates.
 */
public final class PersonalDataRows {

    private static final int FETCH_SIZE = 500;

    private final JdbcTemplate jdbc;

    public PersonalDataRows(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.jdbc.setFetchSize(FETCH_SIZE);
    }

    /** Runs the query and writes its rows as the section {@code name}, even when it finds none. */
    public void write(PersonalDataSink sink, String name, String sql, Object... parameters) {
        jdbc.query(sql, (ResultSet rs) -> {
            ResultSetMetaData meta = rs.getMetaData();
            int count = meta.getColumnCount();
            List<String> columns = new ArrayList<>(count);
            for (int i = 1; i <= count; i++) {
                columns.add(meta.getColumnLabel(i));
            }
            sink.section(name, columns);
            while (rs.next()) {
                List<@Nullable Object> row = new ArrayList<>(count);
                for (int i = 1; i <= count; i++) {
                    row.add(value(rs, meta, i));
                }
                sink.row(row);
            }
            return null;
        }, parameters);
    }

    private static @Nullable Object value(ResultSet rs, ResultSetMetaData meta, int column) throws SQLException {
        return switch (meta.getColumnType(column)) {
            case Types.TIMESTAMP, Types.TIMESTAMP_WITH_TIMEZONE -> {
                LocalDateTime time = rs.getObject(column, LocalDateTime.class);
                yield time == null ? null : time.toInstant(ZoneOffset.UTC);
            }
            case Types.DATE -> rs.getObject(column, LocalDate.class);
            case Types.BIT, Types.BOOLEAN -> {
                boolean flag = rs.getBoolean(column);
                yield rs.wasNull() ? null : flag;
            }
            case Types.TINYINT, Types.SMALLINT, Types.INTEGER, Types.BIGINT -> {
                long number = rs.getLong(column);
                yield rs.wasNull() ? null : number;
            }
            default -> rs.getString(column);
        };
    }
}
