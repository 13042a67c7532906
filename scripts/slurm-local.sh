#!/usr/bin/env bash
# A single-node SLURM cluster on this machine, for the sweep tests (and for trying sweeps):
#   bash scripts/slurm-local.sh start   # munged, slurmctld and slurmd as root; waits until the node is idle
#   bash scripts/slurm-local.sh stop
#   bash scripts/slurm-local.sh status
# Debian's slurm-wlm and munge (scripts/install-deps.sh installs them). Its state and logs live in
# $FAULTKE_SLURM_DIR (default /tmp/faultke-slurm): `start` prints the daemons' logs when it fails.
# The daemons talk over 127.0.0.1, so the host name need not resolve.
set -euo pipefail
DIR=${FAULTKE_SLURM_DIR:-/tmp/faultke-slurm}
CONF=/etc/slurm/slurm.conf
HOST=$(hostname -s)

logs() {
  for f in "$DIR"/slurmctld.log "$DIR"/slurmd.log "$DIR"/munged.log; do
    [ -f "$f" ] && { echo "--- $f"; tail -n 30 "$f"; }
  done
  return 0
}

stop() {
  pkill -x slurmd 2>/dev/null || true
  pkill -x slurmctld 2>/dev/null || true
  pkill -x munged 2>/dev/null || true
  sleep 1
}

start() {
  if [ "$(id -u)" -ne 0 ]; then echo "slurm-local.sh: start needs root (the daemons run as root)" >&2; exit 1; fi
  for program in munged slurmctld slurmd sbatch; do
    command -v "$program" >/dev/null || { echo "slurm-local.sh: $program is missing: bash scripts/install-deps.sh" >&2; exit 1; }
  done
  stop
  mkdir -p "$DIR/state" "$DIR/spool" /run/munge /var/lib/munge /var/log/munge /etc/munge
  if [ ! -s /etc/munge/munge.key ]; then
    dd if=/dev/urandom of=/etc/munge/munge.key bs=1024 count=1 status=none
  fi
  chown -R munge:munge /etc/munge /var/lib/munge /var/log/munge /run/munge 2>/dev/null || true
  chmod 0400 /etc/munge/munge.key
  chmod 0755 /run/munge
  # munged refuses to run as root unless forced; as root is what a throwaway test cluster needs.
  munged --force --log-file="$DIR/munged.log" 2>>"$DIR/munged.log" || { echo "munged did not start" >&2; logs >&2; exit 1; }

  local cpus memory
  cpus=$(nproc)
  memory=$(( $(awk '/MemTotal/ {print $2}' /proc/meminfo) / 1024 - 512 ))
  mkdir -p /etc/slurm
  cat > "$CONF" <<CONF
# Written by FaultKE's scripts/slurm-local.sh: a one-node cluster for tests.
ClusterName=faultke-local
SlurmctldHost=$HOST(127.0.0.1)
SlurmUser=root
SlurmdUser=root
AuthType=auth/munge
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
PartitionName=debug Nodes=$HOST Default=YES MaxTime=INFINITE State=UP
CONF
  : > "$DIR/slurmctld.log"; : > "$DIR/slurmd.log"
  slurmctld -c -f "$CONF" || { echo "slurmctld did not start" >&2; logs >&2; exit 1; }
  slurmd -f "$CONF" || { echo "slurmd did not start" >&2; logs >&2; exit 1; }
  for _ in $(seq 1 60); do
    if sinfo -h -N -o "%T" 2>/dev/null | grep -qE "^(idle|mixed|allocated)"; then
      echo "slurm-local: node $HOST idle ($cpus CPUs, ${memory} MB), logs in $DIR"
      return 0
    fi
    sleep 0.5
  done
  echo "slurm-local.sh: the node did not come up:" >&2
  sinfo -N -l >&2 || true
  logs >&2
  exit 1
}

case "${1:-}" in
  start) start ;;
  stop) stop; echo "slurm-local: stopped" ;;
  status) sinfo -N -l ;;
  *) echo "usage: $0 start|stop|status" >&2; exit 2 ;;
esac
