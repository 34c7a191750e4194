#include "litmus.h"
atomic_int x = 0, y = 0; int r0 = -1, r1 = -1;
void *t0(void *p) { r0 = LOAD(&x, RLX); STORE(&y, 1, RLX); return NULL; }
void *t1(void *p) { r1 = LOAD(&y, RLX); STORE(&x, 1, RLX); return NULL; }
int main(void) { RUN_THREADS(t0, t1); FINAL(!(r0 == 1 && r1 == 1)); return 0; }
