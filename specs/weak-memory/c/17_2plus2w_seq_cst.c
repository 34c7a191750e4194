#include "litmus.h"
atomic_int x = 0, y = 0;
void *t1(void *p) { STORE(&x, 1, SC); STORE(&y, 2, SC); return NULL; }
void *t2(void *p) { STORE(&y, 1, SC); STORE(&x, 2, SC); return NULL; }
int main(void) { RUN_THREADS(t1, t2); FINAL(!(LOAD(&x, RLX) == 1 && LOAD(&y, RLX) == 1)); return 0; }
