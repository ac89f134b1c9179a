#pragma once
// CPU time used by the calling thread, in milliseconds: frame cost without the time spent waiting for the
// (software) GPU, whose work runs in other threads.
namespace pokin::platform {

double thread_cpu_milliseconds();

}  // namespace pokin::platform
