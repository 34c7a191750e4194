#include "litmus.h"
atomic_int x = 0, y = 0; int r = -1;
void *t1(void *p) { STORE(&x, 2, RLX); STORE(&y, 1, REL); return NULL; }
void *t2(void *p) { r = LOAD(&y, ACQ); STORE(&x, 1, RLX); return NULL; }
int main(void) { RUN_THREADS(t1, t2); FINAL(!(r == 1 && LOAD(&x, RLX) == 2)); return 0; }
