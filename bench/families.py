#!/usr/bin/env python3
"""The benchmark's scaling families as .ic specs (issue 4).

    families.py FAMILY N            print one spec
    families.py --all N OUTDIR      write every family at size N into OUTDIR
    families.py --promela FAMILY N          print the Promela twin of one spec (promela.py)
    families.py --promela --all N OUTDIR    write every family's twin at size N into OUTDIR

Families (closed forms are Mazurkiewicz trace counts, which an optimal DPOR must hit):
  indep-N        N threads, each writing its own variable twice        1 trace
  readers-N      one atomic store, N atomic loads in other threads     2^N
  counter-N      N threads, one atomic add each to one variable        N!
  writes3-N      N threads, three atomic stores each to one variable   (3N)!/6^N
  once-N         N threads o.do(build), then assert the value
  dcl-N          double-checked locking with acquire/release (conformance 08), N threads
  loopclosure-N  conformance 02 with N iterations
  oncea-N        once-N where thread i also writes its own d<i> = 1 after its call
  dcla-N         dcl-N likewise: no two threads alike, so symmetry cannot help
The programs of the optimal-DPOR paper (Abdulla, Aronis, Jonsson, Sagonas, POPL 2014, Table 2;
the counts are its Mazurkiewicz traces, sc; RC11 gives the same counts, the accesses being
seq_cst atomics or lock-protected):
  lastzero-N     t0 scans a[N], a[N-1], ... for a zero while tj sets a[j] = a[j-1] + 1
                 (3: 12, 4: 28, 5: 64 traces)
  indexer-N      N threads insert 4 keys each into a hash table by CAS with linear probing
                 (up to 11: 1 trace; 12: 8, 13: 64, 14: 512, 15: 4096)
  filesystem-N   N threads each allocate a block to their inode under per-inode and
                 per-block locks (up to 13: 1; 14: 2, 16: 8, 18: 32, 19: 64)
Every spec expects ok: the families measure search speed, not bug finding."""
import pathlib
import sys

import promela


def indep(n):
    lines = [f"var x{i}: int = 0;" for i in range(n)]
    lines += [f"thread t{i} {{ x{i} = 1; x{i} = 2; }}" for i in range(n)]
    return lines


def readers(n):
    lines = ["var a: atomic int = 0;", "thread writer { a.store(1); }"]
    lines += [f"thread r{i} {{ let v = a.load(); }}" for i in range(n)]
    return lines


def counter(n):
    lines = ["var c: atomic int = 0;"]
    lines += [f"thread t{i} {{ c.add(1); }}" for i in range(n)]
    return lines


def writes3(n):
    lines = ["var a: atomic int = 0;"]
    lines += [f"thread t{i} {{ a.store({i}); a.store({i}); a.store({i}); }}" for i in range(n)]
    return lines


def once(n):
    lines = ["var o: once;", "var value: int;", "init func build() { value = 42; }",
             "check single_init(build);", "check exactly_once(build);"]
    lines += [f"thread t{i} {{ o.do(build); assert value == 42; }}" for i in range(n)]
    return lines


def dcl(n):
    lines = [
        "var ready: atomic bool = false;", "var mu: mutex;", "var value: int;",
        "init func compute() -> int { return 42; }",
        "func get() -> int {",
        "    if !ready.load(acquire) {",
        "        mu.lock();",
        "        if !ready.load(relaxed) {",
        "            value = compute();",
        "            ready.store(true, release);",
        "        }",
        "        mu.unlock();",
        "    }",
        "    return value;",
        "}",
        "check exactly_once(compute);",
    ]
    lines += [f"thread t{i} {{ assert get() == 42; }}" for i in range(n)]
    return lines


def asymmetric(lines, n):
    """Each thread t<i> also writes its own variable d<i> after its call (issue 18)."""
    lines = [f"var d{i}: int = 0;" for i in range(n)] + lines
    for i in range(n):
        header = f"thread t{i} {{ "
        at = next(k for k, line in enumerate(lines) if line.startswith(header))
        lines[at] = lines[at][:-1] + f"d{i} = 1; }}"
    return lines


def oncea(n):
    return asymmetric(once(n), n)


def dcla(n):
    return asymmetric(dcl(n), n)


def lastzero(n):
    lines = [f"option unroll = {n + 2};", f"const N = {n};", "var a: [N + 1]atomic int = 0;",
             "thread t0 { let i = N; while a[i].load() != 0 { i = i - 1; } }"]
    lines += [f"thread t{j} {{ a[{j}].store(a[{j - 1}].load() + 1); }}" for j in range(1, n + 1)]
    return lines


def indexer(n):
    """getmsg() is (++m) * 11 + tid, hash(w) is w * 7 % SIZE: keys collide from 12 threads on."""
    lines = [f"option unroll = {n + 2};", "const SIZE = 128;", "const MAX = 4;",
             "var table: [SIZE]atomic int = 0;"]
    for t in range(n):
        lines += [
            f"thread t{t} {{",
            "    let m = 0;",
            "    while true {",
            "        m = m + 1;",
            f"        let w = m * 11 + {t};",
            "        let h = w * 7 % SIZE;",
            "        while !table[h].cas(0, w) { h = (h + 1) % SIZE; }",
            "        if m >= MAX { break; }",
            "    }",
            "}",
        ]
    return lines


def filesystem(n):
    """Thread i's inode is i, its first block 2i mod 26: blocks collide from 14 threads on."""
    lines = [f"option unroll = {n + 2};", "const NUMBLOCKS = 26;", "const NUMINODE = 32;",
             "var locki: [NUMINODE]mutex;", "var inode: [NUMINODE]int = 0;",
             "var lockb: [NUMBLOCKS]mutex;", "var busy: [NUMBLOCKS]bool = false;"]
    for t in range(n):
        lines += [
            f"thread t{t} {{",
            f"    let i = {t} % NUMINODE;",
            "    locki[i].lock();",
            "    if inode[i] == 0 {",
            "        let b = i * 2 % NUMBLOCKS;",
            "        while true {",
            "            lockb[b].lock();",
            "            if !busy[b] {",
            "                busy[b] = true;",
            "                inode[i] = b + 1;",
            "                lockb[b].unlock();",
            "                break;",
            "            }",
            "            lockb[b].unlock();",
            "            b = (b + 1) % NUMBLOCKS;",
            "        }",
            "    }",
            "    locki[i].unlock();",
            "}",
        ]
    return lines


def loopclosure(n):
    names = ", ".join(f'"k{i}"' for i in range(n))
    lines = [
        "init func initConfig(name: string) { }", "var wg: waitgroup;",
        "thread main {", "    let fs = [];", f"    for name in [{names}] {{",
        "        let o = new once;",
        "        fs = append(fs, func() { o.do(func() { initConfig(name); }); });",
        "    }", "    for f in fs {", "        wg.add(1);",
        "        go func() { f(); wg.done(); }();", "    }", "    wg.wait();", "}",
        "check single_init(initConfig);",
    ]
    lines += [f'check exactly_once(initConfig("k{i}"));' for i in range(n)]
    return lines


FAMILIES = {"indep": indep, "readers": readers, "counter": counter, "writes3": writes3,
            "once": once, "dcl": dcl, "loopclosure": loopclosure, "oncea": oncea,
            "dcla": dcla, "lastzero": lastzero, "indexer": indexer, "filesystem": filesystem}


def spec(family, n):
    body = FAMILIES[family](n)
    return "\n".join([f'spec "{family}-{n}";', "", f"option threads = {n + 2};", *body, "",
                      "expect ok;", ""])


def main(argv):
    make, suffix = spec, "ic"
    if len(argv) > 1 and argv[1] == "--promela":
        make, suffix = promela.model, "pml"
        argv = argv[1:]
    if len(argv) == 4 and argv[1] == "--all":
        out = pathlib.Path(argv[3])
        out.mkdir(parents=True, exist_ok=True)
        for family in FAMILIES:
            (out / f"{family}-{argv[2]}.{suffix}").write_text(make(family, int(argv[2])))
        return 0
    if len(argv) == 3 and argv[1] in FAMILIES:
        sys.stdout.write(make(argv[1], int(argv[2])))
        return 0
    sys.stderr.write(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv))
