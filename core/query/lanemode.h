#pragma once

namespace Faultline {

// How the timeline splits events into horizontal lanes.
enum class LaneMode {
    None,      // one lane with every event
    Actor,     // one lane per actor; an event shows in the lane of each of its actors
    EventType, // one lane per CAMEO root category
    Article,   // one lane per article that gives evidence for the event
};

} // namespace Faultline
