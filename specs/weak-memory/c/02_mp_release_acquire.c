#include "litmus.h"
atomic_int data = 0, flag = 0;
void *t1(void *p) { STORE(&data, 1, RLX); STORE(&flag, 1, REL); return NULL; }
void *t2(void *p) { if (LOAD(&flag, ACQ) == 1) ASSERT(LOAD(&data, RLX) == 1); return NULL; }
int main(void) { RUN_THREADS(t1, t2); return 0; }
