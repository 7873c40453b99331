#!/usr/bin/env bash
# Measures, on the running loopback Galera cluster (scripts/cluster up), what a named lock does across two Galera
# nodes: GET_LOCK (node-local) against ClusterLock's lease statement (INSERT IGNORE of the lease row). Prints a table.
set -euo pipefail
cd "$(dirname "$0")/.."
W=${PODIUM_CLUSTER_DIR:-$PWD/target/cluster}
s1=$W/db1/mysqld.sock
s2=$W/db2/mysqld.sock
q() { mariadb --protocol=socket -S "$1" -uroot -N -B -e "$2" 2>&1 || true; }
ROUNDS=${ROUNDS:-20}

q "$s1" "CREATE DATABASE IF NOT EXISTS lease_check; CREATE TABLE IF NOT EXISTS lease_check.cluster_lease (
    name VARCHAR(100) NOT NULL PRIMARY KEY, owner VARCHAR(200) NOT NULL, acquired_at DATETIME(6) NOT NULL,
    expires_at DATETIME(6) NOT NULL)" >/dev/null
sleep 1

both_get_lock=0
for i in $(seq 1 "$ROUNDS"); do
    (q "$s1" "SELECT GET_LOCK('check-$i', 0), SLEEP(0.6)" >"$W/gl1.out") &
    sleep 0.2
    r2=$(q "$s2" "SELECT GET_LOCK('check-$i', 0)")
    wait
    [[ $(cut -f1 "$W/gl1.out") == 1 && $r2 == 1 ]] && both_get_lock=$((both_get_lock + 1))
done

both_lease=0
one_lease=0
conflicts=0
for i in $(seq 1 "$ROUNDS"); do
    stmt="INSERT IGNORE INTO lease_check.cluster_lease VALUES ('lease-$i-$$', 'NODE', NOW(6), NOW(6) + INTERVAL 1 MINUTE);
          SELECT ROW_COUNT();"
    (q "$s1" "${stmt/NODE/a}" >"$W/l1.out") &
    (q "$s2" "${stmt/NODE/b}" >"$W/l2.out") &
    wait
    won=0
    for f in "$W/l1.out" "$W/l2.out"; do
        if grep -q "Deadlock" "$f"; then conflicts=$((conflicts + 1)); elif [[ $(tail -1 "$f") == 1 ]]; then
            won=$((won + 1)); fi
    done
    ((won == 2)) && both_lease=$((both_lease + 1))
    ((won == 1)) && one_lease=$((one_lease + 1))
done
holders=$(q "$s2" "SELECT COUNT(DISTINCT owner) FROM lease_check.cluster_lease WHERE name LIKE 'lease-%-$$' GROUP BY name" |
    sort | uniq -c | tr '\n' ' ')

printf '%-62s %s\n' "check (db1 and db2 of one Galera cluster, $ROUNDS rounds)" "result"
printf '%-62s %s\n' "GET_LOCK granted on both nodes at once" "$both_get_lock of $ROUNDS"
printf '%-62s %s\n' "lease row taken by both nodes at once" "$both_lease of $ROUNDS"
printf '%-62s %s\n' "lease row taken by exactly one node" "$one_lease of $ROUNDS"
printf '%-62s %s\n' "attempts refused by certification (deadlock error, no lease)" "$conflicts"
printf '%-62s %s\n' "owners per lease row as replicated (count x owners)" "$holders"
q "$s1" "DROP DATABASE lease_check" >/dev/null
