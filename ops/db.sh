#!/usr/bin/env bash
# ops/db.sh — the PostgreSQL 15 that Journey's service and tests talk to. A shell script's share only (decision 103):
# it starts, stops and reports the private cluster, with the one login its schema owner needs; the service's and the
# analysts' roles, their passwords and grants, and the schema are the service's `db-setup` command's, and a
# connection string is read only by the service (Npgsql's own builder), never parsed here.
#
#   ops/db.sh [start]     make sure a server is up (the private cluster, with the journey owner and database)
#   ops/db.sh stop        stop the private cluster (no-op if it isn't running)
#   ops/db.sh status      say what is running (exit 0 = accepting connections, 3 = not)
#   ops/db.sh url [ROLE]  print the Npgsql connection string (the only thing printed to stdout) of
#                         ROLE: owner (default: the schema owner), app (the service) or analyst
#   ops/db.sh psql [ARG…] open psql on the journey database; ARGs go to psql
#                         (as the owner; JOURNEY_DB_ROLE=analyst or app for another role)
#
#   export JOURNEY_DB="$(ops/db.sh url)"
#
# The app and analyst roles exist once `db-setup --logins` has run (ops/run.sh runs it). `url app`, `url analyst`,
# and `psql` as those roles or on JOURNEY_DB's server, ask the service's `db-url` command (built on demand) for
# their connection: JOURNEY_DB's with the login of JOURNEY_DB_APP / JOURNEY_DB_ANALYST, else the role's name as
# user and password (what db-setup --logins gives them in Development).
#
# Two modes:
#   * JOURNEY_DB set (an Npgsql connection string, e.g. a CI service container):
#     that server is used as is. `start` and `status` only check, with the service's `db-check` command,
#     that it is reachable and that the login works; `url` echoes JOURNEY_DB, `stop` does nothing.
#   * JOURNEY_DB unset: a private cluster lives in <repo>/.pgdata (git-ignored):
#       .pgdata/data           the cluster (PGDATA); its unix sockets live here too
#       .pgdata/postgres.log   server log
#     It listens on 127.0.0.1 only, port 5433 (JOURNEY_DB_PORT overrides), and has role
#     journey / password journey owning database journey (the schema owner, who may create
#     databases, for the tests, and roles, for db-setup --logins).
#     When run as root the server runs as the `postgres` system user (or `journeydb`,
#     created on demand); PostgreSQL refuses to run as root.
#
# Environment:
#   JOURNEY_DB                Npgsql connection string of an existing server (see above)
#   JOURNEY_DB_PORT           port of the private cluster (default 5433)
#   JOURNEY_DB_START_TIMEOUT  seconds `start` waits for the server (default 60; 30 for JOURNEY_DB)
#   JOURNEY_DB_OS_USER        (root only) OS user to run the private server as
#
# Messages go to stderr; stdout stays clean so command substitution works.

set -euo pipefail

# ---------------------------------------------------------------------------- setup

log() { printf 'db.sh: %s\n' "$*" >&2; }
die() {
    printf 'db.sh: error: %s\n' "$*" >&2
    exit 1
}

# The repository root is the parent of this script's directory (following a symlink to
# the script). Checked, because a failure inside $(…) would not stop the script.
_self=$(readlink -f -- "${BASH_SOURCE[0]}" 2>/dev/null) || _self=${BASH_SOURCE[0]}
[[ $_self == */* ]] || _self=./$_self
SCRIPT_DIR=$(cd -- "${_self%/*}" && pwd -P) || die "cannot locate the directory of $_self"
REPO_ROOT=$(cd -- "$SCRIPT_DIR/.." && pwd -P) || die "cannot locate the repository root"
[[ -f $REPO_ROOT/ops/db.sh ]] || die "cannot locate the repository root (got '$REPO_ROOT')"
unset _self

PG_MAJOR=15
PG_BIN="/usr/lib/postgresql/$PG_MAJOR/bin" # explicit: /usr/local/bin may hold other initdb/pg_ctl
PG_ROOT="$REPO_ROOT/.pgdata"               # may be a symlink, see ensure_pg_root
PG_ROOT_REAL=""                            # PG_ROOT with symlinks resolved (set by resolve_paths)
PG_DATA=""                                 # $PG_ROOT_REAL/data
PG_LOG=""                                  # $PG_ROOT_REAL/postgres.log

DB_NAME=journey
DB_USER=journey
DB_PASSWORD=journey
SUPERUSER=postgres # bootstrap superuser of the private cluster (local socket, trust)

PORT="${JOURNEY_DB_PORT:-5433}"
EXTERNAL="${JOURNEY_DB:-}"
if [[ -n $EXTERNAL ]]; then
    START_TIMEOUT="${JOURNEY_DB_START_TIMEOUT:-30}"
else
    START_TIMEOUT="${JOURNEY_DB_START_TIMEOUT:-60}"
fi

SERVER_USER="" # OS user running the private server; empty = the invoking user (non-root)

# Caller's PG* variables (PGHOST, PGPORT, PGDATA, PGSERVICE, PGOPTIONS, ...) would silently
# redirect or alter every client call below; start from a clean slate.
while IFS= read -r _v; do
    case $_v in PG*) unset "$_v" ;; esac
done < <(compgen -e)
unset _v

if ! [[ $PORT =~ ^[0-9]{1,5}$ ]] || ((10#$PORT < 1 || 10#$PORT > 65535)); then
    die "JOURNEY_DB_PORT='$PORT' is not a port number"
fi
PORT=$((10#$PORT))
if ! [[ $START_TIMEOUT =~ ^[0-9]{1,6}$ ]] || ((10#$START_TIMEOUT == 0)); then
    die "JOURNEY_DB_START_TIMEOUT='$START_TIMEOUT' is not a positive number of seconds"
fi
START_TIMEOUT=$((10#$START_TIMEOUT))

is_root() { [[ $(id -u) -eq 0 ]]; }

# Run a command as the server's OS user (directly when not root). Always from /, because
# the server user may not be able to read the caller's working directory (e.g. /root).
# fd 9 (the lock of lock_cluster) is closed for the child: a postmaster inheriting it would
# hold the lock for as long as it runs.
as_server() {
    if [[ -z $SERVER_USER ]]; then
        (cd / && "$@") 9>&-
    elif command -v runuser >/dev/null 2>&1; then
        (cd / && runuser -u "$SERVER_USER" -- "$@") 9>&-
    elif command -v setpriv >/dev/null 2>&1; then
        (cd / && setpriv --reuid="$SERVER_USER" --regid="$(id -g "$SERVER_USER")" --init-groups -- "$@") 9>&-
    else
        local cmd
        printf -v cmd '%q ' "$@"
        (cd / && su -s /bin/bash "$SERVER_USER" -c "$cmd") 9>&-
    fi
}

# ---------------------------------------------------------------------------- binaries

install_pg15() {
    local -a sudo=()
    if ! is_root; then
        command -v sudo >/dev/null 2>&1 ||
            die "$PG_BIN/initdb is missing and I'm neither root nor have sudo; install the postgresql-$PG_MAJOR package"
        sudo=(sudo)
    fi
    command -v apt-get >/dev/null 2>&1 || die "$PG_BIN/initdb is missing and there is no apt-get; install PostgreSQL $PG_MAJOR server binaries into $PG_BIN"
    log "PostgreSQL $PG_MAJOR is not installed; installing postgresql-$PG_MAJOR with apt-get"
    log "(the package may create and start its own default cluster on port 5432; this script does not use it)"
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update >&2 ||
        die "apt-get update failed"
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "postgresql-$PG_MAJOR" >&2 ||
        die "apt-get install postgresql-$PG_MAJOR failed (on older distributions add the PGDG apt repository: https://wiki.postgresql.org/wiki/Apt)"
}

ensure_server_binaries() {
    local b
    if [[ ! -x $PG_BIN/initdb ]]; then
        install_pg15
    fi
    for b in initdb pg_ctl postgres pg_isready psql; do
        [[ -x $PG_BIN/$b ]] || die "$PG_BIN/$b is missing; is postgresql-$PG_MAJOR (and postgresql-client-$PG_MAJOR) installed completely?"
    done
}

# ---------------------------------------------------------------------------- the service's database commands

# dotnet Journey.Api.dll COMMAND…: db-check and db-url read connection strings with Npgsql's own builder
# (decision 103). Built quietly first (an up-to-date build takes seconds); run from its output directory.
service_command() {
    command -v dotnet >/dev/null 2>&1 || die "the .NET SDK (dotnet) is needed for 'ops/db.sh $cmd' here: it asks the service's own commands"
    dotnet build "$REPO_ROOT/src/Journey.Api" --configuration Release -nologo -v quiet >&2 ||
        die "could not build src/Journey.Api for its '$1' command"
    # Their answers go to standard error or a file; standard output (JasperFx's discovery of commands, its usage
    # on a mistake) is shown only when the command fails.
    local said rc=0
    said=$(cd "$REPO_ROOT/src/Journey.Api/bin/Release/net10.0" &&
        ASPNETCORE_ENVIRONMENT="${ASPNETCORE_ENVIRONMENT:-Development}" dotnet Journey.Api.dll "$@") || rc=$?
    if ((rc != 0)); then printf '%s\n' "$said" >&2; fi
    return "$rc"
}

# The connection string of ROLE (owner, app, analyst) on the server in use, from the service's db-url command,
# which writes it to a file (its standard output also carries JasperFx's discovery of commands). $2: --libpq.
role_connection() {
    local out rc=0
    out=$(mktemp) || die "mktemp failed"
    JOURNEY_DB="${EXTERNAL:-$(private_owner_url)}" service_command db-url "$1" ${2:+"$2"} --out "$out" || rc=$?
    if ((rc == 0)); then cat -- "$out"; fi
    rm -f -- "$out"
    ((rc == 0)) || die "the service's db-url command failed for role '$1'"
}

external_start() { service_command db-check --timeout "$START_TIMEOUT" || die "JOURNEY_DB is not usable (see above)"; }

external_status() { service_command db-check --timeout 5 || return 3; }

# ---------------------------------------------------------------------------- private cluster

# Fill PG_ROOT_REAL/PG_DATA/PG_LOG from an existing .pgdata. Returns 1 if there is none.
resolve_paths() {
    [[ -d $PG_ROOT ]] || return 1
    if ! PG_ROOT_REAL="$(cd -- "$PG_ROOT" 2>/dev/null && pwd -P)" || [[ ! -r $PG_ROOT_REAL ]]; then
        die "cannot access $PG_ROOT (it belongs to $(stat -L -c %U "$PG_ROOT")); run this as that user or as root"
    fi
    PG_DATA="$PG_ROOT_REAL/data"
    PG_LOG="$PG_ROOT_REAL/postgres.log"
}

# The cluster's own directory holds the unix sockets, unless the path is too long for a
# socket address (sun_path is 108 bytes, incl. "/.s.PGSQL.NNNNN.lock"): then a private
# 0700 directory under /tmp named after the data directory.
socket_dir() {
    if ((${#PG_DATA} <= 85)); then
        printf '%s\n' "$PG_DATA"
    else
        printf '/tmp/.journey-pg-%s\n' "$(printf '%s' "$PG_DATA" | md5sum | cut -c1-12)"
    fi
}

# As root, pick the OS user for the server: the current owner of an existing cluster
# (unless that is root or an unknown uid), else JOURNEY_DB_OS_USER, else `postgres`,
# else a `journeydb` system user created here.
pick_server_user() {
    is_root || return 0
    local uid name=""
    if [[ -d ${PG_DATA:-/nonexistent} ]]; then
        uid=$(stat -c %u "$PG_DATA")
        if ((uid != 0)); then name=$(getent passwd "$uid" | cut -d: -f1) || name=""; fi
    fi
    if [[ -z $name ]]; then
        name="${JOURNEY_DB_OS_USER:-}"
        if [[ -z $name ]]; then
            if id -u postgres >/dev/null 2>&1; then name=postgres; else name=journeydb; fi
        fi
        if ! id -u "$name" >/dev/null 2>&1; then
            command -v useradd >/dev/null 2>&1 || die "need an unprivileged user '$name' to run PostgreSQL, and useradd is missing"
            log "creating system user '$name' to run PostgreSQL (it refuses to run as root)"
            useradd --system --user-group --no-create-home --home-dir /nonexistent \
                --shell "$(command -v nologin || echo /bin/false)" "$name" ||
                die "useradd $name failed"
        fi
    fi
    (($(id -u "$name") != 0)) || die "JOURNEY_DB_OS_USER must not be root"
    SERVER_USER=$name
}

# First directory on the way to $1 that SERVER_USER cannot traverse (empty if none).
blocked_parent() {
    local p="" part
    local -a parts
    IFS=/ read -r -a parts <<<"${1#/}"
    for part in "${parts[@]}"; do
        p+="/$part"
        if ! as_server test -x "$p"; then
            printf '%s\n' "$p"
            return
        fi
    done
}

# Create .pgdata (0700, owned by the server user). As root, when the server user cannot
# reach the repository (a parent directory without o+x, e.g. a repo under a 0700 home),
# keep the cluster in /var/tmp instead and make .pgdata a symlink to it.
ensure_pg_root() {
    if [[ -L $PG_ROOT && ! -e $PG_ROOT ]]; then
        die "$PG_ROOT is a dangling symlink (-> $(readlink "$PG_ROOT")); remove it and re-run"
    fi
    if [[ ! -e $PG_ROOT ]]; then
        local blocked=""
        if is_root; then blocked=$(blocked_parent "$REPO_ROOT"); fi
        if [[ -n $blocked ]]; then
            local alt
            alt="/var/tmp/journey-pgdata-$(printf '%s' "$REPO_ROOT" | md5sum | cut -c1-12)"
            log "user '$SERVER_USER' cannot traverse $blocked, so the cluster goes to $alt (symlinked as .pgdata)"
            mkdir -p "$alt"
            chmod 0700 "$alt"
            ln -s "$alt" "$PG_ROOT"
        else
            mkdir -m 0700 "$PG_ROOT"
        fi
    fi
    [[ -d $PG_ROOT ]] || die "$PG_ROOT exists but is not a directory"
    resolve_paths
    if is_root; then
        chown "$SERVER_USER:$(id -g "$SERVER_USER")" "$PG_ROOT_REAL"
        chmod 0700 "$PG_ROOT_REAL"
        if ! as_server test -w "$PG_ROOT_REAL"; then
            die "user '$SERVER_USER' cannot reach $PG_ROOT_REAL (no search permission on $(blocked_parent "$PG_ROOT_REAL")).
  Fix: 'chmod o+x' that directory, or remove $PG_ROOT and re-run (the cluster then goes to /var/tmp)"
        fi
    else
        [[ -O $PG_ROOT_REAL ]] || die "$PG_ROOT_REAL belongs to $(stat -c %U "$PG_ROOT_REAL"), not to you ($(id -un)); run as that user or as root"
    fi
}

# Hand everything under .pgdata to the server user (files root may have created).
fix_ownership() {
    is_root || return 0
    local gid
    gid=$(id -g "$SERVER_USER")
    find "$PG_ROOT_REAL" -xdev \( ! -user "$SERVER_USER" -o ! -group "$gid" \) \
        -exec chown -h "$SERVER_USER:$gid" {} + 2>/dev/null || true
}

cluster_locale() {
    if locale -a 2>/dev/null | grep -qixE 'c\.utf-?8'; then echo C.UTF-8; else echo C; fi
}

# initdb once, into data.tmp, renamed to data only when complete: an interrupted first
# start leaves nothing half-made behind that would later need manual cleanup.
ensure_cluster() {
    if [[ -f $PG_DATA/PG_VERSION ]]; then
        local v
        v=$(<"$PG_DATA/PG_VERSION")
        [[ $v == "$PG_MAJOR" ]] || die "$PG_DATA holds a PostgreSQL $v cluster, not $PG_MAJOR; remove $PG_ROOT (its data is lost) and re-run"
        return 0
    fi
    if [[ -e $PG_DATA ]]; then
        die "$PG_DATA exists but is not a PostgreSQL cluster (no PG_VERSION); remove it and re-run"
    fi
    local tmp="$PG_ROOT_REAL/data.tmp" initlog="$PG_ROOT_REAL/initdb.log"
    rm -rf -- "$tmp"
    log "creating PostgreSQL $PG_MAJOR cluster in $PG_DATA"
    : >"$initlog"
    fix_ownership
    if ! as_server "$PG_BIN/initdb" -D "$tmp" -U "$SUPERUSER" \
        --auth-local=trust --auth-host=scram-sha-256 \
        --encoding=UTF8 --locale="$(cluster_locale)" --no-sync >>"$initlog" 2>&1; then
        tail -n 20 "$initlog" >&2 || true
        rm -rf -- "$tmp"
        die "initdb failed (full output: $initlog)"
    fi
    # local connections (unix socket in the 0700 data directory: only the server's OS user
    # and root can reach it) are trusted; TCP needs a password.
    cat >>"$tmp/postgresql.conf" <<'EOF'

# Journey: port, listen address, sockets and tuning live in journey.conf, which
# ops/db.sh rewrites on every start. Edit ops/db.sh rather than that file.
include_if_exists = 'journey.conf'
EOF
    mv -- "$tmp" "$PG_DATA"
}

write_server_conf() {
    local sock conf tmp
    sock=$(socket_dir)
    if [[ $sock != "$PG_DATA" ]]; then
        mkdir -p "$sock"
        chmod 0700 "$sock"
        if is_root; then chown "$SERVER_USER:$(id -g "$SERVER_USER")" "$sock"; fi
    fi
    conf="$PG_DATA/journey.conf"
    tmp="$conf.tmp"
    cat >"$tmp" <<EOF
# Written by ops/db.sh on every start; changes here are overwritten.
listen_addresses = '127.0.0.1'
port = $PORT
unix_socket_directories = '${sock//\'/\'\'}'

# Sized for the integration tests on a 2-core machine.
max_connections = 200
shared_buffers = 256MB

# DURABILITY IS DELIBERATELY OFF. Acceptable only because this is a private, throw-away
# dev/test cluster: a server crash or kill -9 is still harmless (the OS page cache keeps
# the data), but an OS crash or power loss can corrupt it; then recreate it with
#   ops/db.sh stop; rm -rf .pgdata; ops/db.sh start
# Never copy these three settings to a server whose data matters.
fsync = off
synchronous_commit = off
full_page_writes = off
EOF
    # Statement counts for the benchmarks (ops/bench.sh reports statements per event from them): loaded at start when
    # the server has the module; ensure_role_and_db makes the extension in the owner's database.
    if [[ -f $PG_BIN/../lib/pg_stat_statements.so ]]; then
        printf "\n# Statement counts (pg_stat_statements) for ops/bench.sh.\nshared_preload_libraries = 'pg_stat_statements'\n" >>"$tmp"
    fi
    mv -f -- "$tmp" "$conf"
    fix_ownership
}

# 0 = our postmaster is running; 1 = no postmaster.pid; 2 = stale postmaster.pid (the pid
# is gone, or now belongs to some other process).
cluster_state() {
    local pidfile="$PG_DATA/postmaster.pid" pid cwd
    [[ -f $pidfile ]] || return 1
    pid=$(head -n 1 "$pidfile" 2>/dev/null || true)
    is_live_postgres "$pid" || return 2
    # The postmaster's working directory is its data directory. Read it as the server user:
    # root may lack CAP_SYS_PTRACE in a container. If it can't be read (someone else's
    # process), fall back to the data directory recorded in postmaster.pid: a copied or
    # moved .pgdata carries a postmaster.pid that names a server elsewhere.
    cwd=$(as_server readlink "/proc/$pid/cwd" 2>/dev/null || true)
    [[ -n $cwd ]] || cwd=$(pidfile_line 2)
    [[ $cwd == "$PG_DATA" ]] || return 2
    return 0
}

# Is $1 the pid of a running (not zombie) postgres process? PostgreSQL's own stale-lock
# check is a bare kill(pid, 0), which a zombie passes: after a kill -9 in a container whose
# init reaps late, the dead postmaster's pid still "exists" and blocks a restart.
is_live_postgres() {
    local pid=$1 stat argv0
    [[ $pid =~ ^[0-9]+$ ]] || return 1
    stat=$(cat "/proc/$pid/stat" 2>/dev/null) || return 1
    stat=${stat##*) } # "pid (comm) S ..." -> "S ..."
    [[ ${stat:0:1} != [ZX] ]] || return 1
    argv0=$(tr '\0' '\n' <"/proc/$pid/cmdline" 2>/dev/null | head -n 1 || true)
    case ${argv0##*/} in postgres | postmaster) return 0 ;; *) return 1 ;; esac
}

pidfile_line() { sed -n "${1}p" "$PG_DATA/postmaster.pid" 2>/dev/null || true; }

# Processes (still) running in our data directory, e.g. children of a kill -9'ed postmaster.
cluster_pids() {
    # shellcheck disable=SC2016
    as_server bash -c 'for p in /proc/[0-9]*; do
        [ "$(readlink "$p/cwd" 2>/dev/null)" = "$1" ] && echo "${p#/proc/}"; done; true' _ "$PG_DATA"
}

# After a crash: drop a stale postmaster.pid (PostgreSQL itself would refuse to start if its
# pid has been reused by another process) and let orphaned server processes die first, as
# they still hold the old shared memory.
clear_stale_state() {
    local state=0
    cluster_state || state=$?
    ((state == 2)) || return 0
    log "found a stale postmaster.pid (pid $(pidfile_line 1) is not this cluster's server); cleaning up after a crash"
    local pids p argv0 deadline=$((SECONDS + 15)) said=""
    while pids=$(cluster_pids) && [[ -n $pids ]]; do
        for p in $pids; do # a postmaster (not a child: those retitle themselves "postgres: …")
            argv0=$(tr '\0' '\n' <"/proc/$p/cmdline" 2>/dev/null | head -n 1 || true)
            if [[ ${argv0##*/} == postgres || ${argv0##*/} == postmaster ]]; then
                die "a server (pid $p) is running in $PG_DATA although postmaster.pid names pid $(pidfile_line 1); stop it by hand"
            fi
        done
        if [[ -z $said ]]; then
            log "waiting (up to 15s) for leftover processes of the crashed server to exit: ${pids//$'\n'/ }"
            said=1
        fi
        if ((SECONDS >= deadline)); then
            log "killing leftover server processes: ${pids//$'\n'/ }"
            # shellcheck disable=SC2086
            as_server kill -9 $pids 2>/dev/null || true
            sleep 1
            break
        fi
        sleep 0.5
    done
    rm -f -- "$PG_DATA/postmaster.pid"
}

# The unix socket has its own lock file with the postmaster's pid; after a crash it is as
# stale as postmaster.pid (and PostgreSQL trips over it in the same zombie case).
clear_stale_socket_lock() {
    local sock lock pid
    sock=$(socket_dir)
    lock="$sock/.s.PGSQL.$PORT.lock"
    [[ -f $lock ]] || return 0
    pid=$(head -n 1 "$lock" 2>/dev/null || true)
    if ! is_live_postgres "$pid"; then
        log "removing stale socket lock $lock (pid $pid is not a running server)"
        rm -f -- "$lock" "$sock/.s.PGSQL.$PORT"
    fi
}

port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

log_tail() {
    if [[ -s $PG_LOG ]]; then
        log "last lines of $PG_LOG:"
        tail -n 25 "$PG_LOG" | sed 's/^/    /' >&2 || true
    fi
}

# Wait until the server accepts TCP connections on 127.0.0.1:$PORT.
wait_ready() {
    local deadline=$((SECONDS + START_TIMEOUT)) rc
    while :; do
        rc=0
        "$PG_BIN/pg_isready" -q -h 127.0.0.1 -p "$PORT" -U "$DB_USER" -d "$DB_NAME" -t 2 || rc=$?
        ((rc == 0)) && return 0
        if ((SECONDS >= deadline)); then
            log_tail
            die "the server did not accept connections on 127.0.0.1:$PORT within ${START_TIMEOUT}s (pg_isready exit $rc)"
        fi
        if [[ $(cluster_state && echo up) != up ]]; then
            log_tail
            die "the server exited while starting up"
        fi
        sleep 0.3
    done
}

# The schema owner and its database, created once (idempotent; checked on every start, which costs ~20 ms): the one
# login a cluster needs so that someone can connect. CREATEDB: the integration tests create a database of their own
# for each run and drop it after. CREATEROLE: `db-setup --logins` makes the service's and the analysts' roles.
ensure_role_and_db() {
    local sock out
    sock=$(pidfile_line 5)
    [[ -n $sock ]] || sock=$(socket_dir)
    if ! out=$("$PG_BIN/psql" -X -q -At -v ON_ERROR_STOP=1 -h "$sock" -p "$PORT" -U "$SUPERUSER" -d postgres 2>&1 <<EOF
SELECT format('CREATE ROLE %I LOGIN CREATEDB CREATEROLE PASSWORD %L', '$DB_USER', '$DB_PASSWORD')
 WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '$DB_USER') \gexec
SELECT format('ALTER ROLE %I CREATEDB CREATEROLE', '$DB_USER') \gexec
-- The tests drop their databases WITH (FORCE), which ends sessions the service's role left open.
SELECT format('GRANT pg_signal_backend TO %I', '$DB_USER') \gexec
SELECT format('CREATE DATABASE %I OWNER %I', '$DB_NAME', '$DB_USER')
 WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = '$DB_NAME') \gexec
EOF
    ); then
        die "could not create role/database $DB_USER/$DB_NAME: $out"
    fi
    # The benchmarks' statement counts: the view (in the owner's database; it reads every database's counts) and the
    # right to read other roles' statements. No extension when the server was started without the module.
    if ! out=$("$PG_BIN/psql" -X -q -At -v ON_ERROR_STOP=1 -h "$sock" -p "$PORT" -U "$SUPERUSER" -d "$DB_NAME" 2>&1 <<EOF
SELECT 'CREATE EXTENSION IF NOT EXISTS pg_stat_statements'
 WHERE current_setting('shared_preload_libraries') LIKE '%pg_stat_statements%' \gexec
SELECT format('GRANT pg_read_all_stats TO %I', '$DB_USER') \gexec
EOF
    ); then
        die "could not make the pg_stat_statements extension in $DB_NAME: $out"
    fi
}

lock_cluster() {
    command -v flock >/dev/null 2>&1 || return 0
    exec 9>>"$PG_ROOT_REAL/.lock"
    flock -w "$START_TIMEOUT" 9 || die "another ops/db.sh is busy with this cluster (lock $PG_ROOT_REAL/.lock)"
}

# The role asked for (owner, app, analyst): only the owner's login is this script's to know.
ROLE=owner
pick_role() {
    case ${1:-owner} in
    owner | app | analyst) ROLE=${1:-owner} ;;
    *) die "unknown role '$1' (owner, app or analyst)" ;;
    esac
}

private_owner_url() { printf 'Host=127.0.0.1;Port=%s;Database=%s;Username=%s;Password=%s\n' "$PORT" "$DB_NAME" "$DB_USER" "$DB_PASSWORD"; }

private_start() {
    ensure_server_binaries
    resolve_paths || true
    pick_server_user
    ensure_pg_root
    lock_cluster
    ensure_cluster
    fix_ownership

    local state=0 running_port
    cluster_state || state=$?
    if ((state == 0)); then
        running_port=$(pidfile_line 4)
        if [[ -n $running_port && $running_port != "$PORT" ]]; then
            die "the private cluster is already running on port $running_port, not $PORT; 'ops/db.sh stop' it first (or use JOURNEY_DB_PORT=$running_port)"
        fi
        wait_ready
        ensure_role_and_db
        log "already running on 127.0.0.1:$PORT (pid $(pidfile_line 1), data $PG_DATA)"
        return 0
    fi

    clear_stale_state
    clear_stale_socket_lock
    if port_in_use "$PORT"; then
        local who=""
        if command -v ss >/dev/null 2>&1; then who=$(ss -Hltnp "sport = :$PORT" 2>/dev/null | head -n 3 || true); fi
        die "127.0.0.1:$PORT is already taken by another process${who:+:
$who}
  Stop it, or pick another port with JOURNEY_DB_PORT=<port> (then use 'ops/db.sh url' for the connection string)"
    fi
    write_server_conf
    if [[ -f $PG_LOG ]] && (($(stat -c %s "$PG_LOG") > 20 * 1024 * 1024)); then
        mv -f -- "$PG_LOG" "$PG_LOG.1"
    fi
    [[ -e $PG_LOG ]] || : >"$PG_LOG"
    fix_ownership

    log "starting PostgreSQL $PG_MAJOR on 127.0.0.1:$PORT (data $PG_DATA)"
    if ! as_server "$PG_BIN/pg_ctl" start -D "$PG_DATA" -l "$PG_LOG" -w -t "$START_TIMEOUT" -s >&2; then
        log_tail
        die "pg_ctl could not start the server (log: $PG_LOG)"
    fi
    wait_ready
    ensure_role_and_db
    log "ready: $(private_owner_url)"
}

private_stop() {
    if ! resolve_paths || [[ ! -f $PG_DATA/PG_VERSION ]]; then
        log "no private cluster in $PG_ROOT; nothing to stop"
        return 0
    fi
    pick_server_user
    local state=0
    cluster_state || state=$?
    case $state in
    1)
        log "not running"
        return 0
        ;;
    2)
        log "not running (stale postmaster.pid from a crash; the next start cleans it up)"
        return 0
        ;;
    esac
    [[ -x $PG_BIN/pg_ctl ]] || die "$PG_BIN/pg_ctl is missing"
    lock_cluster
    if ! as_server "$PG_BIN/pg_ctl" stop -D "$PG_DATA" -m fast -w -t 60 -s >&2; then
        log_tail
        die "pg_ctl stop failed"
    fi
    log "stopped"
}

private_status() {
    if ! resolve_paths || [[ ! -f $PG_DATA/PG_VERSION ]]; then
        log "no private cluster yet (ops/db.sh start creates it in $PG_ROOT)"
        return 3
    fi
    pick_server_user
    local state=0 rc=0
    cluster_state || state=$?
    case $state in
    0)
        "$PG_BIN/pg_isready" -q -h 127.0.0.1 -p "$(pidfile_line 4)" -t 3 || rc=$?
        if ((rc == 0)); then
            log "running: pid $(pidfile_line 1), 127.0.0.1:$(pidfile_line 4), accepting connections (data $PG_DATA, server user ${SERVER_USER:-$(id -un)})"
        else
            log "running: pid $(pidfile_line 1), 127.0.0.1:$(pidfile_line 4), but NOT accepting connections (pg_isready exit $rc); see $PG_LOG"
            return 3
        fi
        ;;
    1)
        log "stopped (data $PG_DATA)"
        return 3
        ;;
    *)
        log "stopped; stale postmaster.pid left by a crash (the next start cleans it up)"
        return 3
        ;;
    esac
}

private_psql() {
    [[ -x $PG_BIN/psql ]] || die "$PG_BIN/psql is missing; run 'ops/db.sh start' first"
    if ! "$PG_BIN/pg_isready" -q -h 127.0.0.1 -p "$PORT" -t 3; then
        die "nothing is accepting connections on 127.0.0.1:$PORT; run 'ops/db.sh start' first"
    fi
    if [[ $ROLE == owner ]]; then
        export PGHOST=127.0.0.1 PGPORT="$PORT" PGDATABASE="$DB_NAME" PGUSER="$DB_USER" PGPASSWORD="$DB_PASSWORD"
    else
        export_libpq
    fi
    exec "$PG_BIN/psql" "$@"
}

# libpq's environment for ROLE as the service's db-url --libpq gives it, one NAME=value a line (kept out of argv
# so the password isn't in `ps`).
export_libpq() {
    local line
    while IFS= read -r line; do
        if [[ $line == PG[A-Z]*=* ]]; then export "${line?}"; fi
    done < <(role_connection "$ROLE" --libpq)
}

usage() {
    sed -n '7,13p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//' >&2
}

# ---------------------------------------------------------------------------- main

cmd="${1:-start}"
if (($# > 0)); then shift; fi

case $cmd in
url)
    (($# <= 1)) || die "'url' takes one argument at most (owner, app or analyst)"
    pick_role "${1:-owner}"
    cd /
    ;;
psql) pick_role "${JOURNEY_DB_ROLE:-owner}" ;;
esac

case $cmd in
start | stop | status)
    (($# == 0)) || die "'$cmd' takes no arguments"
    # Tools run as the server user (or psql as an ordinary user) complain about a working
    # directory they cannot enter; `psql` keeps it so that relative -f paths work.
    cd /
    ;;
esac

case $cmd in
start)
    if [[ -n $EXTERNAL ]]; then external_start; else private_start; fi
    ;;
stop)
    if [[ -n $EXTERNAL ]]; then
        log "JOURNEY_DB is set: that server is not managed here; nothing to stop"
    else
        private_stop
    fi
    ;;
status)
    if [[ -n $EXTERNAL ]]; then external_status; else private_status; fi
    ;;
url)
    if [[ $ROLE != owner ]]; then
        role_connection "$ROLE"
    elif [[ -z $EXTERNAL ]]; then
        private_owner_url
    else
        printf '%s\n' "$EXTERNAL"
    fi
    ;;
psql)
    if [[ -n $EXTERNAL ]]; then
        export_libpq
        if [[ -x $PG_BIN/psql ]]; then exec "$PG_BIN/psql" "$@"; else exec psql "$@"; fi
    else
        private_psql "$@"
    fi
    ;;
-h | --help | help)
    usage
    ;;
*)
    usage
    die "unknown command '$cmd'"
    ;;
esac
