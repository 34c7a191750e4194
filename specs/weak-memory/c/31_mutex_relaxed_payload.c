#include "litmus.h"
atomic_int payload = 0; atomic_int ready = 0; pthread_mutex_t mu = PTHREAD_MUTEX_INITIALIZER;
void *writer(void *p) { pthread_mutex_lock(&mu); STORE(&payload, 42, RLX); STORE(&ready, 1, RLX); pthread_mutex_unlock(&mu); return NULL; }
void *reader(void *p) { pthread_mutex_lock(&mu); if (LOAD(&ready, RLX)) ASSERT(LOAD(&payload, RLX) == 42); pthread_mutex_unlock(&mu); return NULL; }
int main(void) { RUN_THREADS(writer, reader); return 0; }
