// One worker thread that frees what the searches hand over (see background_release.hpp).
#include "support/background_release.hpp"

#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>

namespace initcheck {

namespace {

class Releaser {
 public:
  Releaser() {
    std::thread([this] { work(); }).detach();
  }

  void add(std::shared_ptr<void> object) {
    std::lock_guard lock(mutex_);
    queue_.push_back(std::move(object));
    added_.notify_one();
  }

 private:
  void work() {
    std::unique_lock lock(mutex_);
    for (;;) {
      added_.wait(lock, [this] { return !queue_.empty(); });
      std::shared_ptr<void> object = std::move(queue_.front());
      queue_.pop_front();
      lock.unlock();
      object.reset();  // the freeing, outside the lock
      lock.lock();
    }
  }

  std::mutex mutex_;
  std::condition_variable added_;
  std::deque<std::shared_ptr<void>> queue_;
};

// Never destroyed: the detached worker may still be freeing when the process exits.
Releaser& releaser() {
  static Releaser* instance = new Releaser;
  return *instance;
}

}  // namespace

void releaseInBackground(std::shared_ptr<void> object) {
  if (object)
    releaser().add(std::move(object));
}

}  // namespace initcheck
