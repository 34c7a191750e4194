#include "litmus.h"
atomic_int payload = 0; atomic_bool ready = false;
void *producer(void *p) { STORE(&payload, 42, RLX); STORE(&ready, true, RLX); return NULL; }
void *consumer(void *p) { AWAIT(LOAD(&ready, RLX)); ASSERT(LOAD(&payload, RLX) == 42); return NULL; }
int main(void) { RUN_THREADS(producer, consumer); return 0; }
