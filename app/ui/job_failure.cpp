#include "app/ui/job_failure.h"

#include <new>
#include <stdexcept>
#include <string>

#include "app/ui/strings.h"

namespace pokin::ui {

Bilingual job_failure_message(std::exception_ptr error) {
  try {
    std::rethrow_exception(error);
  } catch (const UserError& user_error) {
    return user_error.message();
  } catch (const std::bad_alloc&) {
    return tr_both("job.out_of_memory");
  } catch (const std::exception& unexpected) {
    return tr_both("job.failed", {unexpected.what()});
  } catch (...) {
    return tr_both("job.failed_unknown");
  }
}

}  // namespace pokin::ui
