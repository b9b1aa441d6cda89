#!/usr/bin/env python3
"""Fallback timer for run.sh when hyperfine or GNU time is not installed.

    measure.py time RUNS [--prepare CMD] [--pipe] -- ARGV...   -> median wall ms
    measure.py rss [--prepare CMD] [--pipe] -- ARGV...         -> peak RSS in KiB

Commands run without a shell (as hyperfine -N does). --prepare runs before
each run, untimed. --pipe reads the output through a pipe instead of sending
it to /dev/null (GNU grep stops early when it sees stdout is /dev/null).
Call `rss` in a fresh process: RUSAGE_CHILDREN is the maximum over all
children waited for so far, including the --prepare command.
"""
import resource
import shlex
import statistics
import subprocess
import sys
import time


def run(argv, pipe):
    if not pipe:
        subprocess.run(argv, stdout=subprocess.DEVNULL, check=True)
        return
    with subprocess.Popen(argv, stdout=subprocess.PIPE) as p:
        while p.stdout.read(1 << 16):
            pass
    if p.returncode:
        raise subprocess.CalledProcessError(p.returncode, argv)


def main(args):
    mode = args.pop(0)
    runs = int(args.pop(0)) if mode == "time" else 1
    prepare, pipe = None, False
    while args[0] != "--":
        opt = args.pop(0)
        if opt == "--prepare":
            prepare = shlex.split(args.pop(0))
        elif opt == "--pipe":
            pipe = True
    argv = args[1:]
    times = []
    for _ in range(runs):
        if prepare:
            subprocess.run(prepare, check=True)
        t0 = time.perf_counter()
        run(argv, pipe)
        times.append((time.perf_counter() - t0) * 1000)
    if mode == "time":
        print(f"{statistics.median(times):.3f}")
    else:  # ru_maxrss is in KiB on Linux
        print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)


if __name__ == "__main__":
    try:
        main(sys.argv[1:])
    except subprocess.CalledProcessError as e:
        sys.exit(f"measure.py: command failed with status {e.returncode}: {shlex.join(e.cmd)}")
