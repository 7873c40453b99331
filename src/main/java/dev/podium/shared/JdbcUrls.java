package dev.podium.shared;

/** Options every Podium JDBC URL carries, whoever configured the URL. */
final class JdbcUrls {

    /**
     * Without it Connector/J reports the tables of every database on the server as "current", and Flowable then
     * finds another database's ACT_* tables and tries to upgrade an empty schema.
     */
    static final String REQUIRED_OPTIONS = "nullDatabaseMeansCurrent=true";

    private JdbcUrls() {
    }

    static String withRequiredOptions(String url) {
        if (!url.startsWith("jdbc:mariadb:") && !url.startsWith("jdbc:mysql:")) {
            return url;
        }
        if (url.contains("nullDatabaseMeansCurrent")) {
            return url;
        }
        return url + (url.contains("?") ? "&" : "?") + REQUIRED_OPTIONS;
    }
}
