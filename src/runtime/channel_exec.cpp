// Executor: waitgroups and channels. Edges (LANGUAGE.md section 4, Go memory model): each
// add/done -> every wait returning after it; send -> the matching recv's return; close -> a recv
// that returns because of it; the k-th recv -> the (k+C)-th send's return. An unbuffered
// channel is a rendezvous: the send's step also completes one receiver poised at `recv`
// (the successor's `choice` picks which, in thread id order), and joins both clocks.
#include "runtime/executor.hpp"

#include <utility>

namespace initcheck {

void Executor::execAdd(ThreadId t, const Instr& instr, std::int64_t id, std::int64_t delta) {
  SyncObject& object = state_.objects[static_cast<std::size_t>(id)];
  auto* group = std::get_if<WaitGroupObject>(&object.object);
  if (group == nullptr)
    return runtimeError(instr, "type mismatch", "'" + object.name + "' is not a waitgroup");
  std::int64_t counter = 0;
  if (__builtin_add_overflow(group->counter, delta, &counter))
    return runtimeError(instr, "overflow", "waitgroup counter overflows");
  if (counter < 0)
    return runtimeError(
        instr, "negative waitgroup counter",
        "waitgroup '" + object.name + "' counter goes to " + std::to_string(counter));
  group->counter = counter;
  group->clock.join(state_.threads[t].clock);
  push(t, Value::none());
  std::string text =
      delta == -1 ? object.name + ".done()" : object.name + ".add(" + std::to_string(delta) + ")";
  event(t, instr.position, EventKind::WaitGroupAdd, text + ": counter " + std::to_string(counter),
        object.name);
}

void Executor::execWait(ThreadId t, const Instr& instr, std::int64_t id) {
  SyncObject& object = state_.objects[static_cast<std::size_t>(id)];
  auto* group = std::get_if<WaitGroupObject>(&object.object);
  if (group == nullptr)
    return runtimeError(instr, "type mismatch", "'" + object.name + "' is not a waitgroup");
  state_.threads[t].clock.join(group->clock);
  push(t, Value::none());
  event(t, instr.position, EventKind::WaitGroupWait, object.name + ".wait(): counter is 0",
        object.name);
}

void Executor::execSend(ThreadId t, const Instr& instr, std::int64_t id, Value value) {
  SyncObject& object = state_.objects[static_cast<std::size_t>(id)];
  auto* channel = std::get_if<ChannelObject>(&object.object);
  if (channel == nullptr)
    return runtimeError(instr, "type mismatch", "'" + object.name + "' is not a channel");
  if (channel->closed)
    return runtimeError(instr, "send on closed channel",
                        "send on closed channel '" + object.name + "'");
  channel->elementTag = value.tag;
  if (channel->capacity == 0)
    return execRendezvous(t, instr, id, std::move(value));
  channel->sends += 1;
  std::int64_t k = channel->sends - channel->capacity;  // this send waits for the k-th recv
  if (k >= 1 && static_cast<std::size_t>(k) <= channel->receiveClocks.size())
    state_.threads[t].clock.join(channel->receiveClocks[static_cast<std::size_t>(k - 1)]);
  event(t, instr.position, EventKind::Send, "send " + show(value) + " on " + object.name,
        object.name);
  channel->buffer.push_back(Message{std::move(value), state_.threads[t].clock});
  push(t, Value::none());
}

void Executor::execRendezvous(ThreadId t, const Instr& instr, std::int64_t id, Value value) {
  std::vector<ThreadId> receivers = poisedReceivers(program_, state_, id, t);
  ThreadId r = receivers.at(choice_);
  const std::string name = std::as_const(state_.objects)[static_cast<std::size_t>(id)].name;
  event(t, instr.position, EventKind::Send, "send " + show(value) + " on " + name, name);
  state_.threads[r].clock.tick(r);
  VectorClock joined = state_.threads[t].clock;
  joined.join(state_.threads[r].clock);
  state_.threads[t].clock = joined;
  state_.threads[r].clock = joined;
  push(t, Value::none());
  const Instr& receive = current(r);
  ++top(r).pc;
  pop(r);
  event(r, receive.position, EventKind::Receive, "recv " + show(value) + " from " + name, name);
  push(r, std::move(value));
  afterPoint(r);
  runPrivate(r);
}

void Executor::execRecv(ThreadId t, const Instr& instr, std::int64_t id) {
  SyncObject& object = state_.objects[static_cast<std::size_t>(id)];
  auto* channel = std::get_if<ChannelObject>(&object.object);
  if (channel == nullptr)
    return runtimeError(instr, "type mismatch", "'" + object.name + "' is not a channel");
  VectorClock& clock = state_.threads[t].clock;
  if (!channel->buffer.empty()) {
    Message message = std::move(channel->buffer.front());
    channel->buffer.pop_front();
    clock.join(message.clock);
    channel->receiveClocks.push_back(clock);
    event(t, instr.position, EventKind::Receive,
          "recv " + show(message.value) + " from " + object.name, object.name);
    push(t, std::move(message.value));
    return;
  }
  clock.join(channel->closeClock);
  Value zero = channel->elementTag == ValueTag::Bool     ? Value::boolean(false)
               : channel->elementTag == ValueTag::String ? Value::string(0)
                                                         : Value::integer(0);
  if (channel->elementTag == ValueTag::List)
    zero = Value::makeList({});
  event(t, instr.position, EventKind::Receive,
        "recv " + show(zero) + " from " + object.name + " (closed)", object.name);
  push(t, std::move(zero));
}

void Executor::execClose(ThreadId t, const Instr& instr, std::int64_t id) {
  SyncObject& object = state_.objects[static_cast<std::size_t>(id)];
  auto* channel = std::get_if<ChannelObject>(&object.object);
  if (channel == nullptr)
    return runtimeError(instr, "type mismatch", "'" + object.name + "' is not a channel");
  if (channel->closed)
    return runtimeError(instr, "close of closed channel",
                        "close of closed channel '" + object.name + "'");
  channel->closed = true;
  channel->closeClock = state_.threads[t].clock;
  push(t, Value::none());
  event(t, instr.position, EventKind::Close, "close " + object.name, object.name);
}

}  // namespace initcheck
