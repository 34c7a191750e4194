// Frees large objects on a background thread. A search that ran out of time has built a state
// cache of hundreds of megabytes; freeing it node by node takes a tenth of the search's own
// time or more, and `--timeout` promises an answer within 10% of the limit. The searches hand
// their caches here instead, and the caller goes on at once (writing the report, checking the
// next file) while one background thread frees them. At exit, what is still queued is left to
// the operating system.
#pragma once

#include <memory>

namespace initcheck {

// Destroys `object` (its last owner) on the background thread.
void releaseInBackground(std::shared_ptr<void> object);

}  // namespace initcheck
