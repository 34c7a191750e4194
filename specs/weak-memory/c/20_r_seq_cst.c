#include "litmus.h"
atomic_int x = 0, y = 0; int r = -1;
void *t1(void *p) { STORE(&x, 1, SC); STORE(&y, 1, SC); return NULL; }
void *t2(void *p) { STORE(&y, 2, SC); r = LOAD(&x, SC); return NULL; }
int main(void) { RUN_THREADS(t1, t2); FINAL(!(LOAD(&y, RLX) == 2 && r == 0)); return 0; }
