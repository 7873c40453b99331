#!/bin/bash
# Run once by db1's entrypoint on its first start (the joiners receive everything by state transfer): the user
# HAProxy's health check signs in as, and the user of the mariabackup state transfer.
docker_process_sql <<SQL
CREATE USER IF NOT EXISTS 'haproxy'@'%';
CREATE USER IF NOT EXISTS 'mariabackup'@'localhost' IDENTIFIED BY '${GALERA_SST_PASSWORD}';
GRANT RELOAD, PROCESS, LOCK TABLES, BINLOG MONITOR ON *.* TO 'mariabackup'@'localhost';
SQL
