#!/usr/bin/env bash
# A single-node SLURM cluster on this machine, for the sweep tests (and for trying sweeps):
#   bash scripts/slurm-local.sh start    # munged, slurmctld and slurmd as root; waits until the node is idle
#   bash scripts/slurm-local.sh stop     # stops the daemons that `start` started (by their pid files)
#   bash scripts/slurm-local.sh status
#   eval "$(bash scripts/slurm-local.sh env)"   # sbatch, squeue, sinfo ... then talk to this cluster
# Debian's slurm-wlm and munge (scripts/install-deps.sh installs them).
#
# The cluster is self-contained and leaves any SLURM or munge of the machine alone: everything it
# writes (slurm.conf, munge key and socket, pid files, state, logs) lives in $FAULTKE_SLURM_DIR
# (default /tmp/faultke-slurm), nothing under /etc, /run or /var. Clients find it through
# SLURM_CONF=$FAULTKE_SLURM_DIR/slurm.conf, whose AuthInfo names the cluster's own munge socket.
# Its daemons listen on 127.0.0.1 ports $FAULTKE_SLURMCTLD_PORT and $FAULTKE_SLURMD_PORT (default
# 16817 and 16818, not SLURM's 6817/6818), and `stop` ends only the processes in its pid files.
# `start` refuses, with exit code 3, when slurmctld, slurmd or munged run on this machine that are
# not this cluster's (a real cluster, or another state folder's). A second `start` while this
# cluster runs says so and exits 0. `start` prints the daemons' logs when it fails.
set -euo pipefail
DIR=${FAULTKE_SLURM_DIR:-/tmp/faultke-slurm}
DIR=${DIR%/}
CTLD_PORT=${FAULTKE_SLURMCTLD_PORT:-16817}
SLURMD_PORT=${FAULTKE_SLURMD_PORT:-16818}
CONF=$DIR/slurm.conf
SOCKET=$DIR/munge.socket
KEY=$DIR/munge.key
DAEMONS=(slurmd slurmctld munged)  # the order `stop` ends them in
EXIT_FOREIGN=3
HOST=$(hostname -s)

logs() {
  for f in "$DIR"/slurmctld.log "$DIR"/slurmd.log "$DIR"/munged.log; do
    [ -f "$f" ] && { echo "--- $f"; tail -n 30 "$f"; }
  done
  return 0
}

# Whether process $1 exists and is not a zombie (a daemon's parent may never reap it).
alive() {
  [ -r "/proc/$1/stat" ] || return 1
  local stat
  stat=$(cat "/proc/$1/stat" 2>/dev/null) || return 1
  stat=${stat##*) }
  [ "${stat%% *}" != Z ]
}

# The pid of this cluster's daemon $1 (slurmctld, slurmd, munged), from its pid file, when that
# process still runs, is named $1 and was started with this state folder; nothing otherwise.
ours() {
  local file="$DIR/$1.pid" pid
  [ -s "$file" ] || return 1
  pid=$(head -n 1 "$file" | tr -dc 0-9)
  [ -n "$pid" ] && alive "$pid" || return 1
  [ "$(cat "/proc/$pid/comm" 2>/dev/null)" = "$1" ] || return 1
  tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -qF -- "$DIR/" || return 1
  echo "$pid"
}

# Lines "NAME pid PID: COMMAND" for the SLURM daemons and munged that run here and are not ours.
foreign() {
  local name pid own
  for name in slurmctld slurmd munged; do
    own=$(ours "$name" || true)
    for pid in $(pgrep -x "$name" || true); do
      [ "$pid" = "$own" ] && continue
      alive "$pid" || continue
      echo "  $name pid $pid: $(tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null)"
    done
  done
}

running() {  # whether all three of our daemons run
  local name
  for name in "${DAEMONS[@]}"; do ours "$name" >/dev/null || return 1; done
}

stop() {
  local name pid stopped=""
  # Jobs first, so that no slurmstepd outlives slurmd.
  if ours slurmctld >/dev/null && command -v scancel >/dev/null; then
    SLURM_CONF=$CONF timeout 10 scancel --partition=faultke >/dev/null 2>&1 || true
  fi
  for name in "${DAEMONS[@]}"; do
    pid=$(ours "$name") || { rm -f "$DIR/$name.pid"; continue; }
    kill "$pid" 2>/dev/null || true
    for _ in $(seq 1 100); do
      alive "$pid" || break
      sleep 0.1
    done
    if alive "$pid"; then
      echo "slurm-local.sh: $name (pid $pid) did not end on SIGTERM in 10 s: SIGKILL" >&2
      kill -9 "$pid" 2>/dev/null || true
      for _ in $(seq 1 50); do
        alive "$pid" || break
        sleep 0.1
      done
    fi
    rm -f "$DIR/$name.pid"
    stopped+=" $name ($pid)"
  done
  echo "slurm-local: stopped${stopped:- nothing (not running)}"
}

print_env() {
  echo "export SLURM_CONF=$(printf %q "$CONF")"
}

wait_idle() {
  for _ in $(seq 1 60); do
    if SLURM_CONF=$CONF sinfo -h -N -o "%T" 2>/dev/null | grep -qE "^(idle|mixed|allocated)"; then
      return 0
    fi
    sleep 0.5
  done
  return 1
}

start() {
  if [ "$(id -u)" -ne 0 ]; then echo "slurm-local.sh: start needs root (the daemons run as root)" >&2; exit 1; fi
  for program in munged slurmctld slurmd sbatch sinfo; do
    command -v "$program" >/dev/null || { echo "slurm-local.sh: $program is missing: bash scripts/install-deps.sh" >&2; exit 1; }
  done
  local others
  others=$(foreign)
  if [ -n "$others" ]; then
    cat >&2 <<MSG
slurm-local.sh: SLURM or munge already runs on this machine, and not as this script's cluster in
$DIR; a test cluster next to it could disturb it, so none is started:
$others
MSG
    exit "$EXIT_FOREIGN"
  fi
  if running; then
    if wait_idle; then
      echo "slurm-local: already running (slurmctld $(ours slurmctld), slurmd $(ours slurmd), munged $(ours munged)), logs in $DIR"
      print_env
      return 0
    fi
    echo "slurm-local.sh: the running cluster's node is not idle: restarting it" >&2
  fi
  stop >/dev/null  # whatever part of an earlier cluster of this folder is left
  # A unix socket's path has room for about 100 characters.
  if [ "${#SOCKET}" -gt 100 ]; then
    echo "slurm-local.sh: the state folder's path is too long for munge's socket ($SOCKET): set FAULTKE_SLURM_DIR to a shorter one" >&2
    exit 1
  fi
  mkdir -p "$DIR/state" "$DIR/spool"
  chmod 0755 "$DIR"
  if [ ! -s "$KEY" ]; then
    (umask 077 && dd if=/dev/urandom of="$KEY" bs=1024 count=1 status=none)
  fi
  chmod 0400 "$KEY"
  : >"$DIR/munged.log"
  # munged refuses to run as root unless forced; as root is what a throwaway test cluster needs.
  munged --force --socket="$SOCKET" --key-file="$KEY" --pid-file="$DIR/munged.pid" \
    --seed-file="$DIR/munged.seed" --log-file="$DIR/munged.log" 2>>"$DIR/munged.log" ||
    { echo "slurm-local.sh: munged did not start" >&2; logs >&2; stop >/dev/null; exit 1; }

  local cpus memory
  cpus=$(nproc)
  memory=$(($(awk '/MemTotal/ {print $2}' /proc/meminfo) / 1024 - 512))
  cat >"$CONF" <<CONF
# Written by FaultKE's scripts/slurm-local.sh: a one-node cluster for tests, used through
# SLURM_CONF=$CONF. Everything it needs lives in $DIR.
ClusterName=faultke-local
SlurmctldHost=$HOST(127.0.0.1)
SlurmctldPort=$CTLD_PORT
SlurmdPort=$SLURMD_PORT
SlurmUser=root
SlurmdUser=root
AuthType=auth/munge
AuthInfo=socket=$SOCKET
CredType=cred/munge
PlugStackConfig=$DIR/plugstack.conf
StateSaveLocation=$DIR/state
SlurmdSpoolDir=$DIR/spool
SlurmctldPidFile=$DIR/slurmctld.pid
SlurmdPidFile=$DIR/slurmd.pid
SlurmctldLogFile=$DIR/slurmctld.log
SlurmdLogFile=$DIR/slurmd.log
SchedulerType=sched/backfill
SelectType=select/cons_tres
SelectTypeParameters=CR_Core_Memory
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
JobAcctGatherType=jobacct_gather/none
AccountingStorageType=accounting_storage/none
ReturnToService=2
MaxArraySize=10001
KillWait=10
NodeName=$HOST NodeAddr=127.0.0.1 CPUs=$cpus RealMemory=$memory State=UNKNOWN
PartitionName=faultke Nodes=$HOST Default=YES MaxTime=INFINITE State=UP
CONF
  : >"$DIR/plugstack.conf"  # no SPANK plugins (not the machine's /etc/slurm/plugstack.conf)
  : >"$DIR/slurmctld.log"
  : >"$DIR/slurmd.log"
  export SLURM_CONF=$CONF
  slurmctld -c -f "$CONF" || { echo "slurm-local.sh: slurmctld did not start" >&2; logs >&2; stop >/dev/null; exit 1; }
  slurmd -f "$CONF" || { echo "slurm-local.sh: slurmd did not start" >&2; logs >&2; stop >/dev/null; exit 1; }
  if wait_idle; then
    echo "slurm-local: node $HOST idle ($cpus CPUs, ${memory} MB), ports $CTLD_PORT/$SLURMD_PORT, logs in $DIR"
    print_env
    return 0
  fi
  echo "slurm-local.sh: the node did not come up:" >&2
  sinfo -N -l >&2 || true
  logs >&2
  stop >/dev/null
  exit 1
}

status() {
  local name pid
  for name in munged slurmctld slurmd; do
    if pid=$(ours "$name"); then echo "$name: pid $pid"; else echo "$name: not running"; fi
  done
  running || exit 1
  SLURM_CONF=$CONF sinfo -N -l
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  status) status ;;
  env) print_env ;;
  *)
    echo "usage: $0 start|stop|status|env" >&2
    exit 2
    ;;
esac
