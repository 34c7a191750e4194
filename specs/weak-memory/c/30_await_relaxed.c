#include "litmus.h"
atomic_int payload = 0, gen = 0;
void *producer(void *p) { STORE(&payload, 1, RLX); STORE(&gen, 1, REL); STORE(&payload, 2, RLX); STORE(&gen, 2, REL); return NULL; }
void *consumer(void *p) { AWAIT(LOAD(&gen, RLX) == 2); ASSERT(LOAD(&payload, RLX) == 2); return NULL; }
int main(void) { RUN_THREADS(producer, consumer); return 0; }
