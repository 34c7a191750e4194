#include "litmus.h"
atomic_int a = 0, b = 0; int seenA = -1, seenB = -1;
void *left(void *x) { STORE(&a, 1, REL); seenB = LOAD(&b, ACQ); return NULL; }
void *right(void *x) { STORE(&b, 1, REL); seenA = LOAD(&a, ACQ); return NULL; }
int main(void) { RUN_THREADS(left, right); FINAL(seenA == 1 || seenB == 1); return 0; }
