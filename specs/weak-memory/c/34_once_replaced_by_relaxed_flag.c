#include "litmus.h"
atomic_int host = 0, port = 0; atomic_int done = 0; pthread_mutex_t mu = PTHREAD_MUTEX_INITIALIZER;
void setup(void) { STORE(&host, 7, RLX); STORE(&port, 8080, RLX); }
void ensure(void) { if (!LOAD(&done, RLX)) { pthread_mutex_lock(&mu); if (!LOAD(&done, RLX)) { setup(); STORE(&done, 1, RLX); } pthread_mutex_unlock(&mu); } }
void *a(void *p) { ensure(); ASSERT(LOAD(&host, RLX) == 7 && LOAD(&port, RLX) == 8080); return NULL; }
void *b(void *p) { ensure(); ASSERT(LOAD(&host, RLX) == 7 && LOAD(&port, RLX) == 8080); return NULL; }
int main(void) { RUN_THREADS(a, b); return 0; }
