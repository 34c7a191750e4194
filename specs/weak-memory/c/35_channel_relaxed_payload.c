#include "litmus.h"
/* a capacity-1 channel as Go implements one: a slot under a lock (send -> matching recv is
   unlock -> lock); recv waits, holding the lock, until the slot is full */
atomic_int payload = 0; pthread_mutex_t c_mu = PTHREAD_MUTEX_INITIALIZER; int c_full = 0, c_val = 0;
void c_send(int v) { pthread_mutex_lock(&c_mu); c_val = v; c_full = 1; pthread_mutex_unlock(&c_mu); }
int c_recv(void) { pthread_mutex_lock(&c_mu); AWAIT(c_full); int v = c_val; c_full = 0; pthread_mutex_unlock(&c_mu); return v; }
void *producer(void *p) { STORE(&payload, 42, RLX); c_send(1); return NULL; }
void *consumer(void *p) { int token = c_recv(); ASSERT(token == 1 && LOAD(&payload, RLX) == 42); return NULL; }
int main(void) { RUN_THREADS(producer, consumer); return 0; }
