#!/usr/bin/env bash
# Health check of the container image: is Podium ready for traffic? Plain bash (/dev/tcp), since the Temurin JRE
# image has neither curl nor wget. .ci/external-db-check runs this same script against a real start.
set -euo pipefail
exec 3<>"/dev/tcp/127.0.0.1/${PORT:-8080}"
printf 'GET /actuator/health/readiness HTTP/1.0\r\nHost: localhost\r\n\r\n' >&3
response=$(timeout 5 cat <&3)
[[ $response =~ ^HTTP/1\.[01]\ 200 && $response == *'"status":"UP"'* ]]
