#include "litmus.h"
/* o.do(setup) as std::call_once guarantees it: the end of setup happens before every return;
   GenMC has no pthread_once, so the once is a mutex and a done flag */
atomic_int host = 0, port = 0; pthread_mutex_t o_mu = PTHREAD_MUTEX_INITIALIZER; int o_done = 0;
void setup(void) { STORE(&host, 7, RLX); STORE(&port, 8080, RLX); }
void once_do(void) { pthread_mutex_lock(&o_mu); if (!o_done) { setup(); o_done = 1; } pthread_mutex_unlock(&o_mu); }
void *a(void *p) { once_do(); ASSERT(LOAD(&host, RLX) == 7 && LOAD(&port, RLX) == 8080); return NULL; }
void *b(void *p) { once_do(); ASSERT(LOAD(&host, RLX) == 7 && LOAD(&port, RLX) == 8080); return NULL; }
int main(void) { RUN_THREADS(a, b); return 0; }
