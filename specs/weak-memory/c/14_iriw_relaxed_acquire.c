#include "litmus.h"
atomic_int x = 0, y = 0; int a = -1, b = -1, c = -1, d = -1;
void *wx(void *p) { STORE(&x, 1, RLX); return NULL; }
void *wy(void *p) { STORE(&y, 1, RLX); return NULL; }
void *r1(void *p) { a = LOAD(&x, ACQ); b = LOAD(&y, ACQ); return NULL; }
void *r2(void *p) { c = LOAD(&y, ACQ); d = LOAD(&x, ACQ); return NULL; }
int main(void) { RUN_THREADS(wx, wy, r1, r2); FINAL(!(a == 1 && b == 0 && c == 1 && d == 0)); return 0; }
