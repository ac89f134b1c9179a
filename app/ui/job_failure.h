#pragma once
// What the planner reads when background work (import, export, checks) fails, whatever was thrown: the message of
// a UserError as it is; for std::bad_alloc that the file or data is too large for the computer's memory; for any
// other exception that the work failed unexpectedly, with its text. Always both languages, from the catalogue.
#include <exception>

#include "core/text/bilingual.h"

namespace pokin::ui {

// `error` must hold an exception (std::current_exception() in a catch block, or a future's stored one).
Bilingual job_failure_message(std::exception_ptr error);

}  // namespace pokin::ui
