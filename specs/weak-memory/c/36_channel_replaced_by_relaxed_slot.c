#include "litmus.h"
atomic_int payload = 0, slot = 0;
void *producer(void *p) { STORE(&payload, 42, RLX); STORE(&slot, 1, RLX); return NULL; }
void *consumer(void *p) { if (atomic_exchange_explicit(&slot, 0, RLX) == 1) ASSERT(LOAD(&payload, RLX) == 42); return NULL; }
int main(void) { RUN_THREADS(producer, consumer); return 0; }
