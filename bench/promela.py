"""Promela twins of the scaling families in families.py, for SPIN (issue 4).

Each twin has the same threads, shared variables and visible steps as its .ic spec: one Promela
statement per initcheck step (a read or write of a shared variable, an atomic, a once, mutex or
waitgroup operation), so that both tools search the same interleavings (loopclosure leaves out the
steps that build its closures). Choices made so that SPIN does its best:
  - one `active proctype` per thread (no `init` process and no `run` step), except that
    loopclosure's goroutines are spawned with `run`, as the spec spawns them with `go`;
  - the smallest types that hold the values (bit, byte);
  - the bookkeeping of the checked properties (how often an init func ran) folded into the
    d_step of the step it belongs to, so it adds no state of its own;
  - SPIN's partial-order reduction stays on (the default).

Encodings (LANGUAGE.md sections 4 and 5):
  once      status byte NEW/RUNNING/DONE: the first caller wins `atomic { o == NEW ->
            o = RUNNING }`, runs f and sets DONE; everyone else waits on the guard `o == DONE`
            (which also covers the later callers that return at once).
  mutex     lock is `atomic { mu == 0 -> mu = 1 }`, unlock is `mu = 0`.
  waitgroup a counter: add is `wg = wg + n`, done is `wg--`, wait is the guard `wg == 0`.
  atomics   plain shared variables: each Promela statement is indivisible, and Promela has no weak
            memory, so every access is sequentially consistent, as values are in initcheck v1.
  single_init(f) / exactly_once(f)
            a counter of f's calls with `assert(calls <= 1)` at each call; for exactly_once, a
            monitor waits until every other process has ended (`_nr_pr == 1`) and asserts
            `calls == 1`.
Every twin verifies with 0 errors, as every spec expects ok."""

NEW, RUNNING, DONE = 0, 1, 2

HEADER = [f"#define NEW {NEW}", f"#define RUNNING {RUNNING}", f"#define DONE {DONE}"]


def monitor(condition):
    """An exactly_once check at the end: the monitor is declared first, so it gets pid 0 and every
    other process can end and be removed before it (SPIN removes processes in reverse pid order)."""
    return [
        "/* exactly_once: once every other process has ended, the init func ran exactly once. */",
        f"active proctype monitor() {{ atomic {{ _nr_pr == 1 -> assert({condition}) }} }}",
    ]


def indep(n):
    lines = [f"byte x{i} = 0;" for i in range(n)]
    lines += [f"active proctype t{i}() {{ x{i} = 1; x{i} = 2 }}" for i in range(n)]
    return lines


def readers(n):
    lines = ["byte a = 0;", "active proctype writer() { a = 1 }"]
    lines += [f"active proctype r{i}() {{ byte v; v = a }}" for i in range(n)]
    return lines


def counter(n):
    lines = ["byte c = 0;"]
    lines += [f"active proctype t{i}() {{ c++ }}" for i in range(n)]
    return lines


def writes3(n):
    lines = ["byte a = 0;"]
    lines += [f"active proctype t{i}() {{ a = {i}; a = {i}; a = {i} }}" for i in range(n)]
    return lines


def once(n):
    lines = ["byte o = NEW;", "byte value;", "byte calls = 0;"]
    lines += monitor("calls == 1")
    lines += [
        "/* o.do(build): build() { value = 42; } is counted as it starts (single_init). */",
        "inline once_do_build() {",
        "    if",
        "    :: atomic { o == NEW -> o = RUNNING };",
        "       d_step { calls++; assert(calls <= 1); value = 42 };",
        "       o = DONE",
        "    :: o == DONE",
        "    fi",
        "}",
    ]
    lines += [f"active proctype t{i}() {{ once_do_build(); assert(value == 42) }}"
              for i in range(n)]
    return lines


def dcl(n):
    lines = [
        "/* ready is atomic with acquire/release in the spec. Promela has no weak memory: here it",
        "   is a plain shared bit and every access is sequentially consistent (as values are in",
        "   initcheck v1, which finds a missing acquire/release from happens-before instead). */",
        "bit ready = 0;", "bit mu = 0;", "byte value;", "byte calls = 0;",
    ]
    lines += monitor("calls == 1")
    lines += [
        "/* get(): the double-checked locking; its result is read by the caller's assert. */",
        "inline get() {",
        "    if",
        "    :: ready == 0 ->                               /* ready.load(acquire) */",
        "       atomic { mu == 0 -> mu = 1 };               /* mu.lock() */",
        "       if",
        "       :: ready == 0 ->                            /* ready.load(relaxed) */",
        "          d_step { calls++; assert(calls <= 1); value = 42 };  /* value = compute() */",
        "          ready = 1                                /* ready.store(true, release) */",
        "       :: else",
        "       fi;",
        "       mu = 0                                      /* mu.unlock() */",
        "    :: else",
        "    fi",
        "}",
    ]
    lines += [f"active proctype t{i}() {{ get(); assert(value == 42) }}" for i in range(n)]
    return lines


def loopclosure(n):
    checks = " && ".join(f"calls{i} == 1" for i in range(n))
    lines = [
        "/* Conformance 02: main makes one once per key, then one goroutine per key calls",
        "   o.do(initConfig(key)) and wg.done(); main waits. The closures and the list of them",
        "   are private bookkeeping: key i's once is o<i>, its calls of initConfig calls<i>. */",
    ]
    lines += [f"byte o{i} = NEW;" for i in range(n)]
    lines += [f"byte calls{i} = 0;" for i in range(n)]
    lines += [
        "byte wg = 0;",
        "/* The goroutine of one key: o.do(initConfig(key)); wg.done(). */",
        "inline goroutine(o, calls) {",
        "    if",
        "    :: atomic { o == NEW -> o = RUNNING };",
        "       d_step { calls++; assert(calls <= 1) };    /* initConfig(key): empty body */",
        "       o = DONE",
        "    :: o == DONE",
        "    fi;",
        "    wg--                                          /* wg.done() */",
        "}",
    ]
    lines += [f"proctype go{i}() {{ goroutine(o{i}, calls{i}) }}" for i in range(n)]
    lines += ["active proctype main() {"]
    lines += [f"    wg = wg + 1; run go{i}();" for i in range(n)]
    lines += [
        "    /* wg.wait(); then exactly_once for every key */",
        f"    atomic {{ wg == 0 -> assert({checks}) }}",
        "}",
    ]
    return lines


def asymmetric(lines, n):
    """Each process t<i> also writes its own byte d<i> after its call (issue 18)."""
    lines = [f"byte d{i} = 0;" for i in range(n)] + lines
    for i in range(n):
        header = f"active proctype t{i}() {{ "
        at = next(k for k, line in enumerate(lines) if line.startswith(header))
        lines[at] = lines[at][:-1].rstrip() + f"; d{i} = 1 }}"
    return lines


def oncea(n):
    return asymmetric(once(n), n)


def dcla(n):
    return asymmetric(dcl(n), n)


def lastzero(n):
    """a[j].store(a[j-1].load() + 1) is two steps in the spec, so two statements here."""
    lines = [f"byte a[{n + 1}];",
             f"active proctype t0() {{ byte i = {n}; do :: a[i] != 0 -> i-- :: else -> break od }}"]
    lines += [f"active proctype t{j}() {{ byte v; v = a[{j - 1}]; a[{j}] = v + 1 }}"
              for j in range(1, n + 1)]
    return lines


def indexer(n):
    """The CAS is one atomic test-and-set of the cell; its failure moves to the next cell."""
    lines = ["#define SIZE 128", "#define MAX 4", "byte table[SIZE];"]
    lines += [
        f"active proctype t{t}() {{\n"
        "    byte m = 0; byte w; byte h;\n"
        "    do\n"
        f"    :: m++; w = m * 11 + {t}; h = w * 7 % SIZE;\n"
        "       do\n"
        "       :: atomic { table[h] == 0 -> table[h] = w }; break\n"
        "       :: atomic { table[h] != 0 -> h = (h + 1) % SIZE }\n"
        "       od;\n"
        "       if :: m >= MAX -> break :: else fi\n"
        "    od\n"
        "}"
        for t in range(n)]
    return lines


def filesystem(n):
    """Mutexes as in the header: lock is `atomic { l == 0 -> l = 1 }`, unlock `l = 0`."""
    lines = ["#define NUMBLOCKS 26", "#define NUMINODE 32", "bit locki[NUMINODE];",
             "byte inode[NUMINODE];", "bit lockb[NUMBLOCKS];", "bit busy[NUMBLOCKS];"]
    lines += [
        f"active proctype t{t}() {{\n"
        f"    byte i = {t} % NUMINODE; byte b;\n"
        "    atomic { locki[i] == 0 -> locki[i] = 1 };\n"
        "    if\n"
        "    :: inode[i] == 0 ->\n"
        "       b = i * 2 % NUMBLOCKS;\n"
        "       do\n"
        "       :: atomic { lockb[b] == 0 -> lockb[b] = 1 };\n"
        "          if\n"
        "          :: busy[b] == 0 -> busy[b] = 1; inode[i] = b + 1; lockb[b] = 0; break\n"
        "          :: else -> lockb[b] = 0; b = (b + 1) % NUMBLOCKS\n"
        "          fi\n"
        "       od\n"
        "    :: else\n"
        "    fi;\n"
        "    locki[i] = 0\n"
        "}"
        for t in range(n)]
    return lines


FAMILIES = {"indep": indep, "readers": readers, "counter": counter, "writes3": writes3,
            "once": once, "dcl": dcl, "loopclosure": loopclosure, "oncea": oncea,
            "dcla": dcla, "lastzero": lastzero, "indexer": indexer, "filesystem": filesystem}


def model(family, n):
    body = FAMILIES[family](n)
    return "\n".join([f"/* {family}-{n}: Promela twin of bench/families.py {family} {n}"
                      " (verify: spin -a; gcc -O2 -DSAFETY pan.c; ./pan). */",
                      *HEADER, "", *body, ""])
