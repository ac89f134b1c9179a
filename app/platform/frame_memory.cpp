#include "app/platform/frame_memory.h"

#include <cstdlib>  // defines __GLIBC__ where the C library is glibc

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace pokin::platform {

void keep_freed_memory_for_next_frames() {
#if defined(__GLIBC__)
  // Blocks up to 32 MiB come from the heap, and up to 128 MiB free at its top stay with the process.
  mallopt(M_MMAP_THRESHOLD, 32 * 1024 * 1024);
  mallopt(M_TRIM_THRESHOLD, 128 * 1024 * 1024);
#endif
}

}  // namespace pokin::platform
