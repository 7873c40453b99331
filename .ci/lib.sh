# shellcheck shell=bash
# Helpers shared by .ci/run and .ci/external-db-check (sourced, not executed).

say() { printf '==> %s\n' "$*"; }
warn() { printf '\n*** %s\n\n' "$*" >&2; }
die() {
    printf '\n!!! %s\n\n' "$*" >&2
    exit 1
}

# Seconds since the epoch, for timings.
now() { date +%s; }

# Exports JAVA_HOME and PATH for a JDK 25 or newer (Podium needs Java 25; the machine default may be 17).
select_jdk() {
    local candidate version
    for candidate in "${JAVA_HOME:-}" /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/temurin-25-jdk \
        /usr/lib/jvm/java-25-openjdk-amd64 /usr/lib/jvm/*25*; do
        [[ -n $candidate && -x $candidate/bin/javac && -x $candidate/bin/java ]] || continue
        version=$("$candidate/bin/java" -XshowSettings:properties -version 2>&1 |
            sed -n 's/^ *java\.specification\.version = //p')
        if [[ $version =~ ^[0-9]+$ ]] && ((version >= 25)); then
            export JAVA_HOME=$candidate
            export PATH="$JAVA_HOME/bin:$PATH"
            return 0
        fi
    done
    die "No JDK 25 found (looked at \$JAVA_HOME and /usr/lib/jvm/*25*). Install Temurin 25 and set JAVA_HOME."
}

# A TCP port on 127.0.0.1 that nothing listens on right now.
free_port() {
    local port
    for ((port = 20000 + RANDOM % 20000, tries = 0; tries < 200; port++, tries++)); do
        if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
            echo "$port"
            return 0
        fi
    done
    die "No free TCP port found"
}

# Prints the last lines of a log file under a heading, for failures.
show_log() {
    local file=$1 lines=${2:-80}
    [[ -s $file ]] || return 0
    printf '\n----- last %s lines of %s -----\n' "$lines" "$file" >&2
    tail -n "$lines" "$file" >&2
    printf -- '----- end of %s -----\n' "$file" >&2
}
