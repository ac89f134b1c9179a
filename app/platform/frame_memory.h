#pragma once
// The GL driver allocates and frees the frame's vertex and index buffers (~1 MB at Pemda size) every frame. With
// glibc's defaults those blocks go back to the kernel when freed (mmap'd, or trimmed off the heap's top) and come
// back as fresh pages on the next frame: the page faults measured 1.7 ms of a 3.9 ms overview frame under
// llvmpipe (docs/PERFORMANCE.md, "Frames at Pemda size"). Keeping freed memory in the process for reuse removes
// them. Does nothing where the C library is not glibc (Windows, macOS keep their own heaps).
namespace pokin::platform {

void keep_freed_memory_for_next_frames();

}  // namespace pokin::platform
