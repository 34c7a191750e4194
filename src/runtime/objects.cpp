// Creating synchronization objects (runtime/objects.hpp).
#include "runtime/objects.hpp"

namespace initcheck {

SyncObject makeSyncObject(ast::TypeKind kind, std::int64_t channelCapacity, std::string name) {
  SyncObject object;
  object.name = std::move(name);
  switch (kind) {
    case ast::TypeKind::Mutex:
      object.object = MutexObject{};
      break;
    case ast::TypeKind::WaitGroup:
      object.object = WaitGroupObject{};
      break;
    case ast::TypeKind::Chan:
      object.object = ChannelObject{channelCapacity, {}, false, {}, 0, {}, ValueTag::None};
      break;
    case ast::TypeKind::RwMutex:
      object.object = RwMutexObject{};
      break;
    case ast::TypeKind::RMutex:
      object.object = RecursiveMutexObject{};
      break;
    case ast::TypeKind::Cond:
      object.object = CondObject{};
      break;
    default:
      object.object = OnceObject{};
      break;
  }
  return object;
}

}  // namespace initcheck
