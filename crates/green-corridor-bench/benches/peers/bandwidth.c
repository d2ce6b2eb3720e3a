/* Memory-bandwidth ceiling of the batch kernel's data movement (docs/benchmarks.md).
 *
 * A trivial "kernel" over the batch engine's columns: per row it reads the five input
 * columns (u32 vessel, u8 phase, f64 speed, draught, duration: 29 bytes) and writes four f64
 * outputs (32 bytes) with one multiply-add each, i.e. the same bytes the real kernel moves
 * with almost none of its arithmetic. Rows per second on 1 and 2 threads is the ceiling the
 * real kernel is measured against. Also a plain streaming read (8 accumulators).
 *
 *   gcc -O3 -march=native -pthread bandwidth.c -o /tmp/bandwidth && /tmp/bandwidth [rows]
 *
 * Median of 5 repetitions, wall time (run it on an idle machine). */
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

static size_t N;
static uint32_t *vessel;
static uint8_t *phase;
static double *speed, *draught, *duration, *o1, *o2, *o3, *o4;

static double now(void) {
  struct timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  return t.tv_sec + 1e-9 * t.tv_nsec;
}

typedef struct { size_t lo, hi; double sink; } part;

static void *trivial(void *arg) {
  part *p = arg;
  for (size_t i = p->lo; i < p->hi; i++) {
    double k = (double)vessel[i] + (double)phase[i];
    double v = speed[i], t = draught[i], h = duration[i];
    o1[i] = v * h + k;
    o2[i] = t * h + k;
    o3[i] = v * t + h;
    o4[i] = v + t + h;
  }
  return NULL;
}

static void *stream_read(void *arg) {
  part *p = arg;
  double a[8] = {0};
  for (size_t i = p->lo; i + 8 <= p->hi; i += 8)
    for (int j = 0; j < 8; j++) a[j] += speed[i + j];
  p->sink = a[0] + a[1] + a[2] + a[3] + a[4] + a[5] + a[6] + a[7];
  return NULL;
}

static int cmp(const void *a, const void *b) {
  double x = *(const double *)a, y = *(const double *)b;
  return (x > y) - (x < y);
}

static double run(void *(*f)(void *), int threads) {
  double t[5];
  for (int r = 0; r < 5; r++) {
    pthread_t th[2];
    part p[2];
    double s = now();
    for (int k = 0; k < threads; k++) {
      p[k].lo = N * k / threads;
      p[k].hi = N * (k + 1) / threads;
      pthread_create(&th[k], NULL, f, &p[k]);
    }
    for (int k = 0; k < threads; k++) pthread_join(th[k], NULL);
    t[r] = now() - s;
  }
  qsort(t, 5, sizeof t[0], cmp);
  return t[2];
}

int main(int argc, char **argv) {
  N = argc > 1 ? strtoull(argv[1], NULL, 10) : 10000000;
  vessel = malloc(N * 4);
  phase = malloc(N);
  speed = malloc(N * 8); draught = malloc(N * 8); duration = malloc(N * 8);
  o1 = malloc(N * 8); o2 = malloc(N * 8); o3 = malloc(N * 8); o4 = malloc(N * 8);
  for (size_t i = 0; i < N; i++) {
    vessel[i] = (uint32_t)(i / 10000); phase[i] = (uint8_t)(i % 5);
    speed[i] = 10.0 + (double)(i % 7); draught[i] = 12.0; duration[i] = 1.0;
    o1[i] = o2[i] = o3[i] = o4[i] = 0.0;
  }
  for (int threads = 1; threads <= 2; threads++) {
    double t = run(trivial, threads);
    double r = run(stream_read, threads);
    printf("%d thread(s): trivial kernel %.1f M rows/s (%.1f GB/s moved, 61 B/row); "
           "streaming read %.1f GB/s\n",
           threads, N / t / 1e6, N * 61.0 / t / 1e9, N * 8.0 / r / 1e9);
  }
  return 0;
}
