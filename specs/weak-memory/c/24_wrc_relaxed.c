#include "litmus.h"
atomic_int x = 0, y = 0;
void *t1(void *p) { STORE(&x, 1, RLX); return NULL; }
void *t2(void *p) { if (LOAD(&x, RLX) == 1) STORE(&y, 1, RLX); return NULL; }
void *t3(void *p) { if (LOAD(&y, RLX) == 1) ASSERT(LOAD(&x, RLX) == 1); return NULL; }
int main(void) { RUN_THREADS(t1, t2, t3); return 0; }
