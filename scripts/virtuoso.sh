#!/usr/bin/env bash
# Starts or stops a throwaway Virtuoso (Debian's virtuoso-opensource) for the integration tests:
# its own ini and data directory, bound to 127.0.0.1 on free ports, write access for the test user.
#
#   scripts/virtuoso.sh start DIR   → starts it, waits until SPARQL answers, prints shell exports
#   scripts/virtuoso.sh stop DIR    → stops it and removes DIR
set -euo pipefail

cmd=${1:?usage: virtuoso.sh start|stop DIR}
dir=${2:?usage: virtuoso.sh start|stop DIR}

answers() { python3 -c 'import sys, urllib.request; urllib.request.urlopen("http://127.0.0.1:%s/sparql?query=ASK%%7B%%7D" % sys.argv[1], timeout=2)' "$1" >/dev/null 2>&1; }
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }

case "$cmd" in
start)
  command -v virtuoso-t >/dev/null || { echo "virtuoso-t not found: apt-get install virtuoso-opensource" >&2; exit 2; }
  mkdir -p "$dir/vsp"
  sql_port=$(free_port); http_port=$(free_port)
  cat > "$dir/virtuoso.ini" <<INI
[Database]
DatabaseFile    = $dir/virtuoso.db
ErrorLogFile    = $dir/virtuoso.log
LockFile        = $dir/virtuoso.lck
TransactionFile = $dir/virtuoso.trx
xa_persistent_file = $dir/virtuoso.pxa
ErrorLogLevel   = 7
FileExtend      = 200
Striping        = 0
TempStorage     = TempDatabase
[TempDatabase]
DatabaseFile    = $dir/virtuoso-temp.db
TransactionFile = $dir/virtuoso-temp.trx
[Parameters]
ServerPort         = 127.0.0.1:$sql_port
DisableUnixSocket  = 1
CheckpointInterval = 0
NumberOfBuffers    = 20000
MaxDirtyBuffers    = 15000
DirsAllowed        = ., $dir, /usr/share/virtuoso-opensource-7/vad
VADInstallDir      = /usr/share/virtuoso-opensource-7/vad/
[HTTPServer]
ServerPort         = 127.0.0.1:$http_port
ServerRoot         = $dir/vsp
ServerThreads      = 10
Charset            = UTF-8
MaxClientConnections = 10
[SPARQL]
ResultSetMaxRows           = 100000
MaxQueryExecutionTime      = 60
MaxQueryCostEstimationTime = 400
INI
  (cd "$dir" && virtuoso-t +configfile "$dir/virtuoso.ini" +wait >"$dir/stdout.log" 2>&1)
  for _ in $(seq 1 120); do
    if answers "$http_port"; then break; fi
    sleep 0.5
  done
  answers "$http_port" || { echo "virtuoso did not answer; see $dir/virtuoso.log" >&2; exit 1; }
  # The anonymous SPARQL user may write through /sparql-graph-crud (graph store protocol);
  # /sparql-graph-crud-auth keeps requiring credentials (used by the auth-rejection test).
  isql-vt "127.0.0.1:$sql_port" dba dba exec="GRANT SPARQL_UPDATE TO \"SPARQL\"; GRANT EXECUTE ON DB.DBA.SPARQL_INSERT_DICT_CONTENT TO \"SPARQL\"; GRANT EXECUTE ON DB.DBA.SPARQL_DELETE_DICT_CONTENT TO \"SPARQL\";" >"$dir/grant.log" 2>&1 || { cat "$dir/grant.log" >&2; exit 1; }
  echo "export PACTGRAPH_VIRTUOSO_URL=http://127.0.0.1:$http_port"
  echo "export PACTGRAPH_VIRTUOSO_SQL_PORT=$sql_port"
  echo "export PACTGRAPH_VIRTUOSO_DIR=$dir"
  ;;
stop)
  if [ -f "$dir/virtuoso.ini" ]; then
    port=$(sed -n 's/^ServerPort *= *127.0.0.1:\([0-9]*\)$/\1/p' "$dir/virtuoso.ini" | head -1)
    isql-vt "127.0.0.1:$port" dba dba exec="shutdown;" >/dev/null 2>&1 || true
    for _ in $(seq 1 40); do [ -f "$dir/virtuoso.lck" ] || break; sleep 0.25; done
    pkill -f "virtuoso-t +configfile $dir/virtuoso.ini" 2>/dev/null || true
  fi
  rm -rf "$dir"
  ;;
*) echo "usage: virtuoso.sh start|stop DIR" >&2; exit 2 ;;
esac
