# shellcheck shell=bash
# Fault tests against the loopback cluster of scripts/cluster (sourced by `scripts/cluster test`, which provides the
# helpers and variables). Bounded: each load phase runs LOAD_SECONDS against 127.0.0.1 only, then stops by itself.
# Prints one table; exit code 1 if a check failed.

LOAD_SECONDS=${LOAD_SECONDS:-40}
KILL_AFTER=${KILL_AFTER:-10}
USERS=${USERS:-4}
RESULTS=()
FAILED=0

record() { # name result ok|FAIL
    RESULTS+=("$(printf '%-58s | %-44s | %s' "$1" "$2" "$3")")
    [[ $3 == ok || $3 == measured ]] || FAILED=1
}

lb_sql() { mariadb -h127.0.0.1 -P"$DB_LB_PORT" -u"$DB_USER" -p"$DB_PASSWORD" "$DB_NAME" -N -B -e "$1"; }

# USERS simulated people, each with its own cookie jar (so HAProxy keeps them on one node), asking for the sign-in
# page and a public verify page (which writes its rate counter to the database) for LOAD_SECONDS. Each request's
# second, status and serving node go to $W/load.log.
load() {
    : >"$W/load.log"
    LOAD_PIDS=()
    local end=$(($(date +%s) + LOAD_SECONDS))
    for u in $(seq 1 "$USERS"); do
        (
            jar=$W/user$u.cookies
            rm -f "$jar"
            while (($(date +%s) < end)); do
                for path in /login /verify/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA; do
                    code=$(curl -s -o /dev/null -w '%{http_code}' -m 5 -b "$jar" -c "$jar" \
                        "http://127.0.0.1:$LB_PORT$path" || true)
                    node=$(awk '$6 == "PODIUM_NODE" {print $7}' "$jar" 2>/dev/null | tail -1)
                    echo "$(date +%s) $code ${node:--}" >>"$W/load.log"
                done
                sleep 0.2
            done
        ) &
        LOAD_PIDS+=($!)
    done
}

served() { awk -v from="$1" '$1 >= from && $2 != "000" && $2 < 500' "$W/load.log" | wc -l; }
refused() { awk -v from="$1" '$1 >= from && ($2 == "000" || $2 >= 500)' "$W/load.log" | wc -l; }

test_start_up() {
    local migrators admins defs
    migrators=$(grep -l 'Migrating schema `podium` to version "1 ' "$W"/app*/app.log 2>/dev/null | wc -l)
    admins=$(lb_sql "SELECT COUNT(*) FROM employee WHERE email = '$ADMIN_EMAIL'")
    defs=$(lb_sql "SELECT COUNT(*) FROM ACT_RE_PROCDEF GROUP BY KEY_ HAVING COUNT(*) > 1" | wc -l)
    record "two nodes started at once on one empty database" \
        "migrated by $migrators node(s), $admins first admin(s)" "$([[ $migrators == 1 && $admins == 1 ]] && echo ok || echo FAIL)"
    record "Flowable schema and processes deployed once" "$defs process key(s) deployed twice" \
        "$([[ $defs == 0 ]] && echo ok || echo FAIL)"
}

test_locks() {
    local out gl both
    out=$(ROUNDS=10 "$ROOT/scripts/galera-lease-check.sh")
    gl=$(echo "$out" | awk -F'  +' '/GET_LOCK granted/ {print $2}')
    both=$(echo "$out" | awk -F'  +' '/taken by both/ {print $2}')
    # measured, not asserted: what GET_LOCK does on Galera is the server's business; Podium no longer relies on it
    record "GET_LOCK on db1 and db2 at once (wsrep_on=ON)" "granted on both: $gl" measured
    record "lease row on db1 and db2 at once" "taken by both: $both" "$([[ $both == "0 of 10" ]] && echo ok || echo FAIL)"
}

test_kill_app() {
    say "kill -9 app1 after ${KILL_AFTER}s of ${LOAD_SECONDS}s of load"
    local t0 killed
    t0=$(date +%s)
    load
    sleep "$KILL_AFTER"
    killed=$(date +%s)
    kill -9 "$(cat "$(app_dir 1)/app.pid")"
    wait "${LOAD_PIDS[@]}"
    local before after lost last_nodes
    before=$(served "$t0")
    after=$(served $((killed + 5)))
    lost=$(refused "$killed")
    last_nodes=$(awk -v from=$((killed + 5)) '$1 >= from {print $3}' "$W/load.log" | sort -u | tr '\n' ' ')
    record "kill -9 app1 under load: requests answered after kill+5s" "$after (refused since kill: $lost)" \
        "$([[ $after -gt 0 && $(refused $((killed + 5))) == 0 ]] && echo ok || echo FAIL)"
    record "kill -9 app1: node serving everyone afterwards" "${last_nodes:-none}" \
        "$([[ $last_nodes == "app2 " ]] && echo ok || echo FAIL)"
    start_app 1
    wait_app 1
    record "app1 restarted and ready again" "yes" ok
}

test_kill_db() {
    say "kill -9 db1 (HAProxy's writer) after ${KILL_AFTER}s of ${LOAD_SECONDS}s of load, then restart it"
    local t0 killed
    t0=$(date +%s)
    load
    sleep "$KILL_AFTER"
    killed=$(date +%s)
    kill -9 "$(cat "$(db_dir 1)/mysqld.pid")"
    wait "${LOAD_PIDS[@]}"
    local after lost ready
    after=$(served $((killed + 10)))
    lost=$(refused "$killed")
    record "kill -9 db1 under load: requests answered after kill+10s" "$after (refused since kill: $lost)" \
        "$([[ $after -gt 0 && $(refused $((killed + 10))) == 0 ]] && echo ok || echo FAIL)"
    ready=$( (app_ready 1 && app_ready 2) && echo yes || echo no)
    record "both app nodes ready on db2/db3" "$ready" "$([[ $ready == yes ]] && echo ok || echo FAIL)"
    rm -f "$(db_dir 1)/mysqld.pid"
    start_db 1
    local size
    for _ in $(seq 1 60); do
        size=$(cluster_size 1)
        [[ $size == 3 ]] && break
        sleep 1
    done
    record "db1 restarted and rejoined (IST/SST)" "cluster size $size" "$([[ $size == 3 ]] && echo ok || echo FAIL)"
}

# A publication left incomplete (as by a node that died between its commit and the listener) is completed by
# whichever node's periodic resubmission takes the lease, and the second delivery changes nothing.
test_resubmission() {
    local id before after state=""
    id=$(lb_sql "SELECT ID FROM EVENT_PUBLICATION WHERE EVENT_TYPE LIKE '%EmployeeRegistered'
        AND LISTENER_ID LIKE '%ReportingListeners%' AND COMPLETION_DATE IS NOT NULL LIMIT 1")
    [[ -n $id ]] || { record "incomplete publication resubmitted on the cluster" "no publication to try" FAIL; return; }
    before=$(lb_sql "SELECT COUNT(*), SUM(active) FROM reporting_employee")
    lb_sql "UPDATE EVENT_PUBLICATION SET COMPLETION_DATE = NULL, STATUS = 'PUBLISHED',
        PUBLICATION_DATE = PUBLICATION_DATE - INTERVAL 10 MINUTE WHERE ID = '$id'"
    local t0=$SECONDS
    for _ in $(seq 1 180); do
        state=$(lb_sql "SELECT STATUS FROM EVENT_PUBLICATION WHERE ID = '$id'")
        [[ $state == COMPLETED ]] && break
        sleep 1
    done
    after=$(lb_sql "SELECT COUNT(*), SUM(active) FROM reporting_employee")
    record "incomplete publication resubmitted by a node" "$state after $((SECONDS - t0)) s" \
        "$([[ $state == COMPLETED ]] && echo ok || echo FAIL)"
    record "reporting rows after the second delivery" "$(echo "$after" | tr '\t' ' ') (before: $(echo "$before" | tr '\t' ' '))" \
        "$([[ $before == "$after" ]] && echo ok || echo FAIL)"
}

test_events() {
    local incomplete
    incomplete=$(lb_sql "SELECT COUNT(*) FROM EVENT_PUBLICATION WHERE COMPLETION_DATE IS NULL")
    record "event publications left incomplete" "$incomplete" "$([[ $incomplete == 0 ]] && echo ok || echo FAIL)"
}

for n in 1 2; do app_ready "$n" || die "app$n is not ready: run scripts/cluster up first"; done
[[ $(cluster_size 1) == 3 ]] || die "the Galera cluster is not complete: run scripts/cluster up first"

for t in ${CLUSTER_TESTS:-start_up locks kill_app kill_db resubmission events}; do "test_$t"; done

echo
echo "Podium loopback cluster fault tests, $(date -u '+%Y-%m-%d %H:%M UTC'), MariaDB $(sql 1 'SELECT VERSION()'), $(haproxy -v | head -1 | cut -d' ' -f1-3)"
printf '%-58s | %-44s | %s\n' "check" "result" "ok"
printf '%s\n' "$(printf -- '-%.0s' $(seq 1 112))"
printf '%s\n' "${RESULTS[@]}"
exit "$FAILED"
