#include "app/ui/canvas_environment.h"

namespace pokin::ui {

CanvasEnvironment& canvas_environment() {
  static CanvasEnvironment environment;
  return environment;
}

}  // namespace pokin::ui
