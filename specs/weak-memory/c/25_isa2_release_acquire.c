#include "litmus.h"
atomic_int data = 0, x = 0, y = 0;
void *t1(void *p) { STORE(&data, 1, RLX); STORE(&x, 1, REL); return NULL; }
void *t2(void *p) { if (LOAD(&x, ACQ) == 1) STORE(&y, 1, REL); return NULL; }
void *t3(void *p) { if (LOAD(&y, ACQ) == 1) ASSERT(LOAD(&data, RLX) == 1); return NULL; }
int main(void) { RUN_THREADS(t1, t2, t3); return 0; }
